/** The findings of the 绩效目标表, each one a link to its cell. */
import { Button } from '@fluentui/react-components';
import { SEVERITY_NAMES } from '../../workbook';
import type { TargetFinding } from '../../workbook/targets';
import { useShared } from '../styles';
import { useTargetsT } from './targetsStrings';

export function TargetFindings({ findings, onSelect }: { findings: readonly TargetFinding[]; onSelect(f: TargetFinding): void }) {
  const t = useTargetsT();
  const s = useShared();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <section className={s.section} data-testid="targets-findings">
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{t('targetsFindings', { errors, warnings })}</span>
      </div>
      {findings.length === 0 && <span className={s.muted}>{t('targetsNoFindings')}</span>}
      {findings.map((f, i) => (
        <Button key={i} data-testid={`targets-finding-${i}`} appearance="subtle" size="small" style={{ justifyContent: 'flex-start', textAlign: 'left', height: 'auto' }} onClick={() => onSelect(f)}>
          {SEVERITY_NAMES[f.severity]}：{f.message}
        </Button>
      ))}
    </section>
  );
}

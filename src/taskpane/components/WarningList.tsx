/**
 * Findings with their severity; clicking one selects its cell in the workbook.
 */
import { Button } from '@fluentui/react-components';
import type { Warning } from '../../workbook/checks';
import { useT } from '../i18n';
import { useShared } from '../styles';
import { Pill } from './ui';

const TONES = { error: 'solidDanger', warning: 'solidCaution', info: 'solidInfo' } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then notes: sorted before a long list is paged. */
export function bySeverity(warnings: readonly Warning[]): Warning[] {
  return [...warnings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

export function WarningList({ warnings, onSelect }: { warnings: Warning[]; onSelect(w: Warning): void }) {
  const t = useT();
  const s = useShared();
  if (!warnings.length) return <span className={s.muted}>{t('warningsNone')}</span>;
  const label = { error: t('severityError'), warning: t('severityWarning'), info: t('severityInfo') };
  const sorted = bySeverity(warnings);
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: 6 }}>
      {sorted.map((w, i) => (
        <li key={`${w.code}-${w.sheet}-${w.address}-${i}`} style={{ display: 'flex', columnGap: 8, alignItems: 'flex-start' }}>
          <span style={{ marginTop: 1 }}>
            <Pill tone={TONES[w.severity]}>{label[w.severity]}</Pill>
          </span>
          <span style={{ fontSize: 12, lineHeight: '18px' }}>
            {w.address ? (
              <Button
                appearance="transparent"
                size="small"
                onClick={() => onSelect(w)}
                title={t('clickToSelect')}
                style={{ minWidth: 0, padding: 0, height: 'auto', verticalAlign: 'baseline', fontSize: 12, fontWeight: 600, textDecoration: 'underline' }}
              >
                {w.sheet}!{w.address}
              </Button>
            ) : (
              <span className={s.mono}>{w.sheet}</span>
            )}{' '}
            <span data-workbook>{w.message}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

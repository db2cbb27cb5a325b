/**
 * Step 3 (写入): apply the plan in one batch; 撤销 applies the inverse plan kept from that write.
 */
import { Button } from '@fluentui/react-components';
import type { WritePlan } from '../../workbook/port';
import type { WriteOutcome } from '../session';
import { useT } from '../i18n';
import { useShared } from '../styles';
import { Notice, Spinner } from './ui';

export interface WritePanelProps {
  plan: WritePlan | null;
  outcome: WriteOutcome | null;
  undone: number | null;
  busy: 'write' | 'undo' | null;
  onWrite(): void;
  onUndo(): void;
  onNext(): void;
}

export function WritePanel({ plan, outcome, undone, busy, onWrite, onUndo, onNext }: WritePanelProps) {
  const t = useT();
  const s = useShared();
  const cellCount = plan?.changes.filter((c) => c.kind === 'cell').length ?? 0;
  return (
    <div role="tabpanel" aria-label={t('tabWrite')} style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <span className={s.intro}>{t('writeIntro')}</span>
      {plan && (
        <section className={s.section}>
          <div className={s.sectionHead}>
            <span className={s.sectionTitle}>{plan.title}</span>
            <span className={s.muted}>{t('planCount', { n: plan.changes.length })}</span>
          </div>
          <span className={s.muted}>
            {cellCount} × {t('colCell')}
          </span>
          <div className={s.actions}>
            <Button
              appearance="primary"
              onClick={onWrite}
              disabled={!!busy || (!!outcome && undone === null)}
              icon={busy === 'write' ? <Spinner /> : undefined}
            >
              {busy === 'write' ? t('writing') : t('writeButton')}
            </Button>
            <Button
              appearance="secondary"
              onClick={onUndo}
              disabled={!!busy || !outcome || undone !== null}
              icon={busy === 'undo' ? <Spinner /> : undefined}
            >
              {busy === 'undo' ? t('undoing') : t('undoButton')}
            </Button>
          </div>
        </section>
      )}
      {outcome && undone === null && (
        <Notice intent="success">{t('written', { n: outcome.changed })}</Notice>
      )}
      {outcome && undone === null && outcome.fallback.length > 0 && (
        <Notice intent="warning">{t('nameFallback', { n: outcome.fallback.length, cells: outcome.fallback.join('、') })}</Notice>
      )}
      {outcome &&
        undone === null &&
        outcome.skipped.map((note) => (
          <Notice key={note} intent="info">{t('skippedNote', { note })}</Notice>
        ))}
      {outcome && undone === null && <span className={s.muted}>{t('settingsSaved')}</span>}
      {undone !== null && (
        <Notice intent="info">{t('undone', { n: undone })}</Notice>
      )}
      <div className={s.actions}>
        <Button appearance="subtle" onClick={onNext}>
          {t('nextReport')}
        </Button>
      </div>
    </div>
  );
}

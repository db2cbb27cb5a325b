/**
 * Step 3 (写入): apply the plan in one batch, once a fresh read shows none of its cells changed since
 * the preview; 撤销 restores the cells that still hold what was written. Cells that changed are listed.
 */
import { Button } from '@fluentui/react-components';
import type { WritePlan } from '../../workbook/port';
import type { Conflict } from '../../workbook/plan';
import type { WriteOutcome } from '../session';
import { conflictLines, useT } from '../i18n';
import { useShared } from '../styles';
import { Lines, Notice, Spinner } from './ui';

export interface WritePanelProps {
  plan: WritePlan | null;
  outcome: WriteOutcome | null;
  undone: number | null;
  /** cells that changed since the preview: the last 写入 was refused */
  conflicts: Conflict[] | null;
  /** cells the last 撤销 left because they were edited after the write */
  kept: Conflict[];
  busy: 'write' | 'undo' | 'detect' | null;
  onWrite(): void;
  onUndo(): void;
  /** read the workbook again and rebuild the preview */
  onRescore(): void;
  onNext(): void;
}

export function WritePanel({ plan, outcome, undone, conflicts, kept, busy, onWrite, onUndo, onRescore, onNext }: WritePanelProps) {
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
              disabled={!!busy || (!!outcome && undone === null) || (!!conflicts && conflicts.length > 0)}
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
      {conflicts && conflicts.length > 0 && (
        <Notice
          intent="warning"
          title={t('conflictTitle')}
          action={
            <Button size="small" appearance="primary" onClick={onRescore} disabled={!!busy} icon={busy === 'detect' ? <Spinner /> : undefined} style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
              {t('rescoreButton')}
            </Button>
          }
        >
          <div data-testid="write-conflicts">
            {t('conflictIntro')}
            <Lines lines={conflictLines(t, conflicts, 'preview')} />
            <div style={{ marginTop: 4 }}>{t('rescoreHint')}</div>
          </div>
        </Notice>
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
      {undone !== null && kept.length > 0 && (
        <Notice intent="warning">
          <div data-testid="undo-kept">
            {t('keptIntro')}
            <Lines lines={conflictLines(t, kept, 'written')} />
          </div>
        </Notice>
      )}
      <div className={s.actions}>
        <Button appearance="subtle" onClick={onNext}>
          {t('nextReport')}
        </Button>
      </div>
    </div>
  );
}

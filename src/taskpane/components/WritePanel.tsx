/**
 * Step 3 (写入): apply the plan in one batch, once a fresh read shows none of its cells changed since
 * the preview; 撤销 restores the cells that still hold what was written. Cells that changed are listed.
 */
import { changeCount } from '../../workbook/plan';
import { Button } from '@fluentui/react-components';
import type { WritePlan } from '../../workbook/port';
import type { WriteOutcome } from '../session';
import { useT } from '../i18n';
import { useShared } from '../styles';
import { ConflictNotice } from '../write/ConflictNotice';
import { EditedNotice } from '../write/EditedNotice';
import { KeptNotice } from '../write/KeptNotice';
import type { WriteLifecycle, WriteStep } from '../write/useWriteLifecycle';
import { Notice, Spinner } from './ui';

export interface WritePanelProps {
  plan: WritePlan | null;
  /** the score write: refused, made, undone */
  write: WriteLifecycle<WriteOutcome>;
  busy: WriteStep | 'detect' | null;
  onWrite(): void;
  onUndo(): void;
  /** read the workbook again and rebuild the preview */
  onRescore(): void;
  /** the user asks to write over the cells of ours edited since the last write (the plan's `edited`) */
  onOverwriteEdited(): void;
  onNext(): void;
}

export function WritePanel({ plan, write, busy, onWrite, onUndo, onRescore, onOverwriteEdited, onNext }: WritePanelProps) {
  const t = useT();
  const s = useShared();
  const { conflicts, written: outcome, undone, kept, pending } = write;
  const cellCount = plan?.changes.filter((c) => c.kind === 'cell').length ?? 0;
  return (
    <div role="tabpanel" aria-label={t('tabWrite')} style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <span className={s.intro}>{t('writeIntro')}</span>
      {plan && (
        <section className={s.section}>
          <div className={s.sectionHead}>
            <span className={s.sectionTitle}>{plan.title}</span>
            <span className={s.muted}>{t('planCount', { n: changeCount(plan) })}</span>
          </div>
          <span className={s.muted}>
            {cellCount} × {t('colCell')}
          </span>
          <div className={s.actions}>
            <Button
              appearance="primary"
              onClick={onWrite}
              disabled={!!busy || pending || (!!conflicts && conflicts.length > 0)}
              icon={busy === 'write' ? <Spinner /> : undefined}
            >
              {busy === 'write' ? t('writing') : t('writeButton')}
            </Button>
            <Button appearance="secondary" onClick={onUndo} disabled={!!busy || !pending} icon={busy === 'undo' ? <Spinner /> : undefined}>
              {busy === 'undo' ? t('undoing') : t('undoButton')}
            </Button>
          </div>
        </section>
      )}
      {plan?.edited && plan.edited.length > 0 && !pending && <EditedNotice edited={plan.edited} onOverwrite={onOverwriteEdited} disabled={!!busy} />}
      {conflicts && conflicts.length > 0 && (
        <ConflictNotice
          conflicts={conflicts}
          testId="write-conflicts"
          hint={t('rescoreHint')}
          action={
            <Button size="small" appearance="primary" onClick={onRescore} disabled={!!busy} icon={busy === 'detect' ? <Spinner /> : undefined} style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
              {t('rescoreButton')}
            </Button>
          }
        />
      )}
      {outcome && pending && <Notice intent="success">{t('written', { n: outcome.changed })}</Notice>}
      {outcome && pending && outcome.fallback.length > 0 && (
        <Notice intent="warning">{t('nameFallback', { n: outcome.fallback.length, cells: outcome.fallback.join('、') })}</Notice>
      )}
      {outcome &&
        pending &&
        outcome.skipped.map((note) => (
          <Notice key={note} intent="info">
            {t('skippedNote', { note })}
          </Notice>
        ))}
      {pending && <span className={s.muted}>{t('settingsSaved')}</span>}
      {undone && <Notice intent="info">{t('undone', { n: undone.restored })}</Notice>}
      {undone && kept.length > 0 && <KeptNotice kept={kept} testId="undo-kept" />}
      <div className={s.actions}>
        <Button appearance="subtle" onClick={onNext}>
          {t('nextReport')}
        </Button>
      </div>
    </div>
  );
}

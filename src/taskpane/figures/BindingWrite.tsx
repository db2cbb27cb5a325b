/**
 * A binding about to be saved, saved, or undone: the plan as a preview (cell, old → new), 保存绑定 as a
 * guarded write and 撤销绑定 as a guarded undo, the lifecycle every write of the pane lives.
 */
import { changeCount } from '../../workbook/plan';
import { Button } from '@fluentui/react-components';
import { useShared } from '../styles';
import { ConflictNotice } from '../write/ConflictNotice';
import { KeptNotice } from '../write/KeptNotice';
import { describeChange } from '../write/planText';
import type { WriteLifecycle, WriteStep } from '../write/useWriteLifecycle';
import type { GuardedWrite } from '../write/guardedWrite';
import { Notice, Spinner } from '../components/ui';
import { useFigureT } from './figureStrings';

export interface BindingWriteProps {
  write: WriteLifecycle<GuardedWrite>;
  busy: WriteStep | 'detect' | null;
  onSave(): void;
  onUndo(): void;
  onReload(): void;
}

export function BindingWrite({ write, busy, onSave, onUndo, onReload }: BindingWriteProps) {
  const t = useFigureT();
  const s = useShared();
  const { plan, conflicts, written, undone, kept, pending } = write;
  const shown = plan && !pending;
  if (!shown && !written && !undone) return null;
  return (
    <div data-testid="figure-binding" style={{ display: 'flex', flexDirection: 'column', rowGap: 6 }}>
      {shown && (
        <>
          <span className={s.sectionTitle}>{plan.title}</span>
          <details>
            <summary className={s.muted} style={{ cursor: 'pointer' }}>
              {t('bindPreview', { n: changeCount(plan) })}
            </summary>
            <ul data-testid="binding-plan" className={s.muted} style={{ margin: '4px 0 0', paddingLeft: 16, wordBreak: 'break-word' }}>
              {plan.changes.map((c, i) => {
                const line = describeChange(c, t);
                return <li key={i}>{line.old ? `${line.where}：${line.old} → ${line.next}` : `${line.where}：${line.next}`}</li>;
              })}
            </ul>
          </details>
        </>
      )}
      <div className={s.actions}>
        {shown && (
          <>
            <Button appearance="primary" onClick={onSave} disabled={!!busy || (!!conflicts && conflicts.length > 0)} icon={busy === 'write' ? <Spinner /> : undefined}>
              {busy === 'write' ? t('bindSaving') : t('bindSave')}
            </Button>
            <Button appearance="secondary" onClick={() => write.show(null)} disabled={!!busy}>
              {t('bindCancel')}
            </Button>
          </>
        )}
        {pending && (
          <Button appearance="secondary" onClick={onUndo} disabled={!!busy} icon={busy === 'undo' ? <Spinner /> : undefined}>
            {t('bindUndo')}
          </Button>
        )}
      </div>
      {conflicts && conflicts.length > 0 && (
        <ConflictNotice
          conflicts={conflicts}
          testId="binding-conflicts"
          hint={t('bindReloadHint')}
          action={
            <Button size="small" appearance="primary" onClick={onReload} disabled={!!busy} style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
              {t('redetectButton')}
            </Button>
          }
        />
      )}
      {written && pending && <Notice intent="success">{t('bindWritten', { title: written.written.title })}</Notice>}
      {undone && <Notice intent="info">{t('bindUndone', { n: undone.restored })}</Notice>}
      {undone && kept.length > 0 && <KeptNotice kept={kept} testId="binding-undo-kept" />}
    </div>
  );
}

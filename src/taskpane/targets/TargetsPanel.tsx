/**
 * 目标审核: the workbook's 绩效目标表 read when the view opens (and on 读取), its findings and review
 * shown, and the 目标审核 sheet written through the pane's guarded write: previewed, refused when the
 * workbook changed since, undone. Loaded in its own chunk when the tab is first opened.
 */
import { Button, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { WorkbookSnapshot } from '../../workbook/port';
import { applyToSnapshot, changeCount } from '../../workbook/plan';
import type { TargetFinding } from '../../workbook/targets';
import { Notice, Spinner } from '../components/ui';
import { usePort } from '../PortContext';
import { useShared } from '../styles';
import { messageOf, useBusyAction } from '../useBusyAction';
import { ConflictNotice } from '../write/ConflictNotice';
import { guardedApply, guardedUndo, type GuardedWrite } from '../write/guardedWrite';
import { KeptNotice } from '../write/KeptNotice';
import { useWriteLifecycle, type WriteStep } from '../write/useWriteLifecycle';
import { CheckpointTable } from './CheckpointTable';
import { TargetFindings } from './TargetFindings';
import { reviewSnapshot, type TargetsState } from './targetsSession';
import { useTargetsT } from './targetsStrings';

export default function TargetsPanel() {
  const t = useTargetsT();
  const s = useShared();
  const { port } = usePort();
  const { busy, error, setError, run } = useBusyAction<WriteStep>();
  const writing = useWriteLifecycle<GuardedWrite>(run);
  // undefined: not read yet; null: read, and no 绩效目标表 in it
  const [state, setState] = useState<TargetsState | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  const take = (snapshot: WorkbookSnapshot) => {
    const next = reviewSnapshot(snapshot);
    setState(next);
    writing.show(next && next.plan.changes.length > 0 ? next.plan : null);
  };

  const onRead = () =>
    run('preview', async () => {
      setNotice(null);
      writing.reset();
      take(await port.readSnapshot());
    });

  // read once when the view first opens (the view stays mounted afterwards)
  useEffect(() => {
    void onRead();
  }, []);

  const onWrite = () => {
    const plan = writing.plan;
    if (!plan || !state) return;
    void writing.write(
      () => guardedApply(port, plan),
      ({ written, before }) => {
        setNotice(t('targetsWritten', { sheet: state.review.sheet, n: changeCount(written) }));
        const after = reviewSnapshot(applyToSnapshot(before, written));
        setState(after);
      },
    );
  };

  const onUndo = () =>
    void writing.undo(
      (made) => guardedUndo(port, made.written),
      ({ restored, undo, before }) => {
        setNotice(t('targetsUndone', { n: restored }));
        take(applyToSnapshot(before, undo));
      },
    );

  const onSelect = (f: TargetFinding) => {
    if (!f.address || !port.selectCell) return;
    port.selectCell(f.sheet, f.address).catch((e) => setError(messageOf(e)));
  };

  const kind = state ? (state.target.kind === 'department' ? t('targetsDepartment') : t('targetsProject')) : '';
  return (
    <div role="tabpanel" aria-label={t('tabTargets')} data-testid="targets-panel" style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <Text className={s.intro}>{t('targetsIntro')}</Text>
      {error && <Notice intent="error">{error}</Notice>}
      <div className={s.actions}>
        <Button data-testid="targets-read" appearance="secondary" onClick={() => void onRead()} disabled={busy !== null} icon={busy === 'preview' ? <Spinner /> : undefined}>
          {busy === 'preview' ? t('targetsReading') : t('targetsRead')}
        </Button>
      </div>
      {state === null && <Notice intent="info">{t('targetsNone')}</Notice>}
      {state && (
        <>
          <span data-testid="targets-form">
            <span data-workbook>
              {state.target.sheet}!{state.target.range}
            </span>
            {t('targetsForm', { kind, n: state.target.indicators.length })}
          </span>
          {state.others.length > 0 && (
            <span className={s.muted}>
              {t('targetsOthers')}
              <span data-workbook>{state.others.join('、')}</span>
              {t('targetsOthersHint')}
            </span>
          )}
          <TargetFindings findings={state.findings} onSelect={onSelect} />
          <CheckpointTable review={state.review} />
          {writing.plan && <span data-testid="targets-plan" className={s.muted}>{t('targetsPlan', { title: writing.plan.title, n: changeCount(writing.plan) })}</span>}
          {!writing.plan && !writing.pending && state.plan.changes.length === 0 && <span className={s.muted}>{t('targetsNothing')}</span>}
          <div className={s.actions}>
            <Button data-testid="targets-write" appearance="primary" onClick={onWrite} disabled={busy !== null || !writing.plan || writing.pending || (writing.conflicts?.length ?? 0) > 0} icon={busy === 'write' ? <Spinner /> : undefined}>
              {busy === 'write' ? t('targetsWriting') : t('targetsWrite')}
            </Button>
            <Button data-testid="targets-undo" appearance="secondary" onClick={onUndo} disabled={busy !== null || !writing.pending}>
              {t('targetsUndo')}
            </Button>
          </div>
        </>
      )}
      {writing.conflicts && writing.conflicts.length > 0 && <ConflictNotice conflicts={writing.conflicts} testId="targets-conflicts" hint={t('targetsRefusedHint')} />}
      {notice && <Notice intent="success">{notice}</Notice>}
      {writing.kept.length > 0 && <KeptNotice kept={writing.kept} testId="targets-kept" />}
    </div>
  );
}

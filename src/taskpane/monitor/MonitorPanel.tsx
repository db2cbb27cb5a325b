/**
 * 运行监控: read the monitoring form, see its lights and findings, then preview → write → undo
 * through the pane's one write lifecycle. Its own busy state and error, so the pane's steps are untouched.
 */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import { changeCount } from '../../workbook/plan';
import type { MonitorResult } from '../../workbook/monitor';
import { Notice, Spinner } from '../components/ui';
import { usePort } from '../PortContext';
import { useShared } from '../styles';
import { messageOf, useBusyAction } from '../useBusyAction';
import { ConflictNotice } from '../write/ConflictNotice';
import type { GuardedWrite } from '../write/guardedWrite';
import { KeptNotice } from '../write/KeptNotice';
import { useWriteLifecycle, type WriteStep } from '../write/useWriteLifecycle';
import { MonitorLights } from './MonitorLights';
import { previewMonitor, undoMonitor, writeMonitor } from './monitorSession';
import { useMonitorT } from './monitorStrings';
import { SEVERITY_KEYS } from '../components/WarningList';

export default function MonitorPanel() {
  const t = useMonitorT();
  const s = useShared();
  const { port } = usePort();
  const { busy, error, setError, run } = useBusyAction<WriteStep>(messageOf);
  const write = useWriteLifecycle<GuardedWrite>(run);
  // the year-end 自评表 from the same reading: a write of its own, undone on its own
  const carry = useWriteLifecycle<GuardedWrite>(run);
  const [result, setResult] = useState<MonitorResult | null>(null);

  const onRead = () => {
    write.reset();
    carry.reset();
    void write.preview(async () => {
      const found = await previewMonitor(port);
      setResult(found.result);
      carry.show(found.carryForward);
      return found.plan;
    });
  };
  const onWrite = () => write.plan && void write.write(() => writeMonitor(port, write.plan!));
  const onUndo = () => void write.undo(({ written }) => undoMonitor(port, written));
  const onCarry = () => carry.plan && void carry.write(() => writeMonitor(port, carry.plan!));
  const onCarryUndo = () => void carry.undo(({ written }) => undoMonitor(port, written));
  const { plan, conflicts, written, undone, kept, pending } = write;

  return (
    <div role="tabpanel" aria-label={t('tabMonitor')} data-testid="monitor-panel" style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <span className={s.intro}>{t('monitorIntro')}</span>
      <div className={s.actions}>
        <Button appearance={plan ? 'secondary' : 'primary'} onClick={onRead} disabled={!!busy} icon={busy === 'preview' ? <Spinner /> : undefined}>
          {busy === 'preview' ? t('monitorReading') : t('monitorRead')}
        </Button>
      </div>
      {error && (
        <Notice intent="error" title={t('errorTitle')} action={<Button size="small" appearance="subtle" onClick={() => setError(null)}>{t('dismiss')}</Button>}>
          {error}
        </Notice>
      )}
      {result && plan && <MonitorLights result={result} />}
      {result && plan && (
        <section className={s.section} data-testid="monitor-findings">
          <span className={s.sectionTitle}>{result.findings.length > 0 ? t('monitorFindings', { n: result.findings.length }) : t('monitorNoFindings')}</span>
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {result.findings.map((f, i) => (
              <li key={i}>
                [{t(SEVERITY_KEYS[f.severity])}] <span data-workbook>{f.message}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan && (
        <section className={s.section} data-testid="monitor-plan">
          {/* the plan's title is a long sentence: the count goes under it rather than be squeezed beside it */}
          <div className={s.sectionHead} style={{ flexWrap: 'wrap' }}>
            <span className={s.sectionTitle} data-workbook>{plan.title}</span>
            <span className={s.muted} style={{ whiteSpace: 'nowrap' }}>{t('planCount', { n: changeCount(plan) })}</span>
          </div>
          <div className={s.actions}>
            <Button appearance="primary" data-testid="monitor-write" onClick={onWrite} disabled={!!busy || pending || (!!conflicts && conflicts.length > 0)} icon={busy === 'write' ? <Spinner /> : undefined}>
              {busy === 'write' ? t('writing') : t('writeButton')}
            </Button>
            <Button appearance="secondary" data-testid="monitor-undo" onClick={onUndo} disabled={!!busy || !pending} icon={busy === 'undo' ? <Spinner /> : undefined}>
              {busy === 'undo' ? t('undoing') : t('undoButton')}
            </Button>
          </div>
        </section>
      )}
      {conflicts && conflicts.length > 0 && <ConflictNotice conflicts={conflicts} testId="monitor-conflicts" hint={t('monitorRereadHint')} />}
      {written && pending && <Notice intent="success">{t('monitorWritten', { n: changeCount(written.written) })}</Notice>}
      {undone && <Notice intent="info">{t('undone', { n: undone.restored })}</Notice>}
      {undone && kept.length > 0 && <KeptNotice kept={kept} testId="monitor-kept" />}
      {carry.plan && (
        <section className={s.section} data-testid="monitor-carry">
          <span className={s.sectionTitle} data-workbook>{carry.plan.title}</span>
          <div className={s.actions}>
            <Button appearance="secondary" data-testid="monitor-carry-write" onClick={onCarry} disabled={!!busy || carry.pending || (!!carry.conflicts && carry.conflicts.length > 0)}>
              {t('monitorCarry')}
            </Button>
            <Button appearance="secondary" data-testid="monitor-carry-undo" onClick={onCarryUndo} disabled={!!busy || !carry.pending}>
              {t('undoButton')}
            </Button>
          </div>
          {carry.conflicts && carry.conflicts.length > 0 && <ConflictNotice conflicts={carry.conflicts} testId="monitor-carry-conflicts" hint={t('monitorRereadHint')} />}
          {carry.written && carry.pending && <Notice intent="success">{t('monitorWritten', { n: changeCount(carry.written.written) })}</Notice>}
          {carry.undone && <Notice intent="info">{t('undone', { n: carry.undone.restored })}</Notice>}
          {carry.undone && carry.kept.length > 0 && <KeptNotice kept={carry.kept} testId="monitor-carry-kept" />}
        </section>
      )}
    </div>
  );
}

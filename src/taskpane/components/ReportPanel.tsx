/**
 * Step 4 (报告): the 自评报告 paragraphs built from the analysis, to copy, to download as a Word
 * document, or to write to the 自评报告 sheet. The sheet write is previewed from a read of the
 * workbook, refused if a cell of it changed since, and undone only where cells still hold what was
 * written. Loaded lazily: the narrative builder is not needed for the first paint, and the Word
 * builder loads only when a download is asked for.
 */
import { messageOf, useBusyAction } from '../useBusyAction';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { Analysis } from '../../workbook/analyse';
import { useT } from '../i18n';
import { usePort } from '../PortContext';
import { useShared } from '../styles';
import { DOCX_TYPE, saveBytes } from '../download';
import { previewReport, reportDocx, reportOf, undoWrite, writeReport, type Report, type ReportWritten } from '../reportSession';
import { ConflictNotice } from '../write/ConflictNotice';
import { KeptNotice } from '../write/KeptNotice';
import { useWriteLifecycle, type WriteStep } from '../write/useWriteLifecycle';
import { ReportText } from './ReportText';
import { Notice, Spinner } from './ui';

/** The report, or why it could not be built (the panel still renders). */
function reportFor(analysis: Analysis | null): { report: Report | null; error: string | null } {
  if (!analysis) return { report: null, error: null };
  try {
    return { report: reportOf(analysis), error: null };
  } catch (e) {
    return { report: null, error: messageOf(e) };
  }
}

export default function ReportPanel({ analysis, active }: { analysis: Analysis | null; active: boolean }) {
  const t = useT();
  const s = useShared();
  const { port } = usePort();
  const [copied, setCopied] = useState(false);
  const { busy, error, run } = useBusyAction<WriteStep | 'docx'>();
  // the sheet write: previewed, made, undone
  const sheet = useWriteLifecycle<ReportWritten>(run);
  const { plan, conflicts, written, undone, kept, pending, preview } = sheet;
  const [docx, setDocx] = useState<{ saved: boolean; fileName: string; kb: number } | null>(null);
  const { report, error: buildError } = useMemo(() => reportFor(analysis), [analysis]);
  const paragraphs = report?.paragraphs ?? [];
  // a write that may still be undone: the preview waits for it
  const pendingRef = useRef(pending);
  pendingRef.current = pending;

  const refresh = useCallback(async () => {
    if (!report || report.paragraphs.length === 0) return;
    await preview(() => previewReport(port, report));
  }, [port, report, preview]);

  // each time the tab is shown (the workbook may have changed meanwhile), unless a write awaits its undo
  useEffect(() => {
    if (active && !pendingRef.current) void refresh();
  }, [active, refresh]);

  const copy = async () => {
    const text = paragraphs.map((p) => (p.heading ? `${p.heading}\n${p.text}` : p.text)).join('\n\n');
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const download = () =>
    run('docx', async () => {
      if (!analysis || !report) return;
      const bytes = await reportDocx(analysis, report);
      const saved = saveBytes(bytes, report.fileName, DOCX_TYPE);
      setDocx({ saved, fileName: report.fileName, kb: Math.max(1, Math.round(bytes.byteLength / 1024)) });
    });

  const write = () => {
    if (plan) void sheet.write(() => writeReport(port, plan));
  };

  // the next write's preview is read at once: the tab is showing
  const revert = () =>
    void sheet.undo(
      (made) => undoWrite(port, made.written),
      async () => sheet.show(await previewReport(port, report as Report)),
    );

  const cellCount = plan?.changes.filter((c) => c.kind === 'cell').length ?? 0;
  return (
    <div role="tabpanel" aria-label={t('tabReport')} style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <span className={s.intro}>{t('reportIntro')}</span>
      {(error || buildError) && <Notice intent="error">{error ?? buildError}</Notice>}
      {paragraphs.length > 0 && (
        <section className={s.section} aria-label={t('reportActions')}>
          <div className={s.actions} style={{ rowGap: 6 }}>
            <Button size="small" onClick={copy}>
              {copied ? t('copied') : t('copy')}
            </Button>
            <Button size="small" onClick={download} disabled={busy !== null} icon={busy === 'docx' ? <Spinner /> : undefined}>
              {t('downloadDocx')}
            </Button>
          </div>
          <div className={s.actions} style={{ rowGap: 6 }}>
            <Button
              size="small"
              appearance="primary"
              onClick={write}
              disabled={busy !== null || !plan || pending || (!!conflicts && conflicts.length > 0)}
              icon={busy === 'write' || busy === 'preview' ? <Spinner /> : undefined}
            >
              {t('reportWrite')}
            </Button>
            <Button size="small" onClick={revert} disabled={busy !== null || !pending} icon={busy === 'undo' ? <Spinner /> : undefined}>
              {t('undoButton')}
            </Button>
          </div>
          {plan && !pending && <span className={s.muted} data-testid="report-plan">{t('reportPlan', { title: plan.title, n: cellCount })}</span>}
        </section>
      )}
      {docx && docx.saved && <Notice intent="info">{t('docxSaved', { file: docx.fileName, kb: docx.kb })}</Notice>}
      {docx && !docx.saved && <Notice intent="warning">{t('docxUnavailable')}</Notice>}
      {conflicts && conflicts.length > 0 && (
        <ConflictNotice conflicts={conflicts} testId="report-conflicts" hint={t('reportReloadHint')}>
          <Button size="small" appearance="primary" onClick={() => void refresh()} disabled={busy !== null} style={{ marginTop: 6 }}>
            {t('reportReload')}
          </Button>
        </ConflictNotice>
      )}
      {written && pending && <Notice intent="success">{t('reportWritten', { sheet: written.sheet })}</Notice>}
      {written && undone && <Notice intent="info">{t(kept.length ? 'reportUndonePartly' : 'reportUndone', { sheet: written.sheet })}</Notice>}
      {written && undone && kept.length > 0 && <KeptNotice kept={kept} testId="report-undo-kept" />}
      <ReportText paragraphs={paragraphs} />
    </div>
  );
}

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
import type { WritePlan } from '../../workbook/port';
import type { Conflict } from '../../workbook/plan';
import { conflictLines, useT } from '../i18n';
import { usePort } from '../PortContext';
import { useShared } from '../styles';
import { DOCX_TYPE, saveBytes } from '../download';
import { previewReport, reportDocx, reportOf, undoWrite, writeReport, type Report, type ReportWritten } from '../reportSession';
import { Lines, Notice, Spinner } from './ui';

/** The report, or why it could not be built (the panel still renders). */
function reportFor(analysis: Analysis | null): { report: Report | null; error: string | null } {
  if (!analysis) return { report: null, error: null };
  try {
    return { report: reportOf(analysis), error: null };
  } catch (e) {
    return { report: null, error: messageOf(e) };
  }
}

type Busy = 'preview' | 'write' | 'undo' | 'docx' | null;

export default function ReportPanel({ analysis, active }: { analysis: Analysis | null; active: boolean }) {
  const t = useT();
  const s = useShared();
  const { port } = usePort();
  const [copied, setCopied] = useState(false);
  const { busy, error, run } = useBusyAction<NonNullable<Busy>>();
  // the sheet write as previewed, and what became of it
  const [plan, setPlan] = useState<WritePlan | null>(null);
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [written, setWritten] = useState<ReportWritten | null>(null);
  const [undone, setUndone] = useState<{ restored: number; kept: Conflict[] } | null>(null);
  const [docx, setDocx] = useState<{ saved: boolean; fileName: string; kb: number } | null>(null);
  const { report, error: buildError } = useMemo(() => reportFor(analysis), [analysis]);
  const paragraphs = report?.paragraphs ?? [];
  const pending = !!written && !undone; // a write that may still be undone: the preview waits for it
  const pendingRef = useRef(pending);
  pendingRef.current = pending;

  const refresh = useCallback(async () => {
    if (!report || report.paragraphs.length === 0) return;
    await run('preview', async () => {
      try {
        setPlan(await previewReport(port, report));
        setConflicts(null);
      } catch (e) {
        setPlan(null); // no stale preview beside the error
        throw e;
      }
    });
  }, [port, report, run]);

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

  const write = () =>
    run('write', async () => {
      if (!plan) return;
      const result = await writeReport(port, plan);
      if ('refused' in result) {
        setConflicts(result.conflicts);
        return;
      }
      setConflicts(null);
      setWritten(result);
      setUndone(null);
    });

  const revert = () =>
    run('undo', async () => {
      if (!written) return;
      const result = await undoWrite(port, written.written);
      setUndone(result);
      setPlan(await previewReport(port, report as Report));
    });

  const cellCount = plan?.changes.filter((c) => c.kind === 'cell').length ?? 0;
  let lastSection: string | undefined;
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
        <Notice intent="warning" title={t('conflictTitle')}>
          <div data-testid="report-conflicts">
            {t('conflictIntro')}
            <Lines lines={conflictLines(t, conflicts, 'preview')} />
            <div style={{ marginTop: 4 }}>{t('reportReloadHint')}</div>
          </div>
          <Button size="small" appearance="primary" onClick={() => void refresh()} disabled={busy !== null} style={{ marginTop: 6 }}>
            {t('reportReload')}
          </Button>
        </Notice>
      )}
      {written && !undone && <Notice intent="success">{t('reportWritten', { sheet: written.sheet })}</Notice>}
      {written && undone && <Notice intent="info">{t(undone.kept.length ? 'reportUndonePartly' : 'reportUndone', { sheet: written.sheet })}</Notice>}
      {written && undone && undone.kept.length > 0 && (
        <Notice intent="warning">
          <div data-testid="report-undo-kept">
            {t('keptIntro')}
            <Lines lines={conflictLines(t, undone.kept, 'written')} />
          </div>
        </Notice>
      )}
      <section className={s.section} data-testid="report">
        {paragraphs.length === 0 ? (
          <span className={s.muted}>{t('reportEmpty')}</span>
        ) : (
          paragraphs.map((p, i) => {
            const newSection = p.section !== lastSection ? p.section : null;
            lastSection = p.section;
            return (
              <div key={i}>
                {newSection && <div className={s.sectionTitle} style={{ marginTop: i ? 6 : 0 }}>{newSection}</div>}
                {p.heading && p.heading !== newSection && <div style={{ fontWeight: 600, fontSize: 13, marginTop: 4 }}>{p.heading}</div>}
                <p style={{ margin: '4px 0 0', fontSize: 13, lineHeight: '22px', textIndent: '2em' }}>{p.text}</p>
              </div>
            );
          })
        )}
      </section>
    </div>
  );
}

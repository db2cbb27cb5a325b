/**
 * Step 4 (报告): the 自评报告 paragraphs built from the analysis, to copy or to write to the 自评报告
 * sheet (undoable). Loaded lazily: the narrative builder is not needed for the first paint.
 */
import { useMemo, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { Analysis } from '../../workbook/analysis.types';
import type { WritePlan } from '../../workbook/port';
import { buildNarrative, type Paragraph } from '../../engine/narrative';
import { narrativeInputFromAnalysis } from '../../workbook/narrativeInput';
import { planReportSheet } from '../../workbook/reportSheet';
import { invertPlan } from '../../workbook/undo';
import { useT } from '../i18n';
import { usePort } from '../PortContext';
import { useShared } from '../styles';
import { Notice, Spinner } from './ui';

/** The report's paragraphs, or why they could not be built (the panel still renders). */
function narrativeOf(analysis: Analysis | null): { paragraphs: Paragraph[]; error: string | null } {
  if (!analysis) return { paragraphs: [], error: null };
  try {
    return { paragraphs: buildNarrative(narrativeInputFromAnalysis(analysis)), error: null };
  } catch (e) {
    return { paragraphs: [], error: e instanceof Error ? e.message : String(e) };
  }
}

export default function ReportPanel({ analysis }: { analysis: Analysis | null }) {
  const t = useT();
  const s = useShared();
  const { port } = usePort();
  const [copied, setCopied] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ plan: WritePlan; sheet: string } | null>(null);
  const [undone, setUndone] = useState(false);
  const { paragraphs, error: buildError } = useMemo(() => narrativeOf(analysis), [analysis]);

  const copy = async () => {
    const text = paragraphs.map((p) => (p.heading ? `${p.heading}\n${p.text}` : p.text)).join('\n\n');
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  const write = async () => {
    setBusy(true);
    setError(null);
    try {
      // read again: a score write may have added sheets since the analysis
      const snapshot = await port.readSnapshot();
      const plan = planReportSheet(snapshot, paragraphs);
      await port.applyPlan(plan);
      const sheet = plan.changes.find((c) => c.kind === 'cell')?.sheet ?? '';
      setUndo({ plan: invertPlan(plan), sheet });
      setUndone(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const revert = async () => {
    if (!undo) return;
    setBusy(true);
    setError(null);
    try {
      await port.applyPlan(undo.plan);
      setUndone(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  let lastSection: string | undefined;
  return (
    <div role="tabpanel" aria-label={t('tabReport')} style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <span className={s.intro}>{t('reportIntro')}</span>
      {(error || buildError) && <Notice intent="error">{error ?? buildError}</Notice>}
      <section className={s.section} data-testid="report">
        {paragraphs.length === 0 ? (
          <span className={s.muted}>{t('reportEmpty')}</span>
        ) : (
          <>
            {paragraphs.map((p, i) => {
              const newSection = p.section !== lastSection ? p.section : null;
              lastSection = p.section;
              return (
                <div key={i}>
                  {newSection && <div className={s.sectionTitle} style={{ marginTop: i ? 6 : 0 }}>{newSection}</div>}
                  {p.heading && p.heading !== newSection && <div style={{ fontWeight: 600, fontSize: 13, marginTop: 4 }}>{p.heading}</div>}
                  <p style={{ margin: '4px 0 0', fontSize: 13, lineHeight: '22px', textIndent: '2em' }}>{p.text}</p>
                </div>
              );
            })}
            <div className={s.actions}>
              <Button size="small" onClick={copy}>
                {copied ? t('copied') : t('copy')}
              </Button>
              <Button size="small" appearance="primary" onClick={write} disabled={busy || (!!undo && !undone)} icon={busy ? <Spinner /> : undefined}>
                {t('reportWrite')}
              </Button>
              <Button size="small" onClick={revert} disabled={busy || !undo || undone}>
                {t('undoButton')}
              </Button>
            </div>
          </>
        )}
      </section>
      {undo && !undone && <Notice intent="success">{t('reportWritten', { sheet: undo.sheet })}</Notice>}
      {undo && undone && <Notice intent="info">{t('reportUndone', { sheet: undo.sheet })}</Notice>}
    </div>
  );
}

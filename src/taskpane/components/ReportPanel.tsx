/**
 * Step 4 (报告): the 自评报告 paragraphs built from the analysis, to copy or to write to the 自评报告
 * sheet (undoable). Loaded lazily: the narrative builder is not needed for the first paint.
 */
import { useMemo, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { Analysis } from '../../workbook/analysis.types';
import type { WritePlan } from '../../workbook/port';
import { buildNarrative } from '../../engine/narrative';
import { narrativeInputFromAnalysis } from '../../workbook/narrativeInput';
import { planReportSheet } from '../../workbook/reportSheet';
import { invertPlan } from '../../workbook/undo';
import { useT } from '../i18n';
import { usePort } from '../PortContext';
import { useShared } from '../styles';
import { Notice, Spinner } from './ui';

interface Paragraph {
  section?: string;
  title?: string;
  text: string;
}

/** Accepts the shapes a narrative may take: strings, {heading|title, text} items, or {paragraphs: …}. */
export function paragraphsOf(narrative: unknown): Paragraph[] {
  const list = Array.isArray(narrative)
    ? narrative
    : narrative && typeof narrative === 'object' && Array.isArray((narrative as { paragraphs?: unknown }).paragraphs)
      ? (narrative as { paragraphs: unknown[] }).paragraphs
      : typeof narrative === 'string'
        ? narrative.split(/\n+/)
        : [];
  return list
    .map((p): Paragraph | null => {
      if (typeof p === 'string') return p.trim() ? { text: p } : null;
      if (p && typeof p === 'object') {
        const o = p as { section?: unknown; title?: unknown; heading?: unknown; text?: unknown };
        const text = typeof o.text === 'string' ? o.text : '';
        const title = typeof o.heading === 'string' ? o.heading : typeof o.title === 'string' ? o.title : undefined;
        const section = typeof o.section === 'string' ? o.section : undefined;
        return text ? { section, title, text } : null;
      }
      return null;
    })
    .filter((p): p is Paragraph => p !== null);
}

function narrativeOf(analysis: Analysis | null): { raw: unknown; error: string | null } {
  if (!analysis) return { raw: [], error: null };
  const own = (analysis as { narrative?: unknown }).narrative;
  if (own !== undefined) return { raw: own, error: null };
  try {
    return { raw: buildNarrative(narrativeInputFromAnalysis(analysis)), error: null };
  } catch (e) {
    return { raw: [], error: e instanceof Error ? e.message : String(e) };
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
  const { raw, error: buildError } = useMemo(() => narrativeOf(analysis), [analysis]);
  const paragraphs = paragraphsOf(raw);

  const copy = async () => {
    const text = paragraphs.map((p) => (p.title ? `${p.title}\n${p.text}` : p.text)).join('\n\n');
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
      const plan = planReportSheet(snapshot, raw as Parameters<typeof planReportSheet>[1]);
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
              const heading = p.section && p.section !== lastSection ? p.section : null;
              lastSection = p.section ?? lastSection;
              return (
                <div key={i}>
                  {heading && <div className={s.sectionTitle} style={{ marginTop: i ? 6 : 0 }}>{heading}</div>}
                  {p.title && p.title !== heading && <div style={{ fontWeight: 600, fontSize: 13, marginTop: 4 }}>{p.title}</div>}
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

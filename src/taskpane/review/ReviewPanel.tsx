/**
 * The 审核 view: every leaf with its self and computed score, findings and figures; the reviewer
 * accepts or enters a 审核得分 with a 审核意见 and a status, previews the plan, writes it in one batch
 * and can undo it. A write and an undo each read the workbook first and touch only cells that still
 * hold what the plan expects. The unit's risk signals (风险信号) come first, so a reviewer knows where to
 * look. Loaded lazily (default export). Workbook text is always rendered as text.
 */
import { changeCount } from '../../workbook/plan';
import { messageOf, useBusyAction } from '../useBusyAction';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Text } from '@fluentui/react-components';
import { analyse } from '../../workbook/analyse';
import type { Analysis } from '../../workbook/analyse';
import { applyToSnapshot } from '../../workbook/plan';
import type { WorkbookSnapshot } from '../../workbook/port';
import { ReviewError, buildReviewModel, checkReview, planReviewWrite, redFlagsOf, SUMMARY_SHEET } from '../../workbook/review';
import { usePort } from '../PortContext';
import { useShared } from '../styles';
import { guardedApply, guardedUndo, type GuardedWrite } from '../write/guardedWrite';
import { useWriteLifecycle, type WriteStep } from '../write/useWriteLifecycle';
import { History } from './History';
import { LeafEditor } from './LeafEditor';
import { LeafTable } from './LeafTable';
import { PlanPreview } from './PlanPreview';
import { ReviewActions } from './ReviewActions';
import { ReviewerSection } from './ReviewerSection';
import { ReviewErrorBar } from './ReviewErrorBar';
import { ReviewProblems } from './ReviewProblems';
import { ReviewWriteNotes } from './ReviewWriteNotes';
import { RiskSignals } from './RiskSignals';
import { draftTotals, entriesFromDrafts, initialDrafts, type Draft, type Drafts } from './reviewDraft';
import { savedReviewer, saveReviewer, today } from './reviewer';
import { useReviewT } from './reviewStrings';

export interface ReviewPanelProps {
  analysis: Analysis | null;
}

/** A review the rules refuse lists every problem, one a line. */
function describe(e: unknown): string {
  return e instanceof ReviewError ? e.problems.join('\n') : messageOf(e);
}

export default function ReviewPanel({ analysis: given }: ReviewPanelProps) {
  const t = useReviewT();
  const s = useShared();
  const { port } = usePort();
  const [analysis, setAnalysis] = useState<Analysis | null>(given);
  const [reviewer, setReviewer] = useState(savedReviewer);
  const [date, setDate] = useState(today);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // a reload after a refused write keeps what the reviewer has entered
  const keepDrafts = useRef<Drafts | null>(null);
  const { busy, error, setError, run } = useBusyAction<WriteStep | 'reload'>(describe);
  // the review write: the plan previewed, the write, its undo
  const writing = useWriteLifecycle<GuardedWrite>(run);
  const { show } = writing;

  useEffect(() => setAnalysis(given), [given]);
  const model = useMemo(() => (analysis ? buildReviewModel(analysis) : null), [analysis]);
  const flags = useMemo(() => (analysis ? redFlagsOf(analysis) : []), [analysis]);
  useEffect(() => {
    if (!model) return;
    const fresh = initialDrafts(model);
    const keep = keepDrafts.current;
    keepDrafts.current = null;
    setDrafts(keep ? { ...fresh, ...Object.fromEntries(Object.entries(keep).filter(([key]) => key in fresh)) } : fresh);
    show(null);
    setSelected((key) => (key && model.leaves.some((l) => l.key === key) ? key : (model.leaves[0]?.key ?? null)));
  }, [model, show]);

  const { entries, unreadable } = useMemo(() => (model ? entriesFromDrafts(model, drafts) : { entries: [], unreadable: [] }), [model, drafts]);
  const review = { reviewer, date, entries };
  const problems =
    analysis && model ? [...unreadable.map((u) => t('scoreNotNumber', { name: u.name, text: u.text })), ...checkReview(analysis, review, model)] : [];

  if (!analysis || !model) {
    return (
      <div role="tabpanel" aria-label={t('tabReview')} data-testid="review-panel">
        <Text className={s.intro}>{t('noTable')}</Text>
      </div>
    );
  }

  const totals = draftTotals(model, drafts);
  const leaf = model.leaves.find((l) => l.key === selected) ?? null;
  const setDraft = (key: string, patch: Partial<Draft>) => {
    setDrafts((d) => ({ ...d, [key]: { ...(d[key] ?? { status: '未审', score: '', reason: '' }), ...patch } }));
    show(null);
    setNotice(null);
  };

  /** Re-analyses the same sheet with the same framework over the workbook as it is (no round trip). */
  const reanalyse = (snapshot: WorkbookSnapshot) => {
    const result = analyse(snapshot, { sheet: analysis.table.sheet, framework: analysis.framework.id });
    if (!result.ok) throw new Error(result.message);
    setAnalysis(result.analysis);
  };

  const onPreview = () => {
    setError(null);
    setNotice(null);
    try {
      show(planReviewWrite(analysis, review));
    } catch (e) {
      show(null);
      setError(describe(e));
    }
  };

  // one read to check the plan against the workbook, one write; the view then re-analyses the
  // snapshot with the plan applied instead of reading the workbook a third time
  const onApply = () =>
    writing.write(
      () => guardedApply(port, writing.plan ?? planReviewWrite(analysis, review)),
      ({ written, before }) => {
        saveReviewer(reviewer.trim());
        const cells = changeCount(written);
        const sheets = new Set(written.changes.filter((c) => c.kind === 'cell' && c.sheet.startsWith(SUMMARY_SHEET)).map((c) => c.sheet)).size;
        setNotice(t('reviewWritten', { leaves: entries.length, sheets, cells }));
        reanalyse(applyToSnapshot(before, written));
      },
    );

  /** After a refused write: the workbook read again, the reviewer's entries kept. */
  const onReload = () =>
    run('reload', async () => {
      const now = await port.readSnapshot();
      keepDrafts.current = drafts;
      writing.clearConflicts();
      reanalyse(now);
    });

  const onUndo = () =>
    writing.undo(
      (made) => guardedUndo(port, made.written),
      ({ restored, undo, before }) => {
        setNotice(t('reviewUndone', { n: restored }));
        reanalyse(applyToSnapshot(before, undo));
      },
    );

  const onSelectCell = (sheet: string, address: string) => {
    port.selectCell?.(sheet, address).catch((e) => setError(messageOf(e)));
  };

  const canWrite = entries.length > 0 && problems.length === 0 && busy === null;

  return (
    <div role="tabpanel" aria-label={t('tabReview')} data-testid="review-panel" style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <Text className={s.intro}>{t('intro')}</Text>
      {error && <ReviewErrorBar error={error} onDismiss={() => setError(null)} />}
      <RiskSignals flags={flags} onSelect={onSelectCell} />
      <ReviewerSection reviewer={reviewer} date={date} totals={totals} onReviewer={setReviewer} onDate={setDate} />
      <LeafTable model={model} drafts={drafts} totals={totals} selected={selected} onSelect={setSelected} onAccept={(key) => setDraft(key, { status: '已审', score: '' })} />
      {leaf && <LeafEditor leaf={leaf} draft={drafts[leaf.key]} onChange={(patch) => setDraft(leaf.key, patch)} />}
      {problems.length > 0 && entries.length > 0 && <ReviewProblems problems={problems} />}
      <ReviewActions canWrite={canWrite} canUndo={writing.pending && busy === null} busy={busy} onPreview={onPreview} onApply={onApply} onUndo={onUndo} />
      {entries.length === 0 && !notice && <Text className={s.muted}>{t('nothingToWrite')}</Text>}
      <ReviewWriteNotes conflicts={writing.conflicts} notice={notice} kept={writing.kept} busy={busy !== null} onReload={onReload} />
      {writing.plan && <PlanPreview plan={writing.plan} analysis={analysis} />}
      <History model={model} />
    </div>
  );
}

/**
 * The 审核 view: every leaf with its self and computed score, findings and figures; the reviewer
 * accepts or enters a 审核得分 with a 审核意见 and a status, previews the plan, writes it in one batch
 * and can undo it. A write and an undo each read the workbook first and touch only cells that still
 * hold what the plan expects. Loaded lazily (default export). Workbook text is always rendered as text.
 */
import { messageOf, useBusyAction } from '../useBusyAction';
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Badge,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { analyse } from '../../workbook/analyse';
import type { Analysis } from '../../workbook/analyse';
import { applyToSnapshot } from '../../workbook/plan';
import type { WorkbookSnapshot, WritePlan } from '../../workbook/port';
import {
  REVIEW_STATUSES,
  ReviewError,
  buildReviewModel,
  checkReview,
  planReviewWrite,
  reviewedScore,
  SUMMARY_SHEET,
  type ReviewLeaf,
  type ReviewStatus,
} from '../../workbook/review';
import type { Conflict } from '../../workbook/plan';
import { showScore } from '../format';
import { guardedApply, guardedUndo } from '../guardedWrite';
import { conflictLines } from '../i18n';
import { Lines } from '../components/ui';
import { describeChange } from '../planLines';
import { usePort } from '../PortContext';
import { useShared } from '../styles';
import { draftDecision, draftTotals, entriesFromDrafts, initialDrafts, type Draft, type Drafts } from './reviewDraft';
import { useReviewT, type ReviewTranslate } from './reviewStrings';

export interface ReviewPanelProps {
  analysis: Analysis | null;
}

type Busy = 'apply' | 'undo' | 'reload' | null;

function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

const REVIEWER_KEY = 'perfscore.reviewer';

function savedReviewer(): string {
  try {
    return window.localStorage.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return ''; // storage may be blocked in the Office webview
  }
}

function saveReviewer(name: string): void {
  try {
    window.localStorage.setItem(REVIEWER_KEY, name);
  } catch {
    // not remembered: typed again next time
  }
}

function statusColour(status: ReviewStatus): 'informative' | 'success' | 'danger' {
  return status === '已审' ? 'success' : status === '有异议' ? 'danger' : 'informative';
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
  const [plan, setPlan] = useState<WritePlan | null>(null);
  // the plan last written: its undo is worked out against the workbook when 撤销 is clicked
  const [written, setWritten] = useState<WritePlan | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // a refused write: cells that changed since the review was read
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  // cells the last undo left because they were edited after the write
  const [kept, setKept] = useState<Conflict[]>([]);
  // a reload after a refused write keeps what the reviewer has entered
  const keepDrafts = useRef<Drafts | null>(null);
  const { busy, error, setError, run } = useBusyAction<NonNullable<Busy>>((e) => (e instanceof ReviewError ? e.problems.join('\n') : messageOf(e)));

  useEffect(() => setAnalysis(given), [given]);
  const model = useMemo(() => (analysis ? buildReviewModel(analysis) : null), [analysis]);
  useEffect(() => {
    if (!model) return;
    const fresh = initialDrafts(model);
    const keep = keepDrafts.current;
    keepDrafts.current = null;
    setDrafts(keep ? { ...fresh, ...Object.fromEntries(Object.entries(keep).filter(([key]) => key in fresh)) } : fresh);
    setPlan(null);
    setSelected((key) => (key && model.leaves.some((l) => l.key === key) ? key : (model.leaves[0]?.key ?? null)));
  }, [model]);

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
    setPlan(null);
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
      setPlan(planReviewWrite(analysis, review));
    } catch (e) {
      setPlan(null);
      setError(e instanceof ReviewError ? e.problems.join('\n') : messageOf(e));
    }
  };

  // one read to check the plan against the workbook, one write; the view then re-analyses the
  // snapshot with the plan applied instead of reading the workbook a third time
  const onApply = () =>
    run('apply', async () => {
      const toWrite = plan ?? planReviewWrite(analysis, review);
      const result = await guardedApply(port, toWrite);
      if ('refused' in result) {
        setConflicts(result.conflicts);
        return;
      }
      saveReviewer(reviewer.trim());
      setConflicts(null);
      setKept([]);
      setWritten(toWrite);
      const cells = toWrite.changes.filter((c) => c.kind === 'cell').length;
      const sheets = new Set(toWrite.changes.filter((c) => c.kind === 'cell' && c.sheet.startsWith(SUMMARY_SHEET)).map((c) => c.sheet)).size;
      setNotice(t('reviewWritten', { leaves: entries.length, sheets, cells }));
      reanalyse(applyToSnapshot(result.before, toWrite));
    });

  /** After a refused write: the workbook read again, the reviewer's entries kept. */
  const onReload = () =>
    run('reload', async () => {
      const now = await port.readSnapshot();
      keepDrafts.current = drafts;
      setConflicts(null);
      reanalyse(now);
    });

  const onUndo = () =>
    run('undo', async () => {
      if (!written) return;
      const { restored, kept: left, undo, before } = await guardedUndo(port, written);
      setNotice(t('reviewUndone', { n: restored }));
      setKept(left);
      setWritten(null);
      reanalyse(applyToSnapshot(before, undo));
    });

  const canPreview = entries.length > 0 && problems.length === 0 && busy === null;

  return (
    <div role="tabpanel" aria-label={t('tabReview')} data-testid="review-panel" style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <Text className={s.intro}>{t('intro')}</Text>
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="review-error">
          <MessageBarBody>
            <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
            <span style={{ whiteSpace: 'pre-wrap' }}>{error}</span>
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setError(null)}>
              {t('dismiss')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <section className={s.section}>
        <div className={s.row}>
          <Field label={t('reviewer')} required style={{ flex: '1 1 120px' }}>
            <Input value={reviewer} placeholder={t('reviewerPlaceholder')} onChange={(_, d) => setReviewer(d.value)} data-testid="review-reviewer" />
          </Field>
          <Field label={t('date')} required style={{ flex: '1 1 120px' }}>
            <Input value={date} onChange={(_, d) => setDate(d.value)} data-testid="review-date" />
          </Field>
        </div>
        <div className={s.stat} data-testid="review-totals">
          <span className={s.statLabel}>{t('totalsBefore')}</span>
          <span data-testid="review-total-before">
            {showScore(totals.before)}（{totals.gradeBefore}）
          </span>
          <span className={s.statLabel}>{t('totalsAfter')}</span>
          <span data-testid="review-total-after">
            {showScore(totals.after)}（{totals.gradeAfter}）
          </span>
          <span className={s.statLabel}>{t('openDisputes')}</span>
          <span data-testid="review-disputes">{totals.disputes}</span>
        </div>
      </section>

      <section className={s.section}>
        <div className={s.sectionHead}>
          <span className={s.sectionTitle}>{t('leavesTitle')}</span>
          <Text className={s.muted}>{t('leavesCount', { n: model.leaves.length, done: totals.reviewed, disputed: totals.disputes })}</Text>
        </div>
        <div className={s.tableWrap}>
          <table className={s.table}>
            <thead>
              <tr>
                <th>{t('colIndicator')}</th>
                <th className={s.num}>{t('colPoints')}</th>
                <th className={s.num}>{t('colSelf')}</th>
                <th className={s.num}>{t('colSystem')}</th>
                <th className={s.num}>{t('colReviewed')}</th>
                <th style={{ whiteSpace: 'nowrap' }}>{t('colStatus')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {model.leaves.map((l, i) => {
                const draft = drafts[l.key];
                const status = draft?.status ?? '未审';
                return (
                  <tr
                    key={l.key}
                    data-testid={`review-leaf-${i}`}
                    aria-selected={l.key === selected}
                    onClick={() => setSelected(l.key)}
                    // a row outline is clipped by the scrolling table; the selected row is tinted instead
                    style={{ cursor: 'pointer', backgroundColor: l.key === selected ? tokens.colorBrandBackground2 : undefined }}
                  >
                    <td title={l.path.join(' / ')}>
                      {l.name}
                      {l.warnings.length > 0 && (
                        <Badge size="small" appearance="tint" color="warning" style={{ marginLeft: 4 }}>
                          {t('warningsBadge', { n: l.warnings.length })}
                        </Badge>
                      )}
                    </td>
                    <td className={s.num}>{showScore(l.max)}</td>
                    <td className={s.num}>{showScore(l.selfScore)}</td>
                    <td className={s.num}>{showScore(l.systemScore)}</td>
                    <td className={s.num}>{status === '未审' ? '' : showScore(reviewedScore(l, draftDecision(draft)))}</td>
                    <td style={{ whiteSpace: 'nowrap' }}>
                      <Badge size="small" appearance="outline" color={statusColour(status)}>
                        {status}
                      </Badge>
                    </td>
                    <td>
                      <Button
                        size="small"
                        appearance="subtle"
                        title={t('acceptTitle', { score: showScore(l.current) })}
                        data-testid={`review-accept-${i}`}
                        style={{ minWidth: 0, paddingLeft: 4, paddingRight: 4, whiteSpace: 'nowrap' }}
                        onClick={(e) => {
                          e.stopPropagation();
                          setDraft(l.key, { status: '已审', score: '' });
                        }}
                      >
                        {t('accept')}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      {leaf && <LeafEditor leaf={leaf} draft={drafts[leaf.key]} t={t} onChange={(patch) => setDraft(leaf.key, patch)} />}

      {problems.length > 0 && entries.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="review-problems">
          <MessageBarBody>
            <MessageBarTitle>{t('problemsTitle')}</MessageBarTitle>
            {problems.map((p) => (
              <div key={p}>{p}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      )}

      <div className={s.actions}>
        <Button appearance="secondary" onClick={onPreview} disabled={!canPreview} data-testid="review-preview">
          {t('previewButton')}
        </Button>
        <Button
          appearance="primary"
          onClick={onApply}
          disabled={!canPreview}
          icon={busy === 'apply' ? <Spinner size="tiny" /> : undefined}
          data-testid="review-apply"
        >
          {busy === 'apply' ? t('writing') : t('applyButton')}
        </Button>
        <Button
          appearance="secondary"
          onClick={onUndo}
          disabled={!written || busy !== null}
          icon={busy === 'undo' ? <Spinner size="tiny" /> : undefined}
          data-testid="review-undo"
        >
          {busy === 'undo' ? t('undoing') : t('undoReview')}
        </Button>
      </div>
      {entries.length === 0 && !notice && <Text className={s.muted}>{t('nothingToWrite')}</Text>}
      {conflicts && conflicts.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="review-conflicts">
          <MessageBarBody>
            <MessageBarTitle>{t('conflictTitle')}</MessageBarTitle>
            {t('conflictIntro')}
            <Lines lines={conflictLines(t, conflicts, 'preview')} />
            {t('reviewConflictHint')}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={onReload} disabled={busy !== null} data-testid="review-reload">
              {t('reviewReload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" data-testid="review-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {kept.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="review-kept">
          <MessageBarBody>
            {t('keptIntro')}
            <Lines lines={conflictLines(t, kept, 'written')} />
          </MessageBarBody>
        </MessageBar>
      )}
      {plan && <PlanPreview plan={plan} analysis={analysis} t={t} />}
      <History model={model} t={t} />
    </div>
  );
}

function LeafEditor({ leaf, draft, t, onChange }: { leaf: ReviewLeaf; draft: Draft | undefined; t: ReviewTranslate; onChange(patch: Partial<Draft>): void }) {
  const s = useShared();
  const status = draft?.status ?? '未审';
  const note =
    leaf.status === 'scored' ? null : leaf.status === 'judgement' ? t('judgementNote') : leaf.status === 'missing-input' ? t('missingNote') : t('errorNote');
  return (
    <section className={s.section} data-testid="review-editor">
      <div className={s.sectionTitle}>{t('editorTitle', { name: leaf.name })}</div>
      <div className={s.stat}>
        <span className={s.statLabel}>{t('path')}</span>
        <span>{leaf.path.join(' / ')}</span>
        <span className={s.statLabel}>{t('scoreCell')}</span>
        <span className={s.mono}>{leaf.scoreCell ? `${leaf.sheet}!${leaf.scoreCell}` : '—'}</span>
        <span className={s.statLabel}>{t('selfScore')}</span>
        <span>{showScore(leaf.selfScore)}</span>
        <span className={s.statLabel}>{t('systemScore')}</span>
        <span>
          {showScore(leaf.systemScore)}
          {note && <span className={s.muted}>（{note}）</span>}
        </span>
      </div>
      {leaf.steps.length > 0 && (
        <div>
          <div className={s.muted}>{t('computedNote')}</div>
          <ul style={{ margin: '2px 0 0', paddingLeft: 18, fontSize: 12 }}>
            {leaf.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ul>
        </div>
      )}
      {leaf.figures.length > 0 && (
        <div>
          <div className={s.muted}>{t('leafFigures')}</div>
          <table className={s.table}>
            <tbody>
              {leaf.figures.map((f) => (
                <tr key={f.id}>
                  <td>{f.label}</td>
                  <td className={f.missing ? s.missing : s.num}>{f.missing ? t('missingFigure') : f.display}</td>
                  <td className={s.mono}>{f.cell ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <div className={s.muted}>{t('findings')}</div>
        {leaf.warnings.length === 0 ? (
          <Text size={200}>{t('noWarnings')}</Text>
        ) : (
          <ul style={{ margin: '2px 0 0', paddingLeft: 18, fontSize: 12 }} data-testid="review-leaf-warnings">
            {leaf.warnings.map((w, i) => (
              <li key={i}>
                <span className={s.mono}>{w.address ? `${w.sheet}!${w.address}` : w.sheet}</span> {w.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {leaf.prior && (
        <Text size={200}>
          {t('prior')}：
          {t('priorLine', {
            status: leaf.prior.status,
            score: showScore(leaf.prior.reviewedScore),
            reason: leaf.prior.reason ? `；${leaf.prior.reason}` : '',
          })}
        </Text>
      )}
      <Field label={t('status')}>
        <RadioGroup layout="horizontal" value={status} onChange={(_, d) => onChange({ status: d.value as ReviewStatus })} data-testid="review-status">
          {REVIEW_STATUSES.map((x) => (
            <Radio key={x} value={x} label={x} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('reviewedScore')} hint={t('reviewedScoreHint', { max: showScore(leaf.max) })}>
        <Input
          value={draft?.score ?? ''}
          inputMode="decimal"
          // a score typed on a leaf still 未审 reviews it: otherwise the score would silently not count
          onChange={(_, d) => onChange(status === '未审' && d.value.trim() !== '' ? { score: d.value, status: '已审' } : { score: d.value })}
          data-testid="review-score"
        />
      </Field>
      <Field label={t('reason')} hint={t('reasonHint')}>
        <Textarea value={draft?.reason ?? ''} resize="vertical" onChange={(_, d) => onChange({ reason: d.value })} data-testid="review-reason" />
      </Field>
    </section>
  );
}

function PlanPreview({ plan, analysis, t }: { plan: WritePlan; analysis: Analysis; t: ReviewTranslate }) {
  const s = useShared();
  // the table's own sheet first: that is where the reviewer looks for what changes
  // column widths are layout, not content: a reviewer is not asked about them
  const rows = plan.changes
    .filter((c) => c.kind !== 'column-width')
    .map((c) => ({ c, line: describeChange(c, t) }))
    .sort((a, b) => Number(b.c.kind !== 'cell' || b.c.sheet === analysis.table.sheet) - Number(a.c.kind !== 'cell' || a.c.sheet === analysis.table.sheet));
  return (
    <section className={s.section} data-testid="review-plan">
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{plan.title}</span>
        <Text className={s.muted}>{t('planCount', { n: plan.changes.length })}</Text>
      </div>
      <div className={s.tableWrap}>
        <table className={s.table}>
          <thead>
            <tr>
              <th>{t('colCell')}</th>
              <th>{t('colOld')}</th>
              <th>{t('colNew')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ line }, i) => (
              <tr key={i}>
                <td className={s.mono}>{line.where}</td>
                <td>{line.old}</td>
                <td style={{ whiteSpace: 'pre-wrap' }}>{line.next}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function History({ model, t }: { model: ReturnType<typeof buildReviewModel>; t: ReviewTranslate }) {
  const s = useShared();
  const entries = model.state.history.entries;
  return (
    <section className={s.section} data-testid="review-history">
      <span className={s.sectionTitle}>{t('history')}</span>
      {entries.length === 0 ? (
        <Text className={s.muted}>{t('historyEmpty')}</Text>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 18, fontSize: 12 }}>
          {[...entries].reverse().map((e, i) => (
            <li key={i}>
              {t('historyLine', {
                batch: e.batch,
                reviewer: e.reviewer,
                date: e.date,
                leaf: e.path[e.path.length - 1] ?? '',
                status: e.status,
                scores:
                  e.new !== null && (e.old === null || !e.new.eq(e.old))
                    ? `${showScore(e.old)} → ${showScore(e.new)}`
                    : e.new === null && e.status === '有异议'
                      ? t('pending')
                      : showScore(e.new ?? e.old),
              })}
              {e.reason ? `：${e.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

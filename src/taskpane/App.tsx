/**
 * The pane: four steps as tabs (识别 → 评分 → 写入 → 报告), the 审核 view for reviewers, and 运行监控 and
 * 目标审核 where 识别 finds their forms; one error bar, a language toggle.
 */
import { messageOf, useBusyAction } from './useBusyAction';
import { lazy, Suspense, useContext, useMemo, useState } from 'react';
import { Button, makeStyles, shorthands, Tab, TabList, tokens } from '@fluentui/react-components';
import type { Warning } from '../workbook/checks';
import type { WorkbookSnapshot, WritePlan } from '../workbook/port';
import { LangContext, useT } from './i18n';
import { usePort } from './PortContext';
import type { Detection, RulesConfirmed, ScoringChoice, WriteOutcome } from './session';
import { useWriteLifecycle, type WriteStep } from './write/useWriteLifecycle';
import type { GuardedWrite } from './write/guardedWrite';
import { DetectPanel } from './components/DetectPanel';
import { Notice, Spinner } from './components/ui';

type Session = typeof import('./session');
// analysis, rules and frameworks load with the first 识别, not with the pane
let sessionModule: Session | null = null;
async function loadSession(): Promise<Session> {
  // 识别's rules room comes with it, in its own chunk, fetched alongside
  void import(/* webpackChunkName: "rules" */ './components/LeavesSection').catch(() => undefined);
  void import(/* webpackChunkName: "figures" */ './figures/FiguresSection').catch(() => undefined);
  // 评分's view too: the click on 下一步 then waits for nothing
  void import(/* webpackChunkName: "score" */ './components/ScorePanel').catch(() => undefined);
  sessionModule ??= await import(/* webpackChunkName: "session" */ './session');
  return sessionModule;
}

// 基础数据 with its bindings to a selected cell: fetched with the first 识别 (loadSession starts it)
const FiguresSection = lazy(() => import(/* webpackChunkName: "figures" */ './figures/FiguresSection'));
const ConfirmRules = lazy(() => import(/* webpackChunkName: "rules" */ './components/ConfirmRules'));
// 评分 by indicator, with its paged lists: not part of the first screen
const ScorePanel = lazy(() => import(/* webpackChunkName: "score" */ './components/ScorePanel').then((m) => ({ default: m.ScorePanel })));
const ReportPanel = lazy(() => import(/* webpackChunkName: "report" */ './components/ReportPanel'));
const ReviewPanel = lazy(() => import(/* webpackChunkName: "review" */ './review/ReviewPanel'));
const MonitorPanel = lazy(() => import(/* webpackChunkName: "monitor" */ './monitor/MonitorPanel'));

// offered only once 识别 has found such a form, and the write step only after scoring: kept out of the start bundle
const MonitorOffer = lazy(() => import(/* webpackChunkName: "monitor" */ './monitor/MonitorOffer').then((m) => ({ default: m.MonitorOffer })));
const TargetsOffer = lazy(() => import(/* webpackChunkName: "targets" */ './targets/TargetsOffer').then((m) => ({ default: m.TargetsOffer })));
const WritePanel = lazy(() => import(/* webpackChunkName: "score" */ './components/WritePanel').then((m) => ({ default: m.WritePanel })));
const TargetsPanel = lazy(() => import(/* webpackChunkName: "targets" */ './targets/TargetsPanel'));

type Step = 'detect' | 'score' | 'write' | 'report' | 'review' | 'monitor' | 'targets';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ...shorthands.padding('12px', '14px', '10px'),
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    columnGap: '8px',
  },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase500 },
  subtitle: { fontSize: tokens.fontSizeBase200, opacity: 0.85, marginTop: '2px' },
  langButton: {
    color: tokens.colorNeutralForegroundOnBrand,
    minWidth: 'auto',
    // never squeezed to one character a line by a long title beside it
    whiteSpace: 'nowrap',
    flexShrink: 0,
    ...shorthands.border('1px', 'solid', 'rgba(255,255,255,0.55)'),
    ':hover': { color: tokens.colorNeutralForegroundOnBrand, backgroundColor: 'rgba(255,255,255,0.12)' },
  },
  tabs: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    ...shorthands.padding('0', '4px'),
  },
  // 运行监控 and 目标审核 add a sixth and seventh tab: at 350 px they go to a second line, never past the pane's edge
  tabList: { flexWrap: 'wrap' },
  body: { ...shorthands.padding('12px', '12px', '20px'), display: 'flex', flexDirection: 'column', rowGap: '10px' },
});

export function App() {
  const t = useT();
  const styles = useStyles();
  const { lang, setLang } = useContext(LangContext);
  const { port, host, hostLabel } = usePort();
  const [step, setStep] = useState<Step>('detect');
  const { busy, error, setError, run } = useBusyAction<WriteStep | 'detect'>();
  const [detection, setDetection] = useState<Detection | null>(null);
  const [formulas, setFormulas] = useState(false);
  // the score write of the plan below: every write and undo re-reads and checks first
  const scoreWrite = useWriteLifecycle<WriteOutcome>(run);
  // 确认规则 in 识别: the rules saved in the settings sheet, guarded and undone the same way
  const confirmWrite = useWriteLifecycle<RulesConfirmed>(run);
  // a 基础数据 figure bound to a selected cell (or refused), saved in the settings sheet the same way
  const bindWrite = useWriteLifecycle<GuardedWrite>(run);
  // the 审核 view stays mounted once opened, so a reviewer's drafts and undo survive a look at another tab
  const [reviewOpened, setReviewOpened] = useState(false);
  // so is the 报告 view, so its write can still be undone after a look elsewhere
  const [reportOpened, setReportOpened] = useState(false);
  // and so is 运行监控, offered once 识别 finds a monitoring form
  const [monitorOpened, setMonitorOpened] = useState(false);
  // 目标审核 works on a 绩效目标表, with or without a scoring table: offered once 识别 finds one (even
  // where it finds no scoring table), mounted once opened, like 审核
  const [targetsOpened, setTargetsOpened] = useState(false);

  const analysis = detection?.analysis ?? null;
  // the user asked to write over cells of ours edited since the last write: for this reading only
  const [overwriteFor, setOverwriteFor] = useState<typeof analysis>(null);
  const overwriteEdited = analysis !== null && overwriteFor === analysis;
  const { plan, planError } = useMemo((): { plan: WritePlan | null; planError: string | null } => {
    if (!analysis) return { plan: null, planError: null };
    try {
      if (!sessionModule) return { plan: null, planError: null };
      return { plan: sessionModule.previewPlan(analysis, formulas, detection?.choices.overrides, detection?.choices.settings, overwriteEdited), planError: null };
    } catch (e) {
      return { plan: null, planError: messageOf(e) };
    }
  }, [analysis, formulas, detection?.choices.overrides, detection?.choices.settings, overwriteEdited]);
  const confirmPreview = useMemo(() => (detection && sessionModule ? sessionModule.confirmPreview(detection) : null), [detection]);


  const onDetect = (then?: () => void) =>
    run('detect', async () => {
      const { detect } = await loadSession();
      const found = await detect(
        port,
        detection
          ? {
              sheet: detection.choices.sheet,
              framework: detection.choices.framework,
              overrides: detection.choices.overrides,
              settings: detection.choices.settings,
              ruleEdits: detection.choices.ruleEdits,
            }
          : {},
      );
      setDetection(found);
      setFormulas(found.choices.formulas);
      scoreWrite.reset();
      confirmWrite.reset();
      bindWrite.reset();
      then?.();
    });

  // another sheet or framework: rules chosen for the leaves of the old one no longer apply
  const onChoose = (choice: { sheet?: string; framework?: string }) => {
    if (!detection) return;
    try {
      if (!sessionModule) return;
      setDetection(sessionModule.analyseSnapshot(detection.snapshot, { ...detection.choices, ...choice, overrides: undefined, ruleEdits: undefined, formulas }));
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  // one leaf given another rule (or 判断评分): the snapshot already read is analysed again
  const onRule = (key: string, value: string) => {
    if (!detection) return;
    try {
      if (!sessionModule) return;
      setDetection(sessionModule.chooseRule({ ...detection, choices: { ...detection.choices, formulas } }, key, value));
      scoreWrite.clearConflicts();
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  // one leaf's rule corrected in words: read at once, saved only by 确认规则
  const onEdit = (key: string, text: string | null) => {
    if (!detection || !sessionModule) return;
    setDetection(sessionModule.editRule(detection, key, text));
    confirmWrite.clearConflicts();
  };

  // 确认规则: one read to check, one write; 识别 then runs over the workbook as written (no third read)
  const onConfirm = () => {
    if (!confirmPreview) return;
    const { plan } = confirmPreview;
    void confirmWrite.write(
      async () => (await loadSession()).confirmRules(port, plan),
      (made) => setDetection((d) => (d && sessionModule ? sessionModule.afterWrite(d, made.before, made.written) : d)),
    );
  };

  const onConfirmUndo = () =>
    void confirmWrite.undo(
      async (made) => (await loadSession()).undoConfirm(port, made.written),
      (undone) => setDetection((d) => (d && sessionModule ? sessionModule.afterWrite(d, undone.before, undone.undo) : d)),
    );

  // a binding saved or undone: 识别 runs over the workbook as the write left it (no third read)
  const onFiguresApplied = (before: WorkbookSnapshot, applied: WritePlan) => {
    setDetection((d) => (d && sessionModule ? sessionModule.afterWrite(d, before, applied, true) : d));
    scoreWrite.clearConflicts();
  };

  // 评分设置 (national form): the snapshot already read is analysed again with the setting changed
  const onScoring = (change: ScoringChoice) => {
    if (!detection) return;
    try {
      if (!sessionModule) return;
      const settings = { ...detection.choices.settings, ...change };
      setDetection(sessionModule.analyseSnapshot(detection.snapshot, { ...detection.choices, formulas, settings }));
      scoreWrite.clearConflicts();
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  // the plan shown in 评分 is written only if none of its cells changed since (one read, one write)
  const onWrite = () => {
    if (!detection || !plan) return;
    const choices = { ...detection.choices, formulas };
    void scoreWrite.write(async () => (await loadSession()).writeScores(port, plan, choices));
  };

  const onUndo = () => void scoreWrite.undo(async ({ written }) => (await loadSession()).undoWrite(port, written));

  const onSelect = (w: Warning) => {
    if (!w.address || !port.selectCell) return;
    port.selectCell(w.sheet, w.address).catch((e) => setError(messageOf(e)));
  };

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <div>
          <div className={styles.title}>{t('appTitle')}</div>
          <div className={styles.subtitle}>
            {t('appSubtitle')} · <span style={{ whiteSpace: 'nowrap' }}>{host ? t(host === 'wps' ? 'hostWps' : 'hostExcel') : hostLabel}</span>
          </div>
        </div>
        <Button
          size="small"
          appearance="transparent"
          className={styles.langButton}
          // the other language, named in itself
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
          onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('langToggle')}
        </Button>
      </header>
      <nav className={styles.tabs}>
        <TabList
          selectedValue={step}
          onTabSelect={(_, d) => {
            if (d.value === 'review') setReviewOpened(true);
            if (d.value === 'report') setReportOpened(true);
            if (d.value === 'monitor') setMonitorOpened(true);
            if (d.value === 'targets') setTargetsOpened(true);
            setStep(d.value as Step);
          }}
          size="medium"
          className={styles.tabList}
        >
          <Tab value="detect">{t('tabDetect')}</Tab>
          <Tab value="score" disabled={!analysis}>
            {t('tabScore')}
          </Tab>
          <Tab value="write" disabled={!plan}>
            {t('tabWrite')}
          </Tab>
          <Tab value="report">{t('tabReport')}</Tab>
          <Tab value="review" disabled={!analysis}>
            {t('tabReview')}
          </Tab>
          {detection?.monitorForm && <Tab value="monitor">{t('tabMonitor')}</Tab>}
          {(detection?.targetsForm || targetsOpened) && <Tab value="targets">{t('tabTargets')}</Tab>}
        </TabList>
      </nav>
      <main className={styles.body}>
        {error && (
          <Notice
            intent="error"
            title={t('errorTitle')}
            action={
              <Button size="small" appearance="subtle" onClick={() => setError(null)}>
                {t('dismiss')}
              </Button>
            }
          >
            {error}
          </Notice>
        )}
        {step === 'detect' && (
          <DetectPanel
            detection={detection}
            busy={busy === 'detect'}
            onDetect={() => onDetect()}
            onChoose={onChoose}
            onRule={onRule}
            onEdit={onEdit}
            confirm={
              // shown where there is something to confirm, or confirmed rules to see
              confirmPreview &&
              (confirmPreview.plan.changes.length > 0 || confirmPreview.unreadable.length > 0 || confirmPreview.rules > 0 || confirmWrite.written) && (
                <Suspense fallback={<Spinner label={t('confirmTitle')} />}>
                  <ConfirmRules
                    preview={confirmPreview}
                    write={confirmWrite}
                    busy={busy}
                    onConfirm={onConfirm}
                    onUndo={onConfirmUndo}
                    onReload={() => onDetect()}
                  />
                </Suspense>
              )
            }
            figures={
              analysis && (
                <Suspense fallback={<Spinner label={t('figures')} />}>
                  <FiguresSection analysis={analysis} write={bindWrite} busy={busy} onApplied={onFiguresApplied} onReload={() => onDetect()} />
                </Suspense>
              )
            }
            onScoring={onScoring}
            onNext={() => setStep('score')}
          />
        )}
        {step === 'detect' && detection?.monitorForm && (
          <Suspense fallback={null}>
            <MonitorOffer
              onOpen={() => {
                setMonitorOpened(true);
                setStep('monitor');
              }}
            />
          </Suspense>
        )}
        {step === 'detect' && detection?.targetsForm && (
          <Suspense fallback={null}>
            <TargetsOffer
              onOpen={() => {
                setTargetsOpened(true);
                setStep('targets');
              }}
            />
          </Suspense>
        )}
        {step === 'score' && analysis && (
          <Suspense fallback={<Spinner label={t('tabScore')} />}>
            <ScorePanel
              analysis={analysis}
              plan={plan}
              planError={planError}
              formulas={formulas}
              busy={busy !== null}
              onFormulas={setFormulas}
              onSelect={onSelect}
              onNext={() => setStep('write')}
            />
          </Suspense>
        )}
        {step === 'write' && (
          <Suspense fallback={<Spinner label={t('tabWrite')} />}>
            <WritePanel
              plan={plan}
              write={scoreWrite}
              busy={busy}
              onWrite={onWrite}
              onUndo={onUndo}
              onRescore={() => onDetect(() => setStep('score'))}
              onOverwriteEdited={() => setOverwriteFor(analysis)}
              onNext={() => {
                setReportOpened(true);
                setStep('report');
              }}
            />
          </Suspense>
        )}
        {reportOpened && (
          <div hidden={step !== 'report'} style={{ display: step === 'report' ? 'contents' : 'none' }}>
            <Suspense fallback={<Spinner label={t('reportLoading')} />}>
              <ReportPanel analysis={analysis} active={step === 'report'} />
            </Suspense>
          </div>
        )}
        {reviewOpened && analysis && (
          <div hidden={step !== 'review'} style={{ display: step === 'review' ? 'contents' : 'none' }}>
            <Suspense fallback={<Spinner label={t('reviewLoading')} />}>
              <ReviewPanel analysis={analysis} />
            </Suspense>
          </div>
        )}
        {monitorOpened && (
          <div hidden={step !== 'monitor'} style={{ display: step === 'monitor' ? 'contents' : 'none' }}>
            <Suspense fallback={<Spinner label={t('tabMonitor')} />}>
              <MonitorPanel />
            </Suspense>
          </div>
        )}
        {targetsOpened && (
          <div hidden={step !== 'targets'} style={{ display: step === 'targets' ? 'contents' : 'none' }}>
            <Suspense fallback={<Spinner label={t('loadingTargets')} />}>
              <TargetsPanel />
            </Suspense>
          </div>
        )}
      </main>
    </div>
  );
}

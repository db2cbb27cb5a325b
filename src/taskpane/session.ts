/**
 * What the task pane does, without React (loaded on the first 识别, so analysis code stays out of
 * the first load): detect, preview, write (with the #NAME? fallback), undo. A write and an undo each
 * read the workbook first and touch only cells that still hold what the plan expects, so nothing
 * typed after 识别 (or after the write) is lost (src/taskpane/write/guardedWrite.ts, shared with 报告 and 审核).
 * Everything goes through the port, so the same steps run over Excel, WPS or a test double.
 */
import type { Analysis, AnalyseOptions } from '../workbook/analyse';
import type { IndicatorSettings } from '../engine/types';
import type { Change, WorkbookPort, WorkbookSnapshot, WritePlan } from '../workbook/port';
import { analyse } from '../workbook/analyse';
import { isMonitorWorkbook } from '../workbook/monitor';
import { readTargetSheets } from '../workbook/targets';
import { cellValueA1, sheetOf, planSettingsWrite, readSettings, SETTINGS_SHEET, type WorkbookSettings } from '../workbook/read';
import { applyToSnapshot, changeCount, planScoreWrite } from '../workbook/plan';
import { DEFAULT_INDICATOR_SETTINGS } from '../engine/rules';
import { FRAMEWORKS } from '../frameworks';
import { guardedApply, guardedUndo, undoWrite, type GuardedUndo, type GuardedWrite, type UndoOutcome, type WriteRefused } from './write/guardedWrite';
import { NO_RULE, ruleChoices, withOverride, type RuleChoices } from './ruleChoices';
import { leafRuleViews, type LeafRuleView } from './leafRules';
import { readRuleEdit, type RuleEdit } from './ruleEdits';
import { previewConfirm, type ConfirmPreview } from './ruleConfirm';


const FRAMEWORK_CHOICES = FRAMEWORKS.map((f) => ({ id: f.id, title: f.title }));

/** The user's choices, saved in the workbook so a reviewer opening it sees the same result. */
export interface Choices {
  sheet?: string;
  framework?: string;
  formulas: boolean;
  /** rules the user chose in 识别 this session: leaf path key → framework leaf id, or 'none' */
  overrides?: Record<string, string>;
  /** scoring settings the user chose in 识别 this session (national form): over the workbook's own */
  settings?: ScoringChoice;
  /** rules the user corrected in 识别 this session, in plain words as typed: leaf path key → text */
  ruleEdits?: Record<string, string>;
}

/** The national form's settings the pane offers (overAchievementDeduction stays a workbook/CLI matter). */
export type ScoringChoice = Partial<Pick<IndicatorSettings, 'reverseFormula' | 'overAchievementThreshold'>>;

/** The settings in force for the national form's indicator rows: framework default, workbook, user. */
export interface ScoringSettings {
  reverseFormula: IndicatorSettings['reverseFormula'];
  /** a ratio of the target ("1.3"), or null: off */
  overAchievementThreshold: string | null;
}

export interface Detection {
  snapshot: WorkbookSnapshot;
  analysis: Analysis | null;
  /** Chinese message when no table could be analysed */
  message: string | null;
  choices: Choices;
  /** frameworks the user may choose instead */
  frameworks: { id: string; title: string }[];
  /** the rule each leaf may be given instead of its match; null without a framework to choose from */
  rules: RuleChoices | null;
  /** the 评分设置 in force; null unless the framework scores the form's own indicator rows */
  scoring: ScoringSettings | null;
  /** where each leaf's rule came from, its 评分标准 and the rule read from it, by the leaf's ref */
  leafRules: Record<string, LeafRuleView>;
  /** the corrections of `choices.ruleEdits`, each read as a rule or with why not, by leaf path key */
  edits: Record<string, RuleEdit>;
  /** the workbook holds a 绩效运行监控表: the pane offers 运行监控 */
  monitorForm?: boolean;
  /** the workbook holds a 绩效目标表: 识别 offers 目标审核, whether or not it found a scoring table */
  targetsForm?: boolean;
}

export interface WriteOutcome {
  /** what was written, the #NAME? fallback folded in: 撤销 is worked out from it when asked for */
  written: WritePlan;
  /** cells whose formulas showed #NAME? and were rewritten as values, as "Sheet!A1" */
  fallback: string[];
  /** Chinese notes from the host about parts it could not write */
  skipped: string[];
  changed: number;
}

/** 撤销 reads once and restores only the cells that still hold what the write put there. */
export { undoWrite, type UndoOutcome, type WriteRefused };

type CellChange = Extract<Change, { kind: 'cell' }>;

const CUSTOM_FUNCTION = /\bPERF\.[A-Z_]+\s*\(/i;

function settingsOf(snapshot: WorkbookSnapshot): Partial<Choices> {
  try {
    const stored = readSettings(snapshot);
    const out: Partial<Choices> = {};
    if (stored.sheet) out.sheet = stored.sheet;
    if (stored.framework) out.framework = stored.framework;
    if (typeof stored.formulas === 'boolean') out.formulas = stored.formulas;
    return out;
  } catch {
    return {}; // unreadable settings must not stop scoring
  }
}

/** One read, then analysis; choices given now override what the workbook saved. */
export async function detect(port: WorkbookPort, override: Partial<Choices> = {}): Promise<Detection> {
  const snapshot = await port.readSnapshot();
  return analyseSnapshot(snapshot, { formulas: false, ...settingsOf(snapshot), ...override });
}

/** Analysis of a snapshot already read: choosing another sheet or framework costs no round trip. */
export function analyseSnapshot(snapshot: WorkbookSnapshot, choices: Choices): Detection {
  const options: AnalyseOptions = {};
  if (choices.sheet) options.sheet = choices.sheet;
  if (choices.framework) options.framework = choices.framework;
  if (choices.overrides && Object.keys(choices.overrides).length > 0) options.overrides = choices.overrides;
  if (choices.settings && Object.keys(choices.settings).length > 0) options.settings = choices.settings;
  const result = analyse(snapshot, options);
  const monitorForm = isMonitorWorkbook(snapshot);
  const targetsForm = readTargetSheets(snapshot).length > 0;
  if (!result.ok) return { snapshot, analysis: null, message: result.message, choices, frameworks: FRAMEWORK_CHOICES, rules: null, scoring: null, leafRules: {}, edits: {}, monitorForm, targetsForm };
  const { analysis } = result;
  const overrides = { ...analysis.settings.overrides, ...choices.overrides };
  // what each leaf is scored by without this session's choices: choosing that again leaves nothing to save
  const base = options.overrides ? analyse(snapshot, { ...options, overrides: undefined }) : result;
  const rules = ruleChoices(analysis, overrides, base.ok ? base.analysis : analysis);
  const leafRules = leafRuleViews(analysis, overrides);
  return { snapshot, analysis, message: null, choices, frameworks: FRAMEWORK_CHOICES, rules, scoring: scoringOf(analysis, choices.settings), leafRules, edits: editsOf(leafRules, choices.ruleEdits), monitorForm, targetsForm };
}

/**
 * Each correction read as a rule for its leaf's points; one that reads as the rule already shown
 * changes nothing and is left out, and so is one of a leaf that takes no correction now.
 */
function editsOf(leafRules: Record<string, LeafRuleView>, texts: Record<string, string> = {}): Record<string, RuleEdit> {
  const views = new Map(Object.values(leafRules).map((v) => [v.key, v]));
  const out: Record<string, RuleEdit> = {};
  for (const [key, text] of Object.entries(texts)) {
    const view = views.get(key);
    if (!view?.editable) continue;
    const edit = readRuleEdit(text, view.points);
    if (edit.printed === null || edit.printed !== view.reading) out[key] = edit;
  }
  return out;
}

function scoringOf(analysis: Analysis, chosen: ScoringChoice = {}): ScoringSettings | null {
  if (!analysis.framework.indicatorRows) return null;
  const inForce = { ...DEFAULT_INDICATOR_SETTINGS, ...analysis.framework.settings, ...analysis.settings.indicator, ...chosen };
  return { reverseFormula: inForce.reverseFormula, overAchievementThreshold: inForce.overAchievementThreshold };
}

/** The workbook's settings with the user's choices of this session over them: what 写入 stores. */
function chosenSettings(stored: WorkbookSettings, choices: Pick<Choices, 'overrides' | 'settings'>): WorkbookSettings {
  return {
    ...stored,
    overrides: { ...stored.overrides, ...choices.overrides },
    indicator: { ...stored.indicator, ...choices.settings },
  };
}

/**
 * 识别 again with one leaf's rule changed (a framework leaf id, 'none' for 判断评分, or 'table' for the
 * table's own 评分标准): no round trip. A correction in words of that leaf gives way to the choice.
 */
export function chooseRule(detection: Detection, key: string, value: string): Detection {
  if (!detection.analysis) return detection;
  const natural = Object.values(detection.rules?.leaves ?? {}).find((l) => l.key === key)?.natural ?? NO_RULE;
  const overrides = withOverride(detection.choices.overrides ?? {}, key, value, natural);
  const { [key]: _dropped, ...ruleEdits } = detection.choices.ruleEdits ?? {};
  return analyseSnapshot(detection.snapshot, { ...detection.choices, overrides, ruleEdits });
}

/** One leaf's rule corrected in plain words (null: the correction dropped), read at once; nothing is analysed again until the rules are confirmed. */
export function editRule(detection: Detection, key: string, text: string | null): Detection {
  const { [key]: _old, ...rest } = detection.choices.ruleEdits ?? {};
  const ruleEdits = text === null ? rest : { ...rest, [key]: text };
  return { ...detection, choices: { ...detection.choices, ruleEdits }, edits: editsOf(detection.leafRules, ruleEdits) };
}

/** What 确认规则 would write: the rules read, corrected and chosen, in the hidden settings sheet. */
export function confirmPreview(detection: Detection): ConfirmPreview | null {
  if (!detection.analysis) return null;
  return previewConfirm(detection.analysis, detection.edits, detection.choices.overrides);
}

/** 确认规则 written (one read to check, one write); `made` carries the workbook as it is afterwards. */
export type RulesConfirmed = GuardedWrite;

export function confirmRules(port: WorkbookPort, plan: WritePlan): Promise<RulesConfirmed | WriteRefused> {
  return guardedApply(port, plan);
}

export function undoConfirm(port: WorkbookPort, written: WritePlan): Promise<GuardedUndo> {
  return guardedUndo(port, written);
}

/**
 * 识别 over the workbook as a write or an undo left it (the snapshot read to check it, with the plan
 * applied: no third read); the corrections are now in the workbook, or were undone with it.
 */
export function afterWrite(detection: Detection, before: WorkbookSnapshot, applied: WritePlan, keepEdits = false): Detection {
  // a write of other settings (a figure's binding) leaves the corrections not yet confirmed as typed
  return analyseSnapshot(applyToSnapshot(before, applied), { ...detection.choices, ruleEdits: keepEdits ? detection.choices.ruleEdits : undefined });
}

/**
 * The score write's plan. Rules and 评分设置 chosen in 识别 are saved with the other choices in the
 * hidden settings sheet, in the same batch, so the workbook reopens (or a reviewer opens it) scored alike.
 */
export function previewPlan(analysis: Analysis, formulas: boolean, overrides: Record<string, string> = {}, settings: ScoringChoice = {}, overwriteEdited = false): WritePlan {
  return planScoreWrite({ ...analysis, settings: chosenSettings(analysis.settings, { overrides, settings }) }, { formulas, overwriteEdited });
}

/** The plan with the saved choices added, unless it records them itself. */
function withChoices(now: WorkbookSnapshot, plan: WritePlan, choices: Choices): WritePlan {
  if (plan.changes.some((c) => c.sheet === SETTINGS_SHEET)) return plan;
  const settings = planSettingsWrite(now, {
    ...chosenSettings(readSettings(now), choices),
    sheet: choices.sheet,
    framework: choices.framework,
    formulas: choices.formulas,
  });
  // the plan keeps what it was computed from (its basis), so the guarded write can refuse it when that changed
  return { ...plan, changes: [...plan.changes, ...settings.changes] };
}

/**
 * Writes the plan and the saved choices in one batch, after reading the workbook once to check that
 * every cell the plan changes still holds what the preview was built from; if one does not, nothing is
 * written and the cells are returned (a guarded write: one read, one write).
 * After live formulas, the written cells are read back: Excel under a non-English display language
 * can show #NAME? for custom functions written from code (OfficeDev/office-js issues 891 and 6614);
 * those cells are rewritten as values.
 */
export async function writeScores(port: WorkbookPort, plan: WritePlan, choices: Choices): Promise<WriteOutcome | WriteRefused> {
  // a score plan normally records the choices itself; if not, they join it in the same batch
  const result = await guardedApply(port, (now) => withChoices(now, plan, choices));
  if ('refused' in result) return result;
  const { written: applied, skipped } = result;
  const customCells = applied.changes.filter((c): c is CellChange => c.kind === 'cell' && !!c.formula && CUSTOM_FUNCTION.test(c.formula));
  const fallback: string[] = [];
  let written = applied;
  if (customCells.length) {
    const after = await port.readSnapshot();
    // only the custom-function cells: sums over them recalculate once they hold values
    const broken = customCells.filter((c) => cellValueA1(sheetOf(after, c.sheet), c.address) === '#NAME?');
    if (broken.length) {
      await port.applyPlan({
        title: '以数值代替显示 #NAME? 的公式',
        changes: broken.map((c) => ({
          kind: 'cell' as const,
          sheet: c.sheet,
          address: c.address,
          value: c.value,
          ...(c.style ? { style: c.style } : {}),
          previous: { value: '#NAME?', formula: c.formula ?? null },
        })),
      });
      fallback.push(...broken.map((c) => `${c.sheet}!${c.address}`));
      // those cells now hold values: that is what an undo expects to find there
      const asValue = new Set(broken);
      written = {
        title: applied.title,
        changes: applied.changes.map((c) => {
          if (!asValue.has(c as CellChange)) return c;
          const { formula: _formula, ...rest } = c as CellChange;
          return rest;
        }),
      };
    }
  }
  return { written, fallback, skipped, changed: changeCount(applied) };
}

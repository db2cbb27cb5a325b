import { emptyRecord } from '../../engine/ownKey';
import type { IndicatorSettings } from '../../engine/types';
import type { CellValue, Change, SheetSnapshot, WorkbookSnapshot, WritePlan } from '../port';
import { toA1 } from './address';

/**
 * Settings live in the workbook itself, on a hidden `_perfscore` sheet of key/value rows, so Excel,
 * WPS and the command line all see the same choices and a reviewer opens the same file.
 *
 *   perfscore-settings | 1
 *   sheet              | 评分表
 *   framework          | shenzhen-2024-department
 *   formulas           | true
 *   reverseFormula     | deviation
 *   overAchievementThreshold | 1.3
 *   gradeBands         | 80/70/60
 *   ownedSheet         | 检查结果
 *   ownedColumn        | 评分表 | K
 *   ownedCell          | 评分表!K34 | n:1.89      (a cell we wrote, with a fingerprint of what we wrote)
 *   override           | 部门管理/资金管理/政府采购执行情况 | procurement-execution
 *   figure             | satisfaction.rate | 评分表!F28
 *   figure             | staff.onPost | none
 *   rule               | 部门管理/人员管理/在职人员控制率 | 在职人员控制率≤100% 得 8 分；每超过 1 个百分点扣 0.5 分，扣完为止
 *   monitorThreshold   | fundsRed | 60%
 */

export const SETTINGS_SHEET = '_perfscore';
export const SETTINGS_MARKER = 'perfscore-settings';

export interface WorkbookSettings {
  sheet?: string;
  framework?: string;
  formulas?: boolean;
  /** apply the framework's cap of the total by execution rate */
  executionCaps?: boolean;
  /** the grade bands as written ("80/70/60"); read, and checked, by the analysis */
  gradeBands?: string;
  indicator: Partial<IndicatorSettings>;
  /** sheets we created (检查结果, 基础数据 from a template) */
  ownedSheets: string[];
  /** columns we created beside the table (系统评分, 检查提示), by sheet and column letters */
  ownedColumns: { sheet: string; column: string }[];
  /**
   * "Sheet!A1" → the fingerprint of what we wrote there (read/ownership.ts): a cell is ours to write
   * over only while it still holds that
   */
  ownedCells: Record<string, string>;
  /** leaf path key (names joined by “/”) → framework leaf id, or 'none' for a judgement with no rule */
  overrides: Record<string, string>;
  /**
   * figure id → the cell that holds it ("基础数据!B5", any sheet), honoured before any label is matched;
   * 'none' refuses the figure a label matched ("不是此数据")
   */
  figureBindings: Record<string, string>;
  /** leaf path key → a rule the user confirmed or corrected, in the plain words the pane shows it in */
  rules: Record<string, string>;
  /** 绩效运行监控's warning-light thresholds by name (fundsRed, indicatorBlue…), as written ("60%", "0.6") */
  monitorThresholds?: Record<string, string>;
}

export function emptySettings(): WorkbookSettings {
  // keyed by leaf paths and ids read from the workbook: no prototype, so "__proto__" is a key like any other
  return { indicator: {}, ownedSheets: [], ownedColumns: [], ownedCells: emptyRecord(), overrides: emptyRecord(), figureBindings: emptyRecord(), rules: emptyRecord() };
}

function str(v: CellValue | undefined): string {
  return v === null || v === undefined ? '' : String(v).trim();
}

export function settingsSheet(snapshot: WorkbookSnapshot): SheetSnapshot | undefined {
  return snapshot.sheets.find((s) => s.name === SETTINGS_SHEET);
}

/** Reads the settings; a missing or foreign sheet gives empty settings. Unknown keys are ignored. */
export function readSettings(snapshot: WorkbookSnapshot): WorkbookSettings {
  const out = emptySettings();
  const sheet = settingsSheet(snapshot);
  if (!sheet || str(sheet.values[0]?.[0]) !== SETTINGS_MARKER) return out;
  for (const row of sheet.values.slice(1)) {
    const key = str(row?.[0]);
    const a = str(row?.[1]);
    const b = str(row?.[2]);
    switch (key) {
      case 'sheet':
        if (a) out.sheet = a;
        break;
      case 'framework':
        if (a) out.framework = a;
        break;
      case 'formulas':
        out.formulas = a.toLowerCase() === 'true' || a === '1' || a === '是';
        break;
      case 'executionCaps':
        out.executionCaps = a.toLowerCase() === 'true' || a === '1' || a === '是';
        break;
      case 'gradeBands':
        if (a) out.gradeBands = a;
        break;
      case 'reverseFormula':
        if (a === 'deviation' || a === 'quotient') out.indicator.reverseFormula = a;
        break;
      case 'overAchievementThreshold':
        out.indicator.overAchievementThreshold = a === '' ? null : a;
        break;
      case 'overAchievementDeduction':
        out.indicator.overAchievementDeduction = a === '' ? null : a;
        break;
      case 'ownedSheet':
        if (a && !out.ownedSheets.includes(a)) out.ownedSheets.push(a);
        break;
      case 'ownedColumn':
        if (a && b && !out.ownedColumns.some((c) => c.sheet === a && c.column === b)) out.ownedColumns.push({ sheet: a, column: b });
        break;
      case 'ownedCell':
        if (a && b) out.ownedCells[a] = b;
        break;
      case 'override':
        if (a) out.overrides[a] = b || 'none';
        break;
      case 'figure':
        if (a) out.figureBindings[a] = b === '' || b.toLowerCase() === 'none' ? 'none' : b;
        break;
      case 'rule':
        if (a && b) out.rules[a] = b;
        break;
      case 'monitorThreshold':
        if (a && b) out.monitorThresholds = { ...out.monitorThresholds, [a]: b };
        break;
      default:
        break;
    }
  }
  return out;
}

function rows(settings: WorkbookSettings): CellValue[][] {
  const out: CellValue[][] = [[SETTINGS_MARKER, '1', null]];
  if (settings.sheet) out.push(['sheet', settings.sheet, null]);
  if (settings.framework) out.push(['framework', settings.framework, null]);
  if (settings.formulas !== undefined) out.push(['formulas', settings.formulas ? 'true' : 'false', null]);
  if (settings.executionCaps !== undefined) out.push(['executionCaps', settings.executionCaps ? 'true' : 'false', null]);
  if (settings.gradeBands) out.push(['gradeBands', settings.gradeBands, null]);
  const ind = settings.indicator;
  if (ind.reverseFormula) out.push(['reverseFormula', ind.reverseFormula, null]);
  if (ind.overAchievementThreshold !== undefined) out.push(['overAchievementThreshold', ind.overAchievementThreshold ?? '', null]);
  if (ind.overAchievementDeduction !== undefined) out.push(['overAchievementDeduction', ind.overAchievementDeduction ?? '', null]);
  for (const s of settings.ownedSheets) out.push(['ownedSheet', s, null]);
  for (const c of settings.ownedColumns) out.push(['ownedColumn', c.sheet, c.column]);
  for (const [cell, print] of Object.entries(settings.ownedCells)) out.push(['ownedCell', cell, print]);
  for (const [k, v] of Object.entries(settings.overrides)) out.push(['override', k, v]);
  for (const [id, ref] of Object.entries(settings.figureBindings)) out.push(['figure', id, ref]);
  for (const [k, v] of Object.entries(settings.rules)) out.push(['rule', k, v]);
  for (const [k, v] of Object.entries(settings.monitorThresholds ?? {})) out.push(['monitorThreshold', k, v]);
  return out;
}

/**
 * The changes that store `settings`: the hidden sheet is added when missing, its cells written, and
 * rows left over from longer settings cleared. Every cell change records what was there.
 */
export function settingsChanges(snapshot: WorkbookSnapshot, settings: WorkbookSettings): Change[] {
  const sheet = settingsSheet(snapshot);
  const changes: Change[] = [];
  if (!sheet) changes.push({ kind: 'add-sheet', sheet: SETTINGS_SHEET, hidden: true });
  const wanted = rows(settings);
  const height = Math.max(wanted.length, sheet?.values.length ?? 0);
  for (let r = 0; r < height; r += 1) {
    for (let c = 0; c < 3; c += 1) {
      const value = wanted[r]?.[c] ?? null;
      const prevValue = sheet?.values[r]?.[c] ?? null;
      const prevFormula = sheet?.formulas?.[r]?.[c] ?? null;
      if (value === prevValue && prevFormula === null) continue;
      changes.push({ kind: 'cell', sheet: SETTINGS_SHEET, address: toA1(r, c), value, previous: { value: prevValue, formula: prevFormula } });
    }
  }
  return changes;
}

export function planSettingsWrite(snapshot: WorkbookSnapshot, settings: WorkbookSettings): WritePlan {
  return { title: '保存评分设置', changes: settingsChanges(snapshot, settings) };
}

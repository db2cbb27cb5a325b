import { parseGradeBands, type GradeBands } from '../../engine/grade';
import { D, percent } from '../../engine/decimal';
import { scoreTree } from '../../engine/scoreTree';
import type { ScoredLeaf, ScoreTreeOptions } from '../../engine/tree.types';
import type { FigureValue, IndicatorSettings } from '../../engine/types';
import { FRAMEWORKS } from '../../frameworks';
import type { Framework } from '../../frameworks/types';
import type { SheetSnapshot, WorkbookSnapshot } from '../port';
import type { AnalyseOptions, AnalyseResult } from './analysis.types';
import type { FoundFigure, WorkbookSettings } from '../read';
import { detectTable, findFigures, sheetOf, unreadHeaders, isDataSheet, readSettings, SETTINGS_SHEET, isOwnResultSheet } from '../read';
import { figureDefsFor } from '../../frameworks/commonFigures';
import { chooseFramework } from './matchRules';
import { buildTree } from './buildTree';
import { FigureNames } from './leafRule';
import { runChecks } from '../checks';
import { leavesOf } from '../../engine/treeWalk';
import { targetSheetFigures } from './targetSheetFigures';

/**
 * The whole reading of a workbook: settings stored in it, the indicator table, the framework, the raw
 * figures, the scored tree and every finding. Pure: a snapshot in, an analysis out. Bad input gives
 * { ok: false, message } in Chinese; only a defect of ours throws.
 */

/** The framework's local cap of the total by execution rate, when turned on and the rate is known. */
function totalCap(framework: Framework, figures: Map<string, FoundFigure>): ScoreTreeOptions['totalCap'] {
  const caps = framework.executionCaps;
  const executed = figures.get('project.executed')?.value;
  const budget = figures.get('project.budget')?.value;
  if (!caps || caps.length === 0 || executed === undefined || budget === undefined) return undefined;
  if (typeof executed === 'string' || typeof budget === 'string' || budget.lte(0)) return undefined;
  const rate = executed.div(budget);
  const cap = [...caps].sort((a, b) => new D(a.below).comparedTo(b.below)).find((c) => rate.lt(c.below));
  if (!cap) return undefined;
  return { max: new D(cap.maxTotal), reason: `预算执行率 ${percent(rate)} 低于 ${percent(cap.below)}，按本地规则总分不超过 ${cap.maxTotal} 分` };
}

/** The workbook's own grade bands; an unreadable setting is named in the notes and the national bands apply. */
function storedGradeBands(settings: WorkbookSettings, notes: string[]): GradeBands | undefined {
  if (settings.gradeBands === undefined) return undefined;
  const bands = parseGradeBands(settings.gradeBands);
  if (bands) notes.push(`按工作簿设置的等级标准评定：优 ≥ ${bands.优}，良 ≥ ${bands.良}，中 ≥ ${bands.中}。`);
  else notes.push(`工作簿设置中的等级标准“${settings.gradeBands}”无法识别（应为三个递减的分数，如 80/70/60），按 90/80/60 评定。`);
  return bands ?? undefined;
}

export function analyse(snapshot: WorkbookSnapshot, options: AnalyseOptions = {}, frameworks: readonly Framework[] = FRAMEWORKS): AnalyseResult {
  const settings = readSettings(snapshot);
  const notes: string[] = [];
  const ignore = snapshot.sheets.filter((s) => s.name === SETTINGS_SHEET || isDataSheet(s.name) || isOwnResultSheet(s, settings)).map((s) => s.name);
  const sheetName = options.sheet ?? settings.sheet;
  // The workbook's 年度 (基础数据 or a title) breaks ties between candidate sheets ("2023年评分表" / "2024年评分表").
  const workbookYear = () => findFigures(snapshot, {}).year;
  let detected = detectTable(snapshot, sheetName, ignore, sheetName === undefined ? workbookYear : undefined);
  if (!detected.ok && options.sheet === undefined && settings.sheet !== undefined) {
    // A stored sheet name that no longer holds a table (renamed, deleted) falls back to a search.
    notes.push(`设置中保存的工作表“${settings.sheet}”未找到指标表，已重新查找。`);
    detected = detectTable(snapshot, undefined, ignore, workbookYear);
  }
  if (!detected.ok) return { ok: false, message: detected.message };
  notes.push(detected.note);
  const table = detected.table;
  const unread = unreadHeaders(sheetOf(snapshot, table.sheet) as SheetSnapshot, table);
  if (unread.length > 0) notes.push(`表头中未能识别、因而未读取的列：${unread.map((h) => `“${h.text}”（${table.sheet}!${h.address}）`).join('、')}。`);

  const choice = chooseFramework(table, frameworks, options.framework ?? settings.framework);
  if ('error' in choice) return { ok: false, message: choice.error };
  notes.push(choice.note);
  const framework = choice.framework;

  const overrides = { ...settings.overrides, ...(options.overrides ?? {}) };
  // rule texts may name figures no framework knows: they are looked up in 基础数据 by their own names
  const names = new FigureNames(figureDefsFor(framework.figures));
  const built = buildTree(snapshot, table, framework, { overrides, confirmed: settings.rules, names });
  const figureDefs = { ...figureDefsFor(framework.figures), ...names.added };
  const found = findFigures(snapshot, figureDefs, { bindings: settings.figureBindings });
  if (found.dataSheets.length > 0) notes.push(`从工作表 ${found.dataSheets.map((s) => `“${s}”`).join('、')} 读取基础数据 ${found.figures.size} 项。`);
  const figures = new Map<string, FoundFigure>(found.figures);
  for (const [id, f] of built.tableFigures) if (!figures.has(id)) figures.set(id, f);
  const fromTargets = targetSheetFigures(snapshot, figureDefs, figures);
  for (const [id, f] of fromTargets.figures) figures.set(id, f);
  notes.push(...fromTargets.notes);

  const indicatorSettings: Partial<IndicatorSettings> = { ...framework.settings, ...settings.indicator, ...(options.settings ?? {}) };
  const values = new Map<string, FigureValue>();
  for (const [id, f] of figures) values.set(id, f.value);
  const useCaps = options.executionCaps ?? settings.executionCaps ?? false;
  const cap = useCaps ? totalCap(framework, figures) : undefined;
  const gradeBands = options.gradeBands ?? storedGradeBands(settings, notes);
  const scored = scoreTree(built.roots, { figures: values, settings: indicatorSettings, ...(cap ? { totalCap: cap } : {}), ...(gradeBands ? { gradeBands } : {}) });

  const leafByRef = new Map<string, ScoredLeaf>();
  for (const leaf of leavesOf(scored.roots)) if (leaf.ref) leafByRef.set(leaf.ref, leaf);
  const warnings = runChecks({
    table,
    layout: built.layout,
    framework,
    figures,
    figureDefs,
    scored,
    leafByRef,
    settings: indicatorSettings,
    issues: [...found.issues, ...built.issues],
    textNumbers: built.textNumbers,
    pointsDiffer: built.pointsDiffer,
    reading: { ambiguities: found.ambiguities, suspects: found.suspects },
  });
  const matches = built.layout.leaves.map((l) => ({ path: l.path, sheet: l.sheet, scoreCell: l.scoreAddress ?? l.nameAddress, ruleId: l.ruleId }));
  return {
    ok: true,
    analysis: {
      snapshot,
      table,
      framework,
      matches,
      figures,
      scored,
      warnings,
      unitName: found.unitName,
      year: found.year,
      layout: built.layout,
      notes,
      settings,
      figureDefs,
      figureRows: found.rows,
    },
  };
}

import type { Change, WritePlan } from '../port';
import { parseA1 } from '../read';

/**
 * The rules every host applies to a write plan before writing anything: sheet names Excel and WPS
 * accept, single A1 addresses, finite values, non-empty formulas, #RRGGBB fills, column numbers and
 * widths in range, drop-down lists Excel can hold, sheets that exist when their change comes, and a visible sheet left at the end.
 * Hosts without a batch to roll back (WPS, files) refuse a plan whole on the first problem.
 */

export interface ExistingSheet {
  name: string;
  hidden: boolean;
}

export interface PlanProblem {
  /** 0-based index of the change, or null for the plan as a whole */
  index: number | null;
  /** Chinese, complete: "写入计划第 3 项无法执行：…" */
  message: string;
}

/** Asked of a host for an existing sheet's cell it can see and the plan cannot (merged ranges). */
export type CellProblem = (sheet: string, address: string) => string | null;

const ILLEGAL_SHEET_CHARS = /[*?:/\\[\]]/;
const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;
/** Excel reserves this name for its own change history; WPS opens such files with a renamed sheet. */
const RESERVED_SHEET_NAMES = ['history'];

/** Excel keeps a typed list (its choices joined by commas) in at most 255 characters. */
const LIST_LIMIT = 255;

/** Why these drop-down choices cannot be written, or null when they can. */
function listProblem(options: unknown): string | null {
  if (!Array.isArray(options) || options.length === 0) return '下拉列表的选项不能为空';
  for (const option of options) {
    if (typeof option !== 'string' || option.trim() === '') return '下拉列表的选项应为非空文字';
    // the comma separates choices in Excel's list source and in WPS's Formula1
    if (option.includes(',')) return `下拉列表的选项「${option}」含有逗号`;
  }
  const length = options.join(',').length;
  if (length > LIST_LIMIT) return `下拉列表的选项共 ${length} 个字符，超过 Excel 的 ${LIST_LIMIT} 个字符上限`;
  return null;
}

/** Why a sheet name cannot be used, or null when it can. */
export function sheetNameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.trim() === '') return '工作表名称不能为空';
  if (name.length > 31) return `工作表名称「${name}」超过 31 个字符`;
  if (ILLEGAL_SHEET_CHARS.test(name)) return `工作表名称「${name}」含有不允许的字符（* ? : / \\ [ ]）`;
  if (/^'|'$/.test(name)) return `工作表名称「${name}」不能以单引号开头或结尾`;
  if (RESERVED_SHEET_NAMES.includes(name.toLowerCase())) return `工作表名称「${name}」为 Excel 保留名称`;
  return null;
}

function changeProblem(change: Change, sheets: Map<string, ExistingSheet & { existing: boolean }>, cellProblem?: CellProblem): string | null {
  const entry = sheets.get(String(change.sheet).toLowerCase());
  const missing = entry ? null : `工作簿中没有名为「${change.sheet}」的工作表`;
  const badAddress = (address: string) => (typeof address !== 'string' || !parseA1(address) ? `「${change.sheet}」的单元格地址「${address}」无效` : null);
  switch (change.kind) {
    case 'add-sheet': {
      const problem = sheetNameProblem(change.sheet);
      if (problem) return problem;
      if (entry) return `工作表「${change.sheet}」已存在`;
      sheets.set(change.sheet.toLowerCase(), { name: change.sheet, hidden: Boolean(change.hidden), existing: false });
      return null;
    }
    case 'delete-sheet':
      if (missing) return missing;
      sheets.delete(change.sheet.toLowerCase());
      return null;
    case 'cell': {
      const v = change.value;
      const problem =
        missing ??
        badAddress(change.address) ??
        (v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) ? null : `「${change.sheet}」!${change.address} 的值类型无效`) ??
        (change.formula !== undefined && (typeof change.formula !== 'string' || change.formula.replace(/^=/, '').trim() === '') ? `「${change.sheet}」!${change.address} 的公式为空` : null) ??
        (change.style?.fill !== undefined && !HEX_COLOUR.test(change.style.fill) ? `填充颜色「${change.style.fill}」应为 #RRGGBB` : null);
      if (problem) return problem;
      return entry?.existing && cellProblem ? cellProblem(entry.name, change.address) : null;
    }
    case 'comment':
      return missing ?? badAddress(change.address) ?? (typeof change.text !== 'string' ? '批注内容无效' : null);
    case 'column-width':
      if (missing) return missing;
      if (!Number.isInteger(change.column) || change.column < 0 || change.column > 16383) return `「${change.sheet}」的列号 ${change.column} 无效`;
      if (!(typeof change.width === 'number' && change.width > 0 && change.width <= 255)) return `「${change.sheet}」的列宽 ${change.width} 无效（应在 0–255 之间）`;
      return null;
    case 'validation-list':
      return missing ?? badAddress(change.address) ?? (change.options === null ? null : listProblem(change.options));
    default:
      return `未知的修改类型「${(change as { kind?: unknown }).kind}」`;
  }
}

/** The first reason the plan cannot be carried out over these sheets, or null when it can. */
export function planProblem(existing: ExistingSheet[], plan: WritePlan, cellProblem?: CellProblem): PlanProblem | null {
  if (!plan || !Array.isArray(plan.changes)) return { index: null, message: '写入计划无效：缺少 changes 列表' };
  const sheets = new Map<string, ExistingSheet & { existing: boolean }>();
  for (const s of existing) sheets.set(s.name.toLowerCase(), { ...s, existing: true });
  for (let index = 0; index < plan.changes.length; index += 1) {
    const problem = changeProblem(plan.changes[index], sheets, cellProblem);
    if (problem) return { index, message: `写入计划第 ${index + 1} 项无法执行：${problem}` };
  }
  if (sheets.size === 0) return { index: null, message: '写入计划无法执行：执行后工作簿中将没有任何工作表' };
  if (![...sheets.values()].some((s) => !s.hidden)) return { index: null, message: '写入计划无法执行：执行后工作簿中将没有可见的工作表' };
  return null;
}

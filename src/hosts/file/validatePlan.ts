import ExcelJS from 'exceljs';
import { parseA1 } from '../../workbook/read';
import type { Change, WritePlan } from '../../workbook/port';
import { FileHostError } from './errors';

const ILLEGAL_SHEET_CHARS = /[*?:/\\[\]]/;
const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

function fail(message: string): never {
  throw new FileHostError('bad-plan', message);
}

/** Why a sheet name cannot be used, or null when it can. */
export function sheetNameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.trim() === '') return '工作表名称不能为空';
  if (name.length > 31) return `工作表名称「${name}」超过 31 个字符`;
  if (ILLEGAL_SHEET_CHARS.test(name)) return `工作表名称「${name}」含有不允许的字符（* ? : / \\ [ ]）`;
  if (/^'|'$/.test(name)) return `工作表名称「${name}」不能以单引号开头或结尾`;
  if (name === 'History') return '工作表名称「History」为 Excel 保留名称';
  return null;
}

/** The merged range (e.g. "A5:A8") covering `address` when the cell is not its top-left master. */
function mergedSlaveOf(ws: ExcelJS.Worksheet, address: string): string | null {
  const cell = ws.getCell(address);
  if (cell.type !== ExcelJS.ValueType.Merge) return null;
  const master = cell.master;
  for (const range of Object.values((ws as unknown as { _merges: Record<string, { range: string; tl: string }> })._merges)) {
    if (range.tl === master.address) return range.range;
  }
  return `${master.address}:…`;
}

/**
 * Checks a whole plan against the workbook before anything is written, so a bad plan changes
 * nothing: every sheet must exist at the point its change comes (or be added earlier in the plan),
 * addresses must be single A1 cells, cells inside a merged range other than its master are refused,
 * and at least one visible sheet must remain.
 */
export function validatePlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  if (!plan || !Array.isArray(plan.changes)) fail('写入计划无效：缺少 changes 列表');
  /** lower-cased name → { name, hidden, existing worksheet or null when added by the plan } */
  const sheets = new Map<string, { name: string; hidden: boolean; ws: ExcelJS.Worksheet | null }>();
  for (const ws of workbook.worksheets) {
    sheets.set(ws.name.toLowerCase(), { name: ws.name, hidden: ws.state !== 'visible', ws });
  }
  const need = (change: Change, index: number) => {
    const entry = sheets.get(String(change.sheet).toLowerCase());
    if (!entry) fail(`写入计划第 ${index + 1} 项无法执行：工作簿中没有名为「${change.sheet}」的工作表`);
    return entry;
  };
  const needAddress = (sheet: string, address: string, index: number) => {
    if (typeof address !== 'string' || !parseA1(address)) {
      fail(`写入计划第 ${index + 1} 项无法执行：「${sheet}」的单元格地址「${address}」无效`);
    }
  };

  plan.changes.forEach((change, index) => {
    switch (change.kind) {
      case 'add-sheet': {
        const problem = sheetNameProblem(change.sheet);
        if (problem) fail(`写入计划第 ${index + 1} 项无法执行：${problem}`);
        if (sheets.has(change.sheet.toLowerCase())) fail(`写入计划第 ${index + 1} 项无法执行：工作表「${change.sheet}」已存在`);
        sheets.set(change.sheet.toLowerCase(), { name: change.sheet, hidden: Boolean(change.hidden), ws: null });
        break;
      }
      case 'delete-sheet': {
        need(change, index);
        sheets.delete(change.sheet.toLowerCase());
        break;
      }
      case 'cell': {
        const entry = need(change, index);
        needAddress(change.sheet, change.address, index);
        const v = change.value;
        if (!(v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) {
          fail(`写入计划第 ${index + 1} 项无法执行：「${change.sheet}」!${change.address} 的值类型无效`);
        }
        if (change.formula !== undefined && (typeof change.formula !== 'string' || change.formula.replace(/^=/, '').trim() === '')) {
          fail(`写入计划第 ${index + 1} 项无法执行：「${change.sheet}」!${change.address} 的公式为空`);
        }
        if (change.style?.fill !== undefined && !HEX_COLOUR.test(change.style.fill)) {
          fail(`写入计划第 ${index + 1} 项无法执行：填充颜色「${change.style.fill}」应为 #RRGGBB`);
        }
        if (entry.ws) {
          const merged = mergedSlaveOf(entry.ws, change.address);
          if (merged) {
            fail(`写入计划第 ${index + 1} 项无法执行：「${change.sheet}」!${change.address} 位于合并区域 ${merged} 内，只能写入其左上角单元格`);
          }
        }
        break;
      }
      case 'comment': {
        need(change, index);
        needAddress(change.sheet, change.address, index);
        if (typeof change.text !== 'string') fail(`写入计划第 ${index + 1} 项无法执行：批注内容无效`);
        break;
      }
      case 'column-width': {
        need(change, index);
        if (!Number.isInteger(change.column) || change.column < 0 || change.column > 16383) {
          fail(`写入计划第 ${index + 1} 项无法执行：「${change.sheet}」的列号 ${change.column} 无效`);
        }
        if (!(typeof change.width === 'number' && change.width > 0 && change.width <= 255)) {
          fail(`写入计划第 ${index + 1} 项无法执行：「${change.sheet}」的列宽 ${change.width} 无效（应在 0–255 之间）`);
        }
        break;
      }
      default:
        fail(`写入计划第 ${index + 1} 项无法执行：未知的修改类型「${(change as { kind?: unknown }).kind}」`);
    }
  });
  if (sheets.size === 0) fail('写入计划无法执行：执行后工作簿中将没有任何工作表');
  if (![...sheets.values()].some((s) => !s.hidden)) fail('写入计划无法执行：执行后工作簿中将没有可见的工作表');
}

/**
 * A plan is checked against the open workbook before anything is written: the ET model has no
 * batch to roll back, so a plan that would fail half-way must be refused whole.
 */
import { parseA1 } from '../../workbook/read';
import type { Change, WritePlan } from '../../workbook/port';
import { WpsHostError } from './errors';

const ILLEGAL_SHEET_CHARS = /[*?:/\\[\]]/;
const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;

export interface ExistingSheet {
  name: string;
  hidden: boolean;
}

function fail(index: number, message: string): never {
  throw new WpsHostError(`写入计划第 ${index + 1} 项无法执行：${message}`);
}

function nameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.trim() === '') return '工作表名称不能为空';
  if (name.length > 31) return `工作表名称「${name}」超过 31 个字符`;
  if (ILLEGAL_SHEET_CHARS.test(name)) return `工作表名称「${name}」含有不允许的字符（* ? : / \\ [ ]）`;
  if (/^'|'$/.test(name)) return `工作表名称「${name}」不能以单引号开头或结尾`;
  return null;
}

export function validatePlan(existing: ExistingSheet[], plan: WritePlan): void {
  if (!plan || !Array.isArray(plan.changes)) throw new WpsHostError('写入计划无效：缺少 changes 列表');
  const sheets = new Map<string, ExistingSheet>();
  for (const s of existing) sheets.set(s.name.toLowerCase(), s);
  const need = (change: Change, index: number) => {
    if (!sheets.has(String(change.sheet).toLowerCase())) fail(index, `工作簿中没有名为「${change.sheet}」的工作表`);
  };
  const needCell = (change: { sheet: string; address: string }, index: number) => {
    if (typeof change.address !== 'string' || !parseA1(change.address)) fail(index, `「${change.sheet}」的单元格地址「${change.address}」无效`);
  };
  plan.changes.forEach((change, index) => {
    switch (change.kind) {
      case 'add-sheet': {
        const problem = nameProblem(change.sheet);
        if (problem) fail(index, problem);
        if (sheets.has(change.sheet.toLowerCase())) fail(index, `工作表「${change.sheet}」已存在`);
        sheets.set(change.sheet.toLowerCase(), { name: change.sheet, hidden: Boolean(change.hidden) });
        break;
      }
      case 'delete-sheet':
        need(change, index);
        sheets.delete(change.sheet.toLowerCase());
        break;
      case 'cell': {
        need(change, index);
        needCell(change, index);
        const v = change.value;
        if (!(v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) {
          fail(index, `「${change.sheet}」!${change.address} 的值类型无效`);
        }
        if (change.formula !== undefined && (typeof change.formula !== 'string' || change.formula.replace(/^=/, '').trim() === '')) {
          fail(index, `「${change.sheet}」!${change.address} 的公式为空`);
        }
        if (change.style && change.style.fill !== undefined && !HEX_COLOUR.test(change.style.fill)) {
          fail(index, `填充颜色「${change.style.fill}」应为 #RRGGBB`);
        }
        break;
      }
      case 'comment':
        need(change, index);
        needCell(change, index);
        if (typeof change.text !== 'string') fail(index, '批注内容无效');
        break;
      case 'column-width':
        need(change, index);
        if (!Number.isInteger(change.column) || change.column < 0 || change.column > 16383) fail(index, `「${change.sheet}」的列号 ${change.column} 无效`);
        if (!(typeof change.width === 'number' && change.width > 0 && change.width <= 255)) fail(index, `「${change.sheet}」的列宽 ${change.width} 无效（应在 0–255 之间）`);
        break;
      default:
        fail(index, `未知的修改类型「${(change as { kind?: unknown }).kind}」`);
    }
  });
  if (![...sheets.values()].some((s) => !s.hidden)) throw new WpsHostError('写入计划无法执行：执行后工作簿中将没有可见的工作表');
}

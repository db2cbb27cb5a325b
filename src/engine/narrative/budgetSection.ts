import { percent, wan } from '../decimal';
import { isNumberFigure } from '../quantity';
import { CellList, numberOf, quarterlyProgress } from './figureText';
import { selfReference, yearLabel } from './format';
import type { NarrativeInput, Paragraph } from './types';

const SECTION = '预算执行情况';

/**
 * 预算执行情况 (seed 002 §（四）): budget, adjusted budget, spending with their 基本/项目 split, the
 * execution rate and quarterly progress; then 政府采购; then “三公” and 日常公用经费 control. Each
 * sentence only when its figures are in the workbook.
 */
export function budgetSection(input: NarrativeInput): Paragraph[] {
  return [spending(input), procurement(input), publicFunds(input)].filter((p): p is Paragraph => p !== null);
}

function amount(input: NarrativeInput, cells: CellList, id: string): string | null {
  const f = cells.figure(input, id);
  return f && isNumberFigure(f.value) ? wan(f.value) : null;
}

/** "，其中基本支出1,401.66万元（包括人员经费…），项目支出534.46万元" for the parts present. */
function split(input: NarrativeInput, cells: CellList, basic: string, project: string, personnel?: string, pub?: string): string {
  const b = amount(input, cells, basic);
  const person = b && personnel ? amount(input, cells, personnel) : null;
  const common = b && pub ? amount(input, cells, pub) : null;
  const inner = [person ? `人员经费${person}` : null, common ? `公用经费${common}` : null].filter((t): t is string => t !== null);
  const p = amount(input, cells, project);
  const parts = [b ? `基本支出${b}${inner.length > 0 ? `（包括${inner.join('，')}）` : ''}` : null, p ? `项目支出${p}` : null].filter((t): t is string => t !== null);
  return parts.length > 0 ? `，其中${parts.join('，')}` : '';
}

function spending(input: NarrativeInput): Paragraph | null {
  const cells = new CellList();
  const year = yearLabel(input.year);
  const self = selfReference(input.unitName);
  const sentences: string[] = [];
  const initial = amount(input, cells, 'budget.initial');
  if (initial) sentences.push(`${year}，${self}年初预算${initial}${split(input, cells, 'budget.initial.basic', 'budget.initial.project', 'budget.initial.personnel', 'budget.initial.public')}。`);
  const adjusted = amount(input, cells, 'budget.adjusted');
  if (adjusted) sentences.push(`调整后年度预算${adjusted}${split(input, cells, 'budget.adjusted.basic', 'budget.adjusted.project')}。`);
  const spent = amount(input, cells, 'spending.total');
  if (spent) sentences.push(`${sentences.length === 0 ? `${year}，${self}` : ''}全年执行预算支出${spent}${split(input, cells, 'spending.basic', 'spending.project')}。`);

  const rate = executionRate(input, cells);
  const quarters = quarterlyProgress(input, cells);
  if (rate && quarters) sentences.push(`${year}预算执行率为${rate}，其中${quarters}。`);
  else if (rate) sentences.push(`${year}预算执行率为${rate}。`);
  else if (quarters) sentences.push(`${year}${quarters}。`);
  if (sentences.length === 0) return null;
  return { section: SECTION, heading: '资金支出情况', text: sentences.join(''), cells: cells.cells };
}

/** The rate the workbook states; else 全年支出 ÷ 调整后预算 when both are there. */
function executionRate(input: NarrativeInput, cells: CellList): string | null {
  const stated = cells.figure(input, 'execution.rate');
  if (stated && isNumberFigure(stated.value)) return percent(stated.value);
  const spent = numberOf(input, 'spending.total');
  const budget = numberOf(input, 'budget.adjusted');
  if (spent === null || budget === null || budget.isZero()) return null;
  return percent(spent.div(budget));
}

function procurement(input: NarrativeInput): Paragraph | null {
  const cells = new CellList();
  const plan = amount(input, cells, 'procurement.plan');
  const actual = amount(input, cells, 'procurement.actual');
  const statedRate = cells.figure(input, 'procurement.rate');
  let rate: string | null = statedRate && isNumberFigure(statedRate.value) ? percent(statedRate.value) : null;
  const planValue = numberOf(input, 'procurement.plan');
  const actualValue = numberOf(input, 'procurement.actual');
  if (rate === null && planValue && actualValue && !planValue.isZero()) rate = percent(actualValue.div(planValue));
  const parts = [plan ? `政府采购计划金额为${plan}` : null, actual ? `实际采购金额为${actual}` : null, rate ? `政府采购执行率为${rate}` : null].filter(
    (t): t is string => t !== null,
  );
  if (parts.length === 0) return null;
  const text = `政府采购方面，${yearLabel(input.year)}${selfReference(input.unitName)}${parts.join('，')}。`;
  return { section: SECTION, heading: '政府采购执行情况', text, cells: cells.cells };
}

/** “三公”经费 and 日常公用经费: budget, actual and the control rate actual ÷ budget. */
function publicFunds(input: NarrativeInput): Paragraph | null {
  const cells = new CellList();
  const clause = (budgetId: string, actualId: string, name: string, budgetWord: string, actualWord: string): string | null => {
    const budget = amount(input, cells, budgetId);
    const actual = amount(input, cells, actualId);
    const b = numberOf(input, budgetId);
    const a = numberOf(input, actualId);
    const parts = [budget ? `${name}${budgetWord}为${budget}` : null, actual ? `${actualWord}${actual}` : null].filter((t): t is string => t !== null);
    if (b && a && !b.isZero()) parts.push(`${name}控制率为${percent(a.div(b))}`);
    return parts.length > 0 ? parts.join('，') : null;
  };
  const three = clause('threePublic.budget', 'threePublic.actual', '“三公”经费', '全年预算数', '实际支出');
  const daily = clause('dailyPublic.budget', 'dailyPublic.actual', '日常公用经费', '调整后预算数', '实际支出数为');
  const both = [three, daily].filter((t): t is string => t !== null);
  if (both.length === 0) return null;
  return { section: SECTION, heading: '公用经费控制情况', text: `${yearLabel(input.year)}，${both.join('；')}。`, cells: cells.cells };
}

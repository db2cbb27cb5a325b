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
  if (adjusted) sentences.push(`${sentences.length === 0 ? `${year}，${self}` : ''}调整后年度预算${adjusted}${split(input, cells, 'budget.adjusted.basic', 'budget.adjusted.project')}。`);
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

interface FundTerms {
  /** the subject every clause names: “三公”经费 / 日常公用经费 */
  name: string;
  budgetId: string;
  actualId: string;
  /** 全年预算数 / 调整后预算数 */
  budgetNoun: string;
  /** how the actual reads after the subject (实际支出 / 实际支出数为) and as a noun when missing */
  actualLead: string;
  actualNoun: string;
}

const FUNDS: FundTerms[] = [
  { name: '“三公”经费', budgetId: 'threePublic.budget', actualId: 'threePublic.actual', budgetNoun: '全年预算数', actualLead: '实际支出', actualNoun: '实际支出数' },
  { name: '日常公用经费', budgetId: 'dailyPublic.budget', actualId: 'dailyPublic.actual', budgetNoun: '调整后预算数', actualLead: '实际支出数为', actualNoun: '实际支出数' },
];

/**
 * Why a figure gives no amount: held as text that is not one, or not among the figures at all (the
 * analysis leaves out both a figure the workbook lacks and one it cannot read, so that case names both).
 */
function whyNoAmount(input: NarrativeInput, id: string, noun: string): string {
  return input.figures.has(id) ? `${noun}无法识别为金额` : `${noun}未填报或无法识别`;
}

/**
 * For the 检查说明: a fund whose budget or actual does not read as an amount, so the report states the
 * other alone and no control rate: “日常公用经费调整后预算数未填报或无法识别，报告未写控制率”.
 */
export function fundNotes(input: NarrativeInput): string[] {
  const out: string[] = [];
  for (const t of FUNDS) {
    const budget = numberOf(input, t.budgetId);
    const actual = numberOf(input, t.actualId);
    if (budget && !actual) out.push(`${t.name}${whyNoAmount(input, t.actualId, t.actualNoun)}，报告只写了${t.budgetNoun}，未写控制率。`);
    if (actual && !budget) out.push(`${t.name}${whyNoAmount(input, t.budgetId, t.budgetNoun)}，报告只写了${t.actualNoun}，未写控制率。`);
  }
  return out;
}

/** One fund's clause; every part names the fund, so a clause never starts without its subject. */
function fundClause(input: NarrativeInput, cells: CellList, t: FundTerms): string | null {
  const budget = amount(input, cells, t.budgetId);
  const actual = amount(input, cells, t.actualId);
  if (budget && actual) {
    const b = numberOf(input, t.budgetId)!;
    const a = numberOf(input, t.actualId)!;
    const parts = [`${t.name}${t.budgetNoun}为${budget}`, `${t.actualLead}${actual}`];
    if (!b.isZero()) parts.push(`${t.name}控制率为${percent(a.div(b))}`);
    return parts.join('，');
  }
  if (budget) return `${t.name}${t.budgetNoun}为${budget}`;
  if (actual) return `${t.name}${t.actualLead}${actual}`;
  return null;
}

/** “三公”经费 and 日常公用经费: budget, actual and the control rate actual ÷ budget. */
function publicFunds(input: NarrativeInput): Paragraph | null {
  const cells = new CellList();
  const clauses = FUNDS.map((t) => fundClause(input, cells, t)).filter((t): t is string => t !== null);
  if (clauses.length === 0) return null;
  return { section: SECTION, heading: '公用经费控制情况', text: `${yearLabel(input.year)}，${clauses.join('；')}。`, cells: cells.cells };
}

import type { Dec } from '../../engine/decimal';
import { sameScores } from '../../engine/sameScores';
import type { IndicatorSettings, Quantity, Rule } from '../../engine/types';
import type { FigureDef, FigureKind, FrameworkLeaf } from '../../frameworks/types';
import { normaliseLabel, type RuleSource } from '../read';
import { parseStandard, printReading, toEngineRule, type DefiniteReading, type Reading } from '../rules';

/**
 * Which rule scores a leaf, and where it came from. The table's own 评分标准 decides: a framework's rule
 * is used only where that text says the same (the same published text, or a reading that scores alike
 * at every threshold), or where the row has no text and the framework is clearly the table's. Text that
 * is read but differs is scored by what it says; text that is not understood leaves a judgement score
 * and says why. A framework rule not used is offered, never applied.
 */


/** The ids of rules read from a row's own text, and of rules the user confirmed. */
export const TEXT_RULE_ID = 'table-standard';
export const CONFIRMED_RULE_ID = 'confirmed';

export interface LeafRuleChoice {
  rule: (Rule & { id: string }) | null;
  source: RuleSource;
  /** the rule read from the text (or the confirmed rule), when one was read */
  reading: Reading | null;
  /** that reading in plain Chinese, as the pane shows it and the settings store a confirmed rule */
  readingText: string | null;
  /** Chinese: why this leaf is scored as it is */
  note: string;
  /** the framework's leaf, when its rule was matched by name but not applied */
  offered: FrameworkLeaf | null;
  /** checklists and counts from text: judged by eye when 基础数据 gives none of their figures */
  judgementWhenMissing: boolean;
}

export interface LeafRuleInput {
  name: string;
  points: Dec;
  /** the row's 评分标准 and 指标说明 text ('' when blank or the table has no such column) */
  standard: string;
  definition: string;
  /** the framework leaf matched by name, and its rule with the table's points */
  frameworkLeaf: FrameworkLeaf | null;
  frameworkRule: (Rule & { id: string }) | null;
  frameworkTitle: string;
  /** the framework is clearly this table's (most leaf names and points agree) */
  frameworkFits: boolean;
  /** a rule the user confirmed for this leaf, as printed (from the workbook's settings) */
  confirmed?: string;
  settings?: Partial<IndicatorSettings>;
}

const label = normaliseLabel;

/** Names in rule texts to figures: known figures by label and synonym, and a new figure for any other name. */
export class FigureNames {
  private readonly index = new Map<string, string>();
  /** figures first named by a rule text, to be looked up in 基础数据 by their own label */
  readonly added: Record<string, FigureDef> = {};

  constructor(known: Record<string, FigureDef>) {
    for (const [id, def] of Object.entries(known)) {
      for (const name of [def.label, ...(def.synonyms ?? [])]) if (!this.index.has(label(name))) this.index.set(label(name), id);
    }
  }

  idFor(name: string, kind: FigureKind, unit: string): string {
    const key = label(name);
    const known = this.index.get(key);
    if (known) return known;
    const id = `text.${key}`;
    this.added[id] = { label: name, kind, unit };
    this.index.set(key, id);
    return id;
  }
}

const AMOUNT_WORDS = /金额|资金|经费|预算|支出|收入|成本|费用/;

/** What a name in a reading measures, so a new figure is parsed as the right kind. */
function kindOf(reading: DefiniteReading, name: string): { kind: FigureKind; unit: string } {
  if (reading.veto?.includes(name) || reading.grant?.includes(name) || reading.kind === 'checklist') return { kind: 'flag', unit: '' };
  if (reading.kind === 'deduct') return { kind: 'count', unit: '项' };
  if ((reading.kind === 'tiers' || reading.kind === 'per-point') && reading.unit === '%') return { kind: 'rate', unit: '%' };
  if (reading.kind === 'ratio' && reading.measure === name) return { kind: 'rate', unit: '%' };
  return AMOUNT_WORDS.test(name) ? { kind: 'amount', unit: '万元' } : { kind: 'count', unit: '' };
}

/** The figures a framework rule reads for each role a reading names (its measure, its parts, its items). */
function frameworkRoles(reading: DefiniteReading, rule: Rule): (name: string) => Quantity | undefined {
  return (name) => {
    if ((reading.kind === 'tiers' || reading.kind === 'per-point') && (rule.kind === 'tiers' || rule.kind === 'threshold-deduct')) return rule.value;
    if (reading.kind === 'ratio' && rule.kind === 'ratio') {
      if (reading.measure === name) return { op: 'div', args: [rule.actual, rule.target] };
      if (reading.numerator === name) return rule.actual;
      if (reading.denominator === name) return rule.target;
    }
    if (reading.kind === 'deduct' && rule.kind === 'deduct') return rule.count;
    if (reading.kind === 'checklist' && rule.kind === 'checklist' && reading.items.length === rule.items.length) {
      const i = reading.items.findIndex((item) => item.text === name);
      return i >= 0 ? rule.items[i].figure : undefined;
    }
    return undefined;
  };
}

/**
 * Readings by text: parsing is pure, and a batch of units (or a reviewer's re-runs) prints the same
 * 评分标准 again and again. Bounded, oldest first out.
 */
const READINGS = new Map<string, Reading>();
const READINGS_KEPT = 2000;

function readStandard(text: string, points: string, definition: string): Reading {
  const key = `${points}\u0000${definition}\u0000${text}`;
  const known = READINGS.get(key);
  if (known) return known;
  const reading = parseStandard({ text, points, ...(definition ? { definition } : {}) });
  if (READINGS.size >= READINGS_KEPT) READINGS.delete(READINGS.keys().next().value as string);
  READINGS.set(key, reading);
  return reading;
}

const isDefinite = (r: Reading): r is DefiniteReading => r.kind !== 'judgement' && r.kind !== 'ambiguous' && r.kind !== 'not-understood';

function foldText(t: string): string {
  return normaliseLabel(t).replace(/[，。；：、,.;:（）()\s]/g, '');
}

/** Texts compared as published: width, spaces and punctuation folded. */
function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && foldText(a) !== '' && foldText(a) === foldText(b);
}

function whyNot(reading: Reading): string {
  if (reading.kind === 'judgement') return `评分标准由评价人判断（${reading.why}）`;
  if (reading.kind === 'ambiguous') return `评分标准可有两种读法（${reading.why}）`;
  if (reading.kind === 'not-understood') return `评分标准未能读懂（${reading.why}）`;
  return '';
}

/**
 * The framework's figures for a measure the text names as the indicator itself ("在职人员控制率" under
 * the leaf of that name): the same indicator measured the same way, whatever the text scores it by.
 */
function sameMeasure(reading: DefiniteReading, input: LeafRuleInput): (name: string) => Quantity | undefined {
  const own = new Set([input.name, ...(input.frameworkLeaf?.names ?? [])].map(label));
  const roles = input.frameworkRule ? frameworkRoles(reading, input.frameworkRule) : () => undefined;
  return (name) => (own.has(label(name)) ? roles(name) : undefined);
}

function fromReading(reading: Reading, input: LeafRuleInput, names: FigureNames, id: string): { rule: (Rule & { id: string }) | null; why: string } {
  if (!isDefinite(reading)) return { rule: null, why: whyNot(reading) };
  const measured = sameMeasure(reading, input);
  const converted = toEngineRule(reading, input.points.toString(), (name) => measured(name) ?? names.idFor(name, kindOf(reading, name).kind, kindOf(reading, name).unit));
  if (converted.ok) return { rule: { ...converted.rule, id }, why: '' };
  return { rule: null, why: 'unsupported' in converted ? `读出的规则暂不能计算（${converted.unsupported}）` : `缺少数据：${converted.needs.join('、')}` };
}

export function chooseLeafRule(input: LeafRuleInput, names: FigureNames): LeafRuleChoice {
  const { frameworkLeaf, frameworkRule } = input;
  const base = { reading: null, readingText: null, offered: null, judgementWhenMissing: false };
  const counted = (r: Reading | null) => r !== null && (r.kind === 'checklist' || r.kind === 'deduct');

  if (input.confirmed !== undefined) {
    const reading = readStandard(input.confirmed, input.points.toString(), '');
    const { rule, why } = fromReading(reading, input, names, CONFIRMED_RULE_ID);
    const readingText = isDefinite(reading) ? printReading(reading) : null;
    return rule
      ? { ...base, rule, source: 'user', reading, readingText, note: `按已确认的规则评分：${readingText}`, judgementWhenMissing: counted(reading) }
      : { ...base, rule: null, source: 'none', reading, readingText, note: `已确认的规则“${input.confirmed}”无法使用：${why}，按判断评分` };
  }

  if (input.standard.trim() === '') {
    if (frameworkRule && input.frameworkFits) return { ...base, rule: frameworkRule, source: 'framework', note: `表中无评分标准，按“${input.frameworkTitle}”的同名指标评分` };
    if (frameworkRule) return { ...base, rule: null, source: 'none', offered: frameworkLeaf, note: `表中无评分标准，且“${input.frameworkTitle}”不能确定是本表的指标体系：按判断评分，可选用其规则` };
    return { ...base, rule: null, source: 'none', note: '表中无评分标准，也没有同名指标的规则：按判断评分' };
  }

  const reading = readStandard(input.standard, input.points.toString(), input.definition);
  const readingText = isDefinite(reading) ? printReading(reading) : null;
  if (frameworkRule && frameworkLeaf) {
    if (sameText(frameworkLeaf.standard, input.standard)) {
      return { ...base, rule: frameworkRule, source: 'table-text', reading, readingText, note: `评分标准与“${input.frameworkTitle}”所载文字相同，按其规则评分` };
    }
    if (isDefinite(reading)) {
      const asFramework = toEngineRule(reading, input.points.toString(), frameworkRoles(reading, frameworkRule));
      if (asFramework.ok && sameScores(asFramework.rule, frameworkRule, input.settings)) {
        return { ...base, rule: frameworkRule, source: 'table-text', reading, readingText, note: `评分标准读作：${readingText}（与“${input.frameworkTitle}”的规则一致）` };
      }
    }
  }
  const offered = frameworkRule ? frameworkLeaf : null;
  const differs = offered ? `；“${input.frameworkTitle}”的同名规则与之不同，未采用，可选用` : '';
  const { rule, why } = fromReading(reading, input, names, TEXT_RULE_ID);
  if (rule) {
    return { ...base, rule, source: 'table-text', reading, readingText, offered, note: `按表内评分标准评分：${readingText}${differs}`, judgementWhenMissing: counted(reading) };
  }
  return { ...base, rule: null, source: 'none', reading, readingText, offered, note: `${why}：按判断评分${differs}` };
}

/** How each source reads in the pane, the command line and the report. */
export const RULE_SOURCE_NAMES: Record<RuleSource, string> = {
  'table-text': '表内评分标准',
  framework: '指标体系同名指标',
  user: '用户确认',
  form: '表式规则（指标值与实际完成值）',
  none: '判断评分',
};

/** Why a rule written in plain words cannot be used; `why` is the grammar's own Chinese reason. */
export interface RuleTextProblem {
  kind: 'judgement' | 'ambiguous' | 'not-understood' | 'unsupported';
  why: string;
}

/**
 * A rule written in plain words (a user's correction in 识别), read as a confirmed rule is read: printed
 * back in the words the settings will hold, or why it cannot be used. Which figures its names stand for
 * is the analysis's business once it is confirmed.
 */
export function readRuleText(text: string, points: string): { printed: string } | { problem: RuleTextProblem } {
  const reading = readStandard(text.trim(), points, '');
  if (!isDefinite(reading)) return { problem: { kind: reading.kind, why: reading.why } };
  const rule = toEngineRule(reading, points, (name) => name);
  if (!rule.ok && 'unsupported' in rule) return { problem: { kind: 'unsupported', why: rule.unsupported } };
  return { printed: printReading(reading) };
}

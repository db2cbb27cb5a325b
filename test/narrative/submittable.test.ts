/**
 * A generated 自评报告 reads as the seeds' reports read (domain.md §7): every paragraph of its body is
 * checked for the tool's own vocabulary, for formula symbols and for any number that is neither in the
 * workbook nor in the scoring result. Diagnostics belong to the 检查说明, which is checked to carry them.
 * Run over each example workbook and over a clerk-worded one built from a published form.
 */
import { buildCheckNotes, buildNarrative, type Paragraph } from '../../src/engine/narrative';
import { FileHost } from '../../src/hosts/file';
import { analyse } from '../../src/workbook/analyse/analyse';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { narrativeInputFromAnalysis } from '../../src/workbook/analyse/narrativeInput';
import { loadRealForm, realFormXlsx, type RealForm } from '../realForms/corpus';
import { exampleAnalysis } from './fixtures';
import { allowedNumbers, unexplainedNumbers, withoutWorkbookQuotes } from './numbers';

/** Words a submitted report never uses: how the tool works, what it checked, what the workbook lacks. */
const TOOL_WORDS = ['系统', '推算', '规则', '填报得分', '判断评分', '计分依据', '复核', '核验', '工作簿', '检查', '未写明', '未填写', '应予补充', '评分表中', '以复核后为准'];
/** Formula symbols and the engine's notation: ×, ÷, =, min(…), max(…), intervals such as [12, 16). */
const FORMULA = /[×÷=]|\bmin\(|\bmax\(|[[(]\s*\d+(?:\.\d+)?\s*,\s*\d+(?:\.\d+)?\s*[\])]/;

function problems(paragraphs: readonly Paragraph[], analysis: Analysis): string[] {
  const allowed = allowedNumbers(analysis);
  const out: string[] = [];
  for (const p of paragraphs) {
    // text quoted from the workbook (a target, a reason) is the unit's own words: not ours to judge
    const own = withoutWorkbookQuotes(p.text, analysis);
    for (const w of TOOL_WORDS) if (own.includes(w)) out.push(`“${w}” in ${p.text}`);
    if (FORMULA.test(own)) out.push(`formula in ${p.text}`);
    for (const n of unexplainedNumbers(p.text, analysis, allowed)) out.push(`${n} in ${p.text}`);
  }
  return out;
}

/** A published form's grid (its wording as printed), read back through the file host as `perfscore report` reads it. */
async function formAnalysis(form: RealForm): Promise<Analysis> {
  const host = await FileHost.fromBuffer(await realFormXlsx(form), `${form.id}.xlsx`);
  const result = analyse(await host.readSnapshot());
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

/**
 * 鄂州市财政局 2019 项目支出绩效自评表 (购买第三方服务), source
 * https://czj.ezhou.gov.cn/ztzl/czyjsgk/202008/t20200825_350895.html (test/fixtures/real), with three
 * target cells retyped the way clerks type them — our variation, same values: a space after the sign,
 * full-width ≧, and a five-digit figure (服务对象人数 as 20000人次 in both target and actual).
 */
function clerkWorded(): RealForm {
  const form = loadRealForm('project-hubei-ezhou-disanfang.json');
  const rows = form.sheet.rows.map((r) => [...r]);
  const edit = (name: string, target: string, actual?: string) => {
    const row = rows.find((r) => r[3] === name);
    if (!row) throw new Error(`no row ${name}`);
    row[4] = target;
    if (actual !== undefined) row[5] = actual;
  };
  edit('服务对象人数', '≥ 20000人次', '20000人次');
  edit('服务达标率', '≧80%');
  edit('受益群体满意度', '＝90%');
  return { ...form, sheet: { ...form.sheet, rows } };
}

/** Each case with notes its 检查说明 must hold (worked from the workbook by hand) and the body must not. */
const EZHOU_NOTES = [
  // 实际完成值 “≥80%” is a target's wording, not an actual: the row's typed 15 stands unverified
  '财政工作运行效率：缺少可计分的“实际完成值”，无法按评分标准核验，报告中的15.00分是单位自评分。',
  '工作簿检查发现错误',
];
const CASES: [string, () => Promise<Analysis>, string[]][] = [
  ['examples/shenzhen-2024.xlsx', () => exampleAnalysis('shenzhen-2024.xlsx'), ['11 项指标为判断评分', '社会效益、经济效益、生态效益及持续影响等扣1.00分，评分表中未写扣分理由']],
  ['examples/national-project.xlsx', () => exampleAnalysis('national-project.xlsx'), ['项目完成时限扣1.00分，评分表中未写偏差原因分析']],
  [
    'examples/guangzhou-2023.xlsx',
    () => exampleAnalysis('guangzhou-2023.xlsx'),
    ['部门预算资金支出率：缺少可计分的“年度平均执行率”', '27 项指标为判断评分', '合同备案时效性扣1.00分，评分表中未写扣分理由', '工作簿检查发现错误 1 条'],
  ],
  ['鄂州 published form, as printed', () => formAnalysis(loadRealForm('project-hubei-ezhou-disanfang.json')), EZHOU_NOTES],
  ['鄂州 published form, clerk-worded targets', () => formAnalysis(clerkWorded()), EZHOU_NOTES],
];

describe.each(CASES)('the 自评报告 of %s', (_name, load, expectedNotes) => {
  let analysis: Analysis;
  let body: Paragraph[];
  let notes: Paragraph[];
  beforeAll(async () => {
    analysis = await load();
    const input = narrativeInputFromAnalysis(analysis);
    body = buildNarrative(input);
    notes = buildCheckNotes(input);
  });

  test('no paragraph of the body holds tool vocabulary, a formula or a number from nowhere', () => {
    expect(body.length).toBeGreaterThan(0);
    expect(problems(body, analysis)).toEqual([]);
    expect(body.every((p) => p.section !== '检查说明')).toBe(true);
  });

  test('the 检查说明 is where the diagnostics went', () => {
    expect(notes.every((n) => n.section === '检查说明')).toBe(true);
    const noteText = notes.map((n) => n.text).join('\n');
    const bodyText = body.map((p) => p.text).join('\n');
    for (const expected of expectedNotes) {
      expect(noteText).toContain(expected);
      expect(bodyText).not.toContain(expected);
    }
  });
});

describe('the clerk-worded form', () => {
  test('targets as the report prints them: ≥20,000人次, ≥80%, =90%', async () => {
    const analysis = await formAnalysis(clerkWorded());
    const input = narrativeInputFromAnalysis(analysis);
    const text = buildNarrative(input).map((p) => p.text).join('\n');
    expect(text).toContain('服务对象人数年度指标值“≥20,000人次”，实际完成值“20,000人次”');
    expect(text).toContain('服务达标率年度指标值“≥80%”');
    expect(text).toContain('受益群体满意度年度指标值“=90%”');
    for (const typed of ['≥ 20000', '≧', '＝']) expect(text).not.toContain(typed);
    // 计划完成率: 60% ÷ 90% × 20 = 13.33 (the form says 10), and the form does give its reason
    expect(text).toContain('计划完成率年度指标值“90%”，实际完成值“60%”，得分13.33分（分值20.00分），扣6.67分。偏差原因分析：“部分项目延续至下年”。');
  });

  test('the check itself catches what it is for', async () => {
    const analysis = await exampleAnalysis('shenzhen-2024.xlsx');
    const planted: Paragraph[] = [
      { section: '扣分情况', text: '政府采购执行率 = 4.73 ÷ 5.34 = 88.58%，得分 = min(88.58%, 100.00%) × 1 = 0.8858。', cells: [] },
      { section: '扣分情况', text: '政府采购政策功能落实为判断评分，按填报得分推算为 1 分。', cells: [] },
      { section: '自评结论', text: '得分应在 [12, 16) 之间，评分表中未写明扣分理由。', cells: [] },
    ];
    const found = problems(planted, analysis);
    for (const expected of ['formula in 政府采购执行率', '“推算”', '“填报得分”', '“判断评分”', '“评分表中”', 'formula in 得分应在']) {
      expect(found.some((f) => f.includes(expected))).toBe(true);
    }
    // 12 and 16 are in neither the workbook nor the result
    expect(found.filter((f) => /^(12|16)\D/.test(f))).toHaveLength(2);
  });
});

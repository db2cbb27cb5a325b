import { fixed } from '../../src/engine/decimal';
import { buildCheckNotes, buildNarrative, type Paragraph } from '../../src/engine/narrative';
import { narrativeInputFromAnalysis } from '../../src/workbook/analyse/narrativeInput';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { exampleAnalysis } from './fixtures';

describe('narrative of examples/national-project.xlsx (项目支出绩效自评表)', () => {
  let analysis: Analysis;
  let paragraphs: Paragraph[];
  beforeAll(async () => {
    analysis = await exampleAnalysis('national-project.xlsx');
    paragraphs = buildNarrative(narrativeInputFromAnalysis(analysis));
  });
  const section = (name: string) => paragraphs.filter((p) => p.section === name);

  test('sections of the national form, in order', () => {
    expect([...new Set(paragraphs.map((p) => p.section))]).toEqual(['项目资金执行情况', '自评结论', '绩效目标完成情况', '偏差原因', '改进措施']);
  });

  test('项目资金执行情况 states the form header and the funds, with the execution score', () => {
    const [funds] = section('项目资金执行情况');
    expect(funds.text).toContain('“青少年科技创新人才培育项目”主管部门为深圳市科学技术协会，实施单位为深圳市科技交流服务中心。');
    expect(funds.text).toContain('年初预算数为125.00万元，全年预算数为120.00万元，全年执行数为111.00万元，预算执行率为92.50%，该项得分9.25分（分值10.00分）');
  });

  test('自评结论 names the project, the total and the grade the engine gave', () => {
    const year = analysis.year ? `${analysis.year}年度` : '本年度';
    const head = `“青少年科技创新人才培育项目”${year}项目支出绩效自评得分为${fixed(analysis.scored.total)}分，评价等级为“${analysis.scored.grade}”。`;
    expect(section('自评结论')[0].text.startsWith(head)).toBe(true);
    expect(section('自评结论')[0].text).toContain('预算执行得分9.25分，得分百分比为92.50%；产出指标得分48.60分，得分百分比为97.20%');
  });

  test('绩效目标完成情况 sets each indicator target against its actual, as written in the form', () => {
    const output = section('绩效目标完成情况').find((p) => p.heading === '产出指标')!;
    expect(output.text).toContain('培训参与人次年度指标值“≥500人次”，实际完成值“480人次”，得分9.60分（分值10.00分）');
    expect(output.text).toContain('项目完成时限年度指标值“≤30天”，实际完成值“33天”，得分9.00分');
    expect(output.cells).toEqual(expect.arrayContaining(['项目支出绩效自评表!D14', '项目支出绩效自评表!E14', '项目支出绩效自评表!G14']));
  });

  test('偏差原因 quotes the form; where the form gives none, the 检查说明 asks for it', () => {
    const byHeading = new Map(section('偏差原因').map((p) => [p.heading, p]));
    expect([...byHeading.keys()]).toEqual(['预算执行率', '培训参与人次', '项目完成时限', '青少年科学素养', '参与学生满意度']);
    expect(byHeading.get('培训参与人次')!.text).toContain('偏差原因分析：“受台风天气影响');
    expect(byHeading.get('培训参与人次')!.cells).toContain('项目支出绩效自评表!H14');
    expect(byHeading.get('项目完成时限')!.text).toBe('项目完成时限年度指标值“≤30天”，实际完成值“33天”，得分9.00分（分值10.00分），扣1.00分。');
    expect(buildCheckNotes(narrativeInputFromAnalysis(analysis)).map((n) => n.text)).toEqual(['项目完成时限扣1.00分，评分表中未写偏差原因分析，请补充后重新生成报告。']);
  });

  test('改进措施 matches each loss to its kind of measure', () => {
    const measures = section('改进措施').slice(1);
    expect(measures.map((p) => p.heading)).toEqual(['预算执行率', '培训参与人次', '项目完成时限', '青少年科学素养', '参与学生满意度']);
    expect(measures[0].text).toContain('支出进度');
    expect(measures[2].text).toContain('按计划时间完成');
    expect(measures[4].text).toContain('满意度');
  });
});

describe('narrative of examples/guangzhou-2023.xlsx (judgement leaves, no reason column)', () => {
  test('every judged loss without a reason is named in the 检查说明; 我单位 when the unit is unknown', async () => {
    const analysis = await exampleAnalysis('guangzhou-2023.xlsx');
    const input = narrativeInputFromAnalysis(analysis);
    const paragraphs = buildNarrative(input);
    const losses = paragraphs.filter((p) => p.section === '扣分情况');
    expect(losses.map((p) => p.heading)).toEqual([
      '部门整体绩效目标产出指标完成情况',
      '部门预算资金支出率',
      '专项资金支出率',
      '财务管理合规性',
      '采购合同签订时效性',
      '合同备案时效性',
      '资产管理合规性',
    ]);
    // the body states what was lost; the missing reasons and the unverified score are the 检查说明's
    expect(losses[1].text).toBe('部门预算资金支出率分值5.00分，得分4.38分，扣0.62分。');
    const notes = buildCheckNotes(input).map((n) => n.text);
    for (const p of losses) expect(notes.some((n) => n.startsWith(`${p.heading}扣`) && n.includes('评分表中未写扣分理由'))).toBe(true);
    expect(notes).toContain('部门预算资金支出率：缺少可计分的“年度平均执行率”，无法按评分标准核验，报告中的4.38分是单位自评分。');
    expect(paragraphs.find((p) => p.section === '自评结论')!.text).toContain('我单位2023年度部门整体支出绩效自评得分为95.82分，评价等级为“优”。其中，履职效能得分48.82分，得分百分比为97.64%；管理效率得分47.00分，得分百分比为94.00%。');
    // Losses of one kind share one measure.
    expect(paragraphs.filter((p) => p.section === '改进措施').map((p) => p.heading)).toContain('采购合同签订时效性、合同备案时效性');
  });

  test('a reason written in the workbook is quoted instead', async () => {
    const input = narrativeInputFromAnalysis(await exampleAnalysis('guangzhou-2023.xlsx'));
    const leaves = input.leaves.map((l) =>
      l.path[l.path.length - 1] === '合同备案时效性' ? { ...l, reason: { text: '部分合同未在签订后及时备案', cell: '表5!F22' } } : l,
    );
    const p = buildNarrative({ ...input, leaves }).find((x) => x.heading === '合同备案时效性' && x.section === '扣分情况')!;
    expect(p.text).toContain('扣分理由：“部分合同未在签订后及时备案”。');
    expect(p.text).not.toContain('未写明扣分理由');
    expect(p.cells).toContain('表5!F22');
  });
});

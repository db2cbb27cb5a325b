import * as fs from 'fs';
import * as path from 'path';
import { buildNarrative, type Paragraph } from '../../src/engine/narrative';
import { FRAMEWORKS } from '../../src/frameworks';
import { figureDefsFor } from '../../src/frameworks/commonFigures';
import { GENERIC_MEASURE } from '../../src/frameworks/measures';
import { guangzhouDepartment } from '../../src/frameworks/guangzhou-department';
import { nationalProjectSelfEval } from '../../src/frameworks/national-project-self-eval';
import { isLeaf, type Framework, type FrameworkGroup, type FrameworkLeaf } from '../../src/frameworks/types';
import { analyse } from '../../src/workbook/analyse/analyse';
import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { narrativeInputFromAnalysis } from '../../src/workbook/analyse/narrativeInput';
import { reportOf } from '../../src/workbook/analyse/reportOf';
import { exampleSnapshot } from './fixtures';

/** A framework only this test knows: the narrative must take everything from its data. */
async function analysedWith(file: string, framework: Framework): Promise<Analysis> {
  const result = analyse(await exampleSnapshot(file), {}, [framework]);
  if (!result.ok) throw new Error(result.message);
  expect(result.analysis.framework.id).toBe(framework.id);
  return result.analysis;
}

const sections = (paragraphs: Paragraph[]) => [...new Set(paragraphs.map((p) => p.section))];

function leavesOf(nodes: (FrameworkGroup | FrameworkLeaf)[]): FrameworkLeaf[] {
  return nodes.flatMap((n) => (isLeaf(n) ? [n] : leavesOf(n.children)));
}

describe('a new framework declares its report data; no code names it', () => {
  test('a department framework with its own report block: its evaluation name in the text and the title', async () => {
    const district: Framework = {
      ...guangzhouDepartment,
      id: 'test-district-department',
      title: '某区部门整体支出绩效评价指标',
      locality: '某区',
      report: { form: 'department', evaluationName: '区级部门整体支出绩效' },
    };
    const analysis = await analysedWith('guangzhou-2023.xlsx', district);
    const paragraphs = buildNarrative(narrativeInputFromAnalysis(analysis));
    const guangzhou = buildNarrative(narrativeInputFromAnalysis(await analysedWith('guangzhou-2023.xlsx', guangzhouDepartment)));
    // the same report as Guangzhou's, word for word, but for what the evaluation is called
    const renamed = guangzhou.map((p) => ({ ...p, text: p.text.split('部门整体支出绩效').join('区级部门整体支出绩效') }));
    expect(paragraphs).toEqual(renamed);
    expect(paragraphs.find((p) => p.section === '自评结论')!.text).toMatch(/^我单位\d{4}年度区级部门整体支出绩效自评得分为/);
    expect(paragraphs.find((p) => p.section === '存在问题')!.text).toContain('区级部门整体支出绩效总体情况较好');
    const report = reportOf(analysis);
    expect(report.kind).toBe('区级部门整体支出绩效自评报告');
    expect(report.title.endsWith('区级部门整体支出绩效自评报告')).toBe(true);
  });

  test('a project framework with its own report block: the project form, its name, its execution leaf', async () => {
    const special: Framework = {
      ...nationalProjectSelfEval,
      id: 'test-special-fund-project',
      title: '某市专项资金绩效自评表',
      report: { ...nationalProjectSelfEval.report!, evaluationName: '专项资金绩效' },
    };
    const paragraphs = buildNarrative(narrativeInputFromAnalysis(await analysedWith('national-project.xlsx', special)));
    expect(sections(paragraphs)).toEqual(['项目资金执行情况', '自评结论', '绩效目标完成情况', '偏差原因', '改进措施']);
    expect(paragraphs.find((p) => p.section === '自评结论')!.text).toMatch(/^“青少年科技创新人才培育项目”\d{4}年度专项资金绩效自评得分为/);
    expect(paragraphs.find((p) => p.section === '项目资金执行情况')!.text).toContain('该项得分9.25分（分值10.00分）');
  });

  test('without a report block a framework reports as a department', async () => {
    const { report: _ignored, ...bare } = guangzhouDepartment;
    const paragraphs = buildNarrative(narrativeInputFromAnalysis(await analysedWith('guangzhou-2023.xlsx', { ...bare, id: 'test-bare' })));
    expect(paragraphs.find((p) => p.section === '自评结论')!.text).toContain('部门整体支出绩效自评得分为');
    expect(sections(paragraphs)).not.toContain('项目资金执行情况');
  });

  test("problem kinds of the form's indicator rows come from the report's group kinds", async () => {
    const measures = (framework: Framework) =>
      analysedWith('national-project.xlsx', framework).then((a) => buildNarrative(narrativeInputFromAnalysis(a)).filter((p) => p.section === '改进措施' && p.heading));
    const declared = await measures(nationalProjectSelfEval);
    const none = await measures({ ...nationalProjectSelfEval, id: 'test-no-group-kinds', report: { ...nationalProjectSelfEval.report!, groupKinds: [] } });
    // with the national group names, indicator rows are grouped by kind; without them, each falls to the generic measure
    expect(declared.some((p) => !p.text.endsWith(GENERIC_MEASURE.measure))).toBe(true);
    const rows = none.filter((p) => p.heading !== '预算执行率');
    expect(rows.length).toBeGreaterThan(0);
    for (const p of rows) expect(p.text.endsWith(GENERIC_MEASURE.measure)).toBe(true);
  });
});

describe('report data of the frameworks the product ships', () => {
  test.each(FRAMEWORKS.map((f) => [f.id, f] as const))('%s: declares a report block naming only its own leaves and figures', (_id, framework) => {
    const report = framework.report;
    expect(report).toBeDefined();
    expect(report!.evaluationName).not.toBe('');
    const known = new Set(Object.keys(figureDefsFor(framework.figures)));
    const named = [...Object.values(report!.leadFigures ?? {}).flat(), ...Object.values(report!.funds ?? {})];
    expect(named.filter((id) => !known.has(id))).toEqual([]);
    if (report!.executionLeafId) expect(leavesOf(framework.tree).map((l) => l.id)).toContain(report!.executionLeafId);
    expect(report!.form === 'project').toBe(framework.indicatorRows === true);
  });

  test('the narrative names no framework or leaf id', () => {
    const dir = path.join(__dirname, '..', '..', 'src', 'engine', 'narrative');
    const source = fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
      .join('\n');
    const ids = FRAMEWORKS.flatMap((f) => [f.id, ...leavesOf(f.tree).map((l) => l.id)]);
    expect(ids.filter((id) => source.includes(`'${id}'`))).toEqual([]);
  });
});

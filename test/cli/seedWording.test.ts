/**
 * Workbooks whose 基础数据 words the figures as the unit's own report does: built from
 * examples/shenzhen-2024.xlsx by rewording its labels, written as .xlsx and scored by `perfscore score`.
 * Truth: domain.md §3 (seed 002, total 96.88) — the same figures under other words must give the same
 * scores, every quantitative leaf computed from 基础数据, every row accounted for.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/shared/io';
import { FileHost } from '../../src/hosts/file';
import type { WritePlan } from '../../src/workbook/port';
import { analyse } from '../../src/workbook/analyse';
import { SHENZHEN_XLSX } from '../contract/portContract';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-wording-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/**
 * Seed 002's words for the example's 基础数据 rows (row → label), from its own sentences and 评分标准
 * formulas: “年初预算1,936.12万元，其中基本支出1,401.66万元…项目支出534.46万元”, “调整后年度预算”,
 * “全年执行预算支出”, “一季度部门预算支出进度”, “实际采购成交金额”, “资产原值 … 在用资产原值”, “编制总数 /
 * 实际在编人数 / 编外人员”, “三公经费全年预算数”, “日常公用经费调整后预算数”, “计划完成项目总数 / 已完成项目数”,
 * “平均满意度”, “群众信访回复率”, “当年度群众信访及时办理回复率”.
 */
const SEED_002_WORDS: Record<number, string> = {
  5: '其中基本支出',
  6: '人员经费',
  7: '公用经费',
  8: '项目支出',
  9: '调整后年度预算',
  10: '其中基本支出',
  11: '项目支出',
  12: '全年执行预算支出',
  13: '其中基本支出',
  14: '项目支出',
  16: '一季度部门预算支出进度',
  17: '二季度部门预算支出进度',
  18: '三季度部门预算支出进度',
  19: '四季度部门预算支出进度',
  21: '实际采购成交金额',
  23: '资产原值',
  24: '在用资产原值',
  25: '编制总数',
  26: '实际在编人数',
  27: '编外人员',
  29: '“三公”经费全年预算数',
  31: '日常公用经费调整后预算数',
  32: '计划完成项目总数',
  33: '已完成项目数',
  34: '平均满意度',
  35: '群众信访回复率',
  36: '当年度群众信访及时办理回复率',
};

/** A clerk's words (issue 11's trial): 在用资产原值, 实有在编人数, 编外聘用人员, 全年支出数, 满意度调查结果 … */
const CLERK_WORDS: Record<number, string> = {
  4: '年初预算数（万元）',
  9: '调整后预算数（万元）',
  12: '全年支出数（万元）',
  20: '政府采购预算（万元）',
  21: '实际采购金额（万元）',
  23: '固定资产总额（万元）',
  24: '在用资产原值（万元）',
  25: '核定编制（人）',
  26: '实有在编人数',
  27: '编外聘用人员',
  28: '三公经费支出（万元）',
  29: '三公经费预算（万元）',
  30: '公用经费决算数',
  31: '公用经费调整后预算',
  34: '满意度调查结果',
};

async function reworded(words: Record<number, string>, name: string): Promise<string> {
  const host = await FileHost.open(SHENZHEN_XLSX);
  const snap = await host.readSnapshot();
  const data = snap.sheets.find((s) => s.name === '基础数据')!;
  const plan: WritePlan = {
    title: 'reword',
    changes: Object.entries(words).map(([row, label]) => ({
      kind: 'cell' as const,
      sheet: '基础数据',
      address: `A${row}`,
      value: label,
      previous: { value: data.values[Number(row) - 1][0], formula: null },
    })),
  };
  await host.applyPlan(plan);
  const file = path.join(tmp, name);
  fs.writeFileSync(file, await host.toBuffer());
  return file;
}

async function score(file: string): Promise<{ code: number; stdout: string; report: { total: { score: string }; indicators: { path: string[]; score: string; status: string; missing: string[] }[]; warnings: { code: string; cell: string; message: string }[] } }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const json = `${file}.json`;
  const code = await main(['score', file, '--json', json], io);
  expect(stderr).toBe('');
  return { code, stdout, report: JSON.parse(fs.readFileSync(json, 'utf8')) };
}

/** The leaves seed 002 scores from its raw figures (domain.md §3), with their scores. */
const COMPUTED: [string, string][] = [
  ['政府采购执行情况', '1.89'],
  ['财务规范性', '3.00'],
  ['固定资产利用率', '1.00'],
  ['财政供养人员控制率', '1.00'],
  ['编外人员控制率', '0.00'],
  ['公用经费控制率', '5.00'],
  ['预算执行率', '5.99'],
  ['项目完成及时性', '6.00'],
  ['群众信访办理情况', '3.00'],
  ['公众或服务对象满意度', '6.00'],
];

describe.each([
  ['seed 002’s own words', SEED_002_WORDS, 'seed002-words.xlsx'],
  ['a clerk’s words (issue 11)', CLERK_WORDS, 'clerk-words.xlsx'],
])('基础数据 worded as %s', (_name, words, file) => {
  let result: Awaited<ReturnType<typeof score>>;
  let rows: { use: string; label: string; figure?: string }[];
  beforeAll(async () => {
    const xlsx = await reworded(words, file);
    result = await score(xlsx);
    const a = analyse(await (await FileHost.open(xlsx)).readSnapshot());
    if (!a.ok) throw new Error(a.message);
    rows = a.analysis.figureRows;
    // every figure the example's own words give is given by these words too, from the same cells
    const plain = analyse(await (await FileHost.open(SHENZHEN_XLSX)).readSnapshot());
    if (!plain.ok) throw new Error(plain.message);
    expect([...a.analysis.figures.entries()].map(([id, f]) => [id, f.address, String(f.value)]).sort()).toEqual(
      [...plain.analysis.figures.entries()].map(([id, f]) => [id, f.address, String(f.value)]).sort(),
    );
  });

  test('total 96.88, and every quantitative leaf computed from 基础数据 with seed 002’s score', () => {
    expect(result.code).toBe(0);
    expect(result.report.total.score).toBe('96.88');
    for (const [name, s] of COMPUTED) {
      const leaf = result.report.indicators.find((i) => i.path[i.path.length - 1] === name)!;
      expect({ name, score: leaf.score, status: leaf.status, missing: leaf.missing }).toEqual({ name, score: s, status: 'scored', missing: [] });
    }
    expect(result.report.warnings.filter((w) => w.code === 'FIGURE_AMBIGUOUS' || w.code === 'MISSING_INPUT' || w.code === 'UNVERIFIED_SCORE')).toEqual([]);
  });

  test('every row used (33 figures, 单位名称 and 年度 aside); the summary says so', () => {
    expect(rows.filter((r) => r.use !== 'used' && r.use !== 'info')).toEqual([]);
    expect(rows.filter((r) => r.use === 'used')).toHaveLength(33);
    expect(result.stdout).toContain('基础数据：共 35 行，采用 33 行，单位名称、年度 2 行，未识别 0 行');
  });
});

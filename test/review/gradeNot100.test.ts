/**
 * A table whose points total 90 is graded on its percentage everywhere: `perfscore score`, `perfscore
 * review`, the review model and the 审核汇总 sheet (86.88 of 90 is 96.53 on the 100-point scale: 优,
 * where the raw 86.88 would read 良).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { reviewCommand } from '../../src/cli/commands/review/reviewCommand';
import { scoreFile } from '../../src/cli/commands/score/scoreFile';
import { jsonReport } from '../../src/cli/commands/score/jsonReport';
import { applyToSnapshot } from '../../src/workbook/plan/applyToSnapshot';
import { buildReviewModel, planReviewWrite, reviewTotals } from '../../src/workbook/review';
import { EXAMPLES, sheetOf } from './helpers';

let dir: string;
let file: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-max90-'));
  file = path.join(dir, 'max90.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(EXAMPLES, 'shenzhen-2024.xlsx'));
  const ws = wb.getWorksheet('评分表')!;
  // 效果性 25 → 15 points (its typed 24 → 14), 部门绩效 60 → 50, 总分 row's 分值 90
  ws.getCell('F26').value = 15;
  ws.getCell('D26').value = 15;
  for (let r = 22; r <= 28; r += 1) if (ws.getCell(`B${r}`).value === 60) ws.getCell(`B${r}`).value = 50;
  ws.getCell('F29').value = 90;
  ws.getCell('I26').value = 14;
  await wb.xlsx.writeFile(file);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

test('score and review give the same grade for a table out of 90', async () => {
  const { analysis, host } = await scoreFile(file);
  expect([analysis.scored.total.toFixed(2), analysis.scored.max.toFixed(2), analysis.scored.percent?.toFixed(2), analysis.scored.grade]).toEqual(['86.88', '90.00', '96.53', '优']);
  expect(jsonReport(analysis)).toMatchObject({ total: { score: '86.88', max: '90.00', grade: '优' } });

  const model = buildReviewModel(analysis);
  expect([model.totals.gradeBefore, model.totals.gradeCurrent]).toEqual(['优', '优']);
  const totals = reviewTotals(model.leaves, () => null);
  expect([totals.before.toFixed(2), totals.gradeBefore, totals.gradeAfter]).toEqual(['86.88', '优', '优']);

  const snapshot = await host.readSnapshot();
  const plan = planReviewWrite(analysis, { reviewer: '王审核', date: '2025-03-01', entries: [] });
  const summary = sheetOf(applyToSnapshot(snapshot, plan), '审核汇总');
  const gradeRow = summary.values.find((r) => r[0] === '等级');
  expect(gradeRow?.slice(0, 3)).toEqual(['等级', '优', '优']);

  const json = path.join(dir, 'out', '汇总.json');
  const out = path.join(dir, 'out', '汇总.xlsx');
  fs.mkdirSync(path.dirname(json));
  const io = { stdout: () => undefined, stderr: () => undefined };
  expect(await reviewCommand({ inputs: [file], out, json, progress: false }, io)).toBe(0);
  const result = JSON.parse(fs.readFileSync(json, 'utf8')) as { files: { total: { grade: string; computed: string; max: string } }[] };
  expect(result.files[0].total).toMatchObject({ computed: '86.88', max: '90.00', grade: '优' });
});

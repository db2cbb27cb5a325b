/**
 * `perfscore rules`: each leaf's 评分标准, the rule read from it and where the rule came from; with
 * `--confirm --out`, the rules read are stored in a copy's settings and scored by from then on.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-rules-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const run = runCli;

/** A Hunan-style table: 在职人员控制率 by −0.5 per point over 100% (8 points), 105 在编 of 100 编制 → 5.50. */
async function hunanWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评分表');
  ws.addRows([
    ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
    ['部门管理', '人员管理', '在职人员控制率', 8, '在职人员控制率≤100%，计8分；每超过一个百分点扣0.5分，扣完为止。', 5.5],
    [null, '制度管理', '管理制度健全性', 3, '根据制度建设情况酌情打分。', 3],
  ]);
  const data = wb.addWorksheet('基础数据');
  data.addRows([['项目', '数值', '单位'], ['在编人数', 105, '人'], ['编制数', 100, '人']]);
  const file = path.join(tmp, 'hunan.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const hash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

describe('perfscore rules', () => {
  test('lists each leaf’s text, the rule read from it, and where the rule came from', async () => {
    const r = await run('rules', await hunanWorkbook());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1. 部门管理/人员管理/在职人员控制率（8.00 分）\n   来源：表内评分标准\n   评分标准：在职人员控制率≤100%，计8分；每超过一个百分点扣0.5分，扣完为止。\n   读作：在职人员控制率≤100% 得 8 分；每超过 1 个百分点扣 0.5 分，扣完为止');
    expect(r.stdout).toContain('2. 部门管理/制度管理/管理制度健全性（3.00 分）\n   来源：判断评分');
    expect(r.stdout).toContain('规则来源：表内评分标准 1 项，判断评分 1 项');
  });

  test('--confirm --out stores the rules read in a copy, which then scores by them; the input is unchanged', async () => {
    const input = await hunanWorkbook();
    const before = hash(input);
    const out = path.join(tmp, 'confirmed.xlsx');
    const r = await run('rules', input, '--confirm', '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`已确认 1 项读自评分标准的规则并写入副本：${out}（在职人员控制率）`);
    expect(hash(input)).toBe(before);
    const again = await run('rules', out);
    expect(again.stdout).toContain('1. 部门管理/人员管理/在职人员控制率（8.00 分）\n   来源：用户确认');
    const scored = await run('score', out, '--json', path.join(tmp, 'confirmed.json'));
    expect(scored.code).toBe(0);
    const json = JSON.parse(fs.readFileSync(path.join(tmp, 'confirmed.json'), 'utf8'));
    const leaf = json.indicators.find((i: { path: string[] }) => i.path[2] === '在职人员控制率');
    expect(leaf).toMatchObject({ score: '5.50', ruleSource: 'user', rule: 'confirmed' });
  });

  test('bad use is bad input: one Chinese line, exit 2', async () => {
    const input = await hunanWorkbook();
    for (const argv of [['rules'], ['rules', input, '--confirm'], ['rules', input, '--out', path.join(tmp, 'x.xlsx')], ['rules', input, '--confirm', '--out', input]]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test('is listed in the help, with its own help', async () => {
    expect((await run('--help')).stdout).toContain('perfscore rules <工作簿.xlsx>');
    expect((await run('help', 'rules')).stdout).toContain('--confirm --out <输出.xlsx>');
  });
});

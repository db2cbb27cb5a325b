/**
 * `perfscore targets` over the example built from the published 湘潭 2023 form. The findings were worked
 * by hand from the form (see test/workbook/targets/checks.test.ts); the review total after typing the
 * judgements below is 9.5 + 7 + 6.5 + 7 + 6 + 7 + 13 + 15 + 9 + 8.5 = 88.5, graded 良.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from './runCli';

const EXAMPLE = path.resolve(__dirname, '../../examples/targets-xiangtan-2023.xlsx');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-targets-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const FORM_AND_FINDINGS = [
  '  绩效目标表：绩效目标申报表!B8:E18（项目，7 项指标）',
  '    实施期绩效目标：绩效目标申报表!B6；本年度绩效目标：绩效目标申报表!B7；年度本级预算金额：250 万元（绩效目标申报表!B4）',
  '  检查发现：0 个错误，3 个警告',
  '    警告 定量指标缺少数值、符号或单位：绩效目标申报表!E9「雾炮车降尘抑尘服务配备车辆数」：指标值“10辆”缺少符号（≥、≤ 或 =）。',
  '    警告 定量指标缺少数值、符号或单位：绩效目标申报表!E13「控制在预算成本内」：指标值“250万”缺少符号（≥、≤ 或 =）。',
  '    警告 应为数值的指标填写了定性表述：绩效目标申报表!E11「服务周期内空气质量」：质量指标应以数值表述，填写的是定性表述“优良”。',
];

describe('perfscore targets', () => {
  it('prints the form, the three findings and a review still to be judged', async () => {
    const { code, stdout, stderr } = await runCli('targets', EXAMPLE);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')).toEqual([
      EXAMPLE,
      ...FORM_AND_FINDINGS,
      '  目标审核（尚无审核表；用 --out 写出副本，审核人在“目标审核”表中填写等级和得分）：',
      '    完整性 规范完整性（10 分）：待评',
      '    完整性 明确清晰性（10 分，自动检查 3 项，最高 中（低于 8.00 分））：待评',
      '    相关性 目标相关性①（7 分）：待评',
      '    相关性 目标相关性②（8 分）：待评',
      '    相关性 指标科学性①（8 分）：待评',
      '    相关性 指标科学性②（7 分）：待评',
      '    适当性 绩效合理性（15 分）：待评',
      '    适当性 资金匹配性（15 分）：待评',
      '    可行性 实现可能性（10 分）：待评',
      '    可行性 条件充分性（10 分）：待评',
      '    合计：待评（已评 0/10 项）',
      '',
    ]);
  });

  it('writes the review sheet into a copy; the judgements typed there give 88.5, 良', async () => {
    const copy = path.join(tmp, 'review.xlsx');
    const first = await runCli('targets', EXAMPLE, '--out', copy);
    expect(first.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copy);
    const ws = wb.getWorksheet('目标审核')!;
    expect(ws.getCell('B5').value).toBe('明确清晰性');
    const scores = [9.5, 7, 6.5, 7, 6, 7, 13, 15, 9, 8.5];
    scores.forEach((score, i) => (ws.getCell(`F${4 + i}`).value = score));
    ws.getCell('E4').value = '优';
    const judged = path.join(tmp, 'judged.xlsx');
    await wb.xlsx.writeFile(judged);
    const json = path.join(tmp, 'judged.json');
    const { code, stdout } = await runCli('targets', judged, '--json', json);
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(1, 7)).toEqual(FORM_AND_FINDINGS);
    expect(stdout.split('\n').slice(7)).toEqual([
      '  目标审核（目标审核）：',
      '    完整性 规范完整性（10 分）：9.50 优',
      '    完整性 明确清晰性（10 分，自动检查 3 项，最高 中（低于 8.00 分））：7.00 中',
      '    相关性 目标相关性①（7 分）：6.50 优',
      '    相关性 目标相关性②（8 分）：7.00 良',
      '    相关性 指标科学性①（8 分）：6.00 中',
      '    相关性 指标科学性②（7 分）：7.00 优',
      '    适当性 绩效合理性（15 分）：13.00 良',
      '    适当性 资金匹配性（15 分）：15.00 优',
      '    可行性 实现可能性（10 分）：9.00 优',
      '    可行性 条件充分性（10 分）：8.50 良',
      '    合计：88.50 分，良',
      `JSON 已写入 ${json}`,
      '',
    ]);
    const report = JSON.parse(fs.readFileSync(json, 'utf8'));
    const [target] = report.files[0].targets;
    expect(target.review).toMatchObject({ total: '88.5', grade: '良', problems: [] });
    expect(target.indicators[0]).toMatchObject({ cell: 'E9', category: '数量', value: { text: '10辆', kind: 'number', sign: '', number: '10', unit: '辆' } });
    expect(target.budget).toEqual({ label: '年度本级预算金额', cell: 'B4', 万元: '250' });
  });

  it('refuses --out with more than one workbook, and prints its help', async () => {
    const dir = path.join(tmp, 'two');
    fs.mkdirSync(dir);
    for (const name of ['a.xlsx', 'b.xlsx']) fs.copyFileSync(EXAMPLE, path.join(dir, name));
    const many = await runCli('targets', dir, '--out', path.join(tmp, 'x.xlsx'));
    expect(many.code).toBe(2);
    expect(many.stderr).toBe('--out 只能与一个工作簿同用（找到 2 个）：审核结果写入该工作簿的副本\n');
    const help = await runCli('targets', '--help');
    expect(help.stdout.startsWith('用法：perfscore targets <文件或文件夹...>')).toBe(true);
  });
});

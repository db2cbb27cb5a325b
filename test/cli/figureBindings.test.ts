/**
 * A figure bound to a cell in the workbook's settings sheet (`figure | id | sheet!cell`, or `none`),
 * stored through the settings write plan into a real .xlsx and read back by `perfscore score`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/shared/io';
import { FileHost } from '../../src/hosts/file';
import { emptySettings, planSettingsWrite, readSettings } from '../../src/workbook/read';
import { SHENZHEN_XLSX } from '../contract/portContract';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-bind-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Report {
  total: { score: string };
  indicators: { path: string[]; score: string; status: string; missing: string[] }[];
}

async function scoreJson(file: string): Promise<{ stdout: string; report: Report }> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const json = path.join(tmp, `${path.basename(file)}.json`);
  expect(await main(['score', file, '--json', json], io)).toBe(0);
  expect(stderr).toBe('');
  return { stdout, report: JSON.parse(fs.readFileSync(json, 'utf8')) as Report };
}

const leaf = (r: Report, name: string) => r.indicators.find((i) => i.path[i.path.length - 1] === name)!;

describe('figure bindings stored in the workbook and honoured by perfscore score', () => {
  let file: string;
  beforeAll(async () => {
    const host = await FileHost.open(SHENZHEN_XLSX);
    const snap = await host.readSnapshot();
    // 满意度 moved to a sheet of its own, under a heading no label matching would take for it
    await host.applyPlan({
      title: 'move',
      changes: [
        { kind: 'add-sheet', sheet: '满意度调查' },
        { kind: 'cell', sheet: '满意度调查', address: 'A1', value: '调查结论', previous: { value: null, formula: null } },
        { kind: 'cell', sheet: '满意度调查', address: 'B2', value: '98.6%', previous: { value: null, formula: null } },
        { kind: 'cell', sheet: '基础数据', address: 'B34', value: null, previous: { value: snap.sheets.find((s) => s.name === '基础数据')!.values[33][1], formula: null } },
      ],
    });
    const settings = { ...emptySettings(), figureBindings: { 'satisfaction.rate': '满意度调查!B2', 'staff.contract': 'none' } };
    await host.applyPlan(planSettingsWrite(await host.readSnapshot(), settings));
    file = path.join(tmp, 'bound.xlsx');
    fs.writeFileSync(file, await host.toBuffer());
    expect(readSettings(await (await FileHost.open(file)).readSnapshot()).figureBindings).toEqual(settings.figureBindings);
  });

  test('the bound cell gives the figure: 公众或服务对象满意度 computed from 满意度调查!B2 (98.6% → 6.00)', async () => {
    const { report, stdout } = await scoreJson(file);
    expect(leaf(report, '公众或服务对象满意度')).toMatchObject({ score: '6.00', status: 'scored' });
    expect(stdout).toContain('采用 满意度调查!B2 “满意度” → 满意度（satisfaction.rate），设置中绑定的单元格');
    expect(stdout).toContain('未采用 基础数据!B34 “满意度” → 满意度（satisfaction.rate），设置中已绑定其他单元格');
  });

  test('“none” unbinds a label’s match: 编外人员控制率 is no longer computed from 编外人数', async () => {
    const { report, stdout } = await scoreJson(file);
    expect(leaf(report, '编外人员控制率')).toMatchObject({ status: 'missing-input', missing: ['staff.contract'] });
    expect(stdout).toContain('已解除 基础数据!B27 “编外人数” → 编外人数（staff.contract），设置中标记为“不是此数据”');
    // the example without bindings computes both (the test above and this one can fail)
    const plain = await scoreJson(SHENZHEN_XLSX);
    expect(leaf(plain.report, '编外人员控制率').status).toBe('scored');
  });
});

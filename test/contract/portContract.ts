/**
 * The port contract: one suite every host adapter must pass (the file host over real .xlsx files,
 * the Excel host over the Office.js fake, the WPS host over the ET fake). It reads the example
 * workbooks (examples/*.xlsx, built by scripts/make-examples.ts) and checks values and positions,
 * applies a plan (values, styles, notes, widths, drop-down lists) and reads it back, undoes it with the inverted plan, and expects a plan aimed at a
 * missing sheet to be refused with an error.
 *
 *   runPortContract('file', (xlsx) => FileHost.open(xlsx), { probe, reopen });
 */
import * as path from 'path';
import type { CellStyle, CellValue, Change, SheetSnapshot, WorkbookPort, WorkbookSnapshot, WritePlan } from '../../src/workbook/port';
import { checkedUndo, invertPlan } from '../../src/workbook/plan/undo';

export const EXAMPLES_DIR = path.resolve(__dirname, '..', '..', 'examples');
export const SHENZHEN_XLSX = path.join(EXAMPLES_DIR, 'shenzhen-2024.xlsx');
export const NATIONAL_XLSX = path.join(EXAMPLES_DIR, 'national-project.xlsx');
export const GUANGZHOU_XLSX = path.join(EXAMPLES_DIR, 'guangzhou-2023.xlsx');

export interface PortContractOptions {
  /**
   * Host-specific reads of what a snapshot does not carry (comments, styles, column widths). A host
   * that cannot expose one leaves it out, and that part of the read-back is not checked for it.
   */
  probe?: {
    comment?(port: WorkbookPort, sheet: string, address: string): Promise<{ author: string | null; text: string } | null>;
    style?(port: WorkbookPort, sheet: string, address: string): Promise<CellStyle | null>;
    columnWidth?(port: WorkbookPort, sheet: string, column: number): Promise<number | null>;
    /** a cell's drop-down choices, null when it has no list */
    list?(port: WorkbookPort, sheet: string, address: string): Promise<string[] | null>;
  };
  /** Persist the port's workbook and open it again (the file host: saveAs + open), so writes are checked to survive. */
  reopen?(port: WorkbookPort): Promise<WorkbookPort>;
}

/** A1 → 0-based indices, for reading a snapshot (kept local so the suite depends on nothing but the port). */
function pos(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`sheet ${name} not in snapshot: ${snapshot.sheets.map((s) => s.name).join(', ')}`);
  return sheet;
}

export function valueAt(snapshot: WorkbookSnapshot, sheet: string, address: string): CellValue {
  const { row, col } = pos(address);
  const s = sheetOf(snapshot, sheet);
  return s.values[row]?.[col] ?? null;
}

export function formulaAt(snapshot: WorkbookSnapshot, sheet: string, address: string): string | null {
  const { row, col } = pos(address);
  const s = sheetOf(snapshot, sheet);
  return s.formulas?.[row]?.[col] ?? null;
}

/** The snapshot reduced to what a plan can change and undo: names, hidden flags, values, formulas, trailing blanks trimmed. */
export function comparable(snapshot: WorkbookSnapshot): unknown {
  return snapshot.sheets.map((s) => {
    const cells: Record<string, { v: CellValue; f: string | null }> = {};
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const f = s.formulas?.[r]?.[c] ?? null;
        if (v !== null || f !== null) cells[`${r},${c}`] = { v, f };
      }),
    );
    return { name: s.name, hidden: Boolean(s.hidden), cells };
  });
}

/** Seed 002's 评分 column, row by row, as laid out in shenzhen-2024.xlsx (column I). */
export const SHENZHEN_SCORES: [address: string, name: string, points: number, score: number][] = [
  ['I5', '预算编制合理性', 5, 5],
  ['I6', '预算编制规范性', 5, 5],
  ['I7', '绩效目标完整性', 3, 3],
  ['I8', '绩效指标明确性', 7, 7],
  ['I9', '政府采购执行情况', 2, 1.89],
  ['I10', '财务规范性', 3, 3],
  ['I11', '预决算信息公开', 3, 3],
  ['I15', '项目实施程序', 2, 2],
  ['I16', '项目监管', 2, 2],
  ['I17', '资产管理安全性', 2, 2],
  ['I18', '固定资产利用率', 1, 1],
  ['I19', '财政供养人员控制率', 1, 1],
  ['I20', '编外人员控制率', 1, 0],
  ['I21', '管理制度健全性', 3, 3],
  ['I22', '公用经费控制率', 6, 5],
  ['I23', '预算执行率', 6, 5.99],
  ['I24', '重点工作完成情况', 8, 8],
  ['I25', '项目完成及时性', 6, 6],
  ['I26', '社会效益、经济效益、生态效益及持续影响等', 25, 24],
  ['I27', '群众信访办理情况', 3, 3],
  ['I28', '公众或服务对象满意度', 6, 6],
];

/** The plan the suite applies to shenzhen-2024.xlsx; `previous` values are taken from the snapshot. */
export function contractPlan(before: WorkbookSnapshot): WritePlan {
  const prev = (sheet: string, address: string) => ({ value: valueAt(before, sheet, address), formula: formulaAt(before, sheet, address) });
  const changes: Change[] = [
    {
      kind: 'cell',
      sheet: '评分表',
      address: 'J4',
      value: '系统评分',
      style: { bold: true, wrap: true, fill: '#FFF2CC' },
      previous: prev('评分表', 'J4'),
    },
    { kind: 'cell', sheet: '评分表', address: 'J9', value: 1.89, style: { numberFormat: '0.00' }, previous: prev('评分表', 'J9') },
    { kind: 'cell', sheet: '评分表', address: 'J20', value: 0, style: { fill: '#F8CBAD' }, previous: prev('评分表', 'J20') },
    { kind: 'cell', sheet: '评分表', address: 'J29', value: 1.89, formula: '=SUM(J5:J28)', previous: prev('评分表', 'J29') },
    // an existing constant and an existing formula replaced, so undo has something to restore
    { kind: 'cell', sheet: '评分表', address: 'I20', value: 0.5, previous: prev('评分表', 'I20') },
    { kind: 'cell', sheet: '评分表', address: 'I29', value: 97.38, formula: '=SUM(I5:I28)+0', previous: prev('评分表', 'I29') },
    { kind: 'cell', sheet: '基础数据', address: 'B4', value: 1936.12, style: { numberFormat: '#,##0.00' }, previous: prev('基础数据', 'B4') },
    { kind: 'comment', sheet: '评分表', address: 'I20', text: '编外人员控制率 4 ÷ 27 = 14.81%，超过 10%，得 0 分', author: '绩效评分助手', previous: null },
    { kind: 'column-width', sheet: '评分表', column: 9, width: 14 },
    { kind: 'validation-list', sheet: '基础数据', address: 'B37', options: ['已公开', '公开有瑕疵', '未公开'], previous: null },
    { kind: 'add-sheet', sheet: '检查结果' },
    { kind: 'cell', sheet: '检查结果', address: 'A1', value: '单元格', style: { bold: true }, previous: { value: null, formula: null } },
    { kind: 'cell', sheet: '检查结果', address: 'B1', value: '提示', style: { bold: true }, previous: { value: null, formula: null } },
    { kind: 'cell', sheet: '检查结果', address: 'A2', value: '评分表!I20', previous: { value: null, formula: null } },
    { kind: 'cell', sheet: '检查结果', address: 'B2', value: '编外人员控制率 14.81%', style: { wrap: true }, previous: { value: null, formula: null } },
    { kind: 'cell', sheet: '检查结果', address: 'C2', value: true, previous: { value: null, formula: null } },
    { kind: 'cell', sheet: '检查结果', address: 'D2', value: 2, formula: '=LEN("ab")', previous: { value: null, formula: null } },
    { kind: 'validation-list', sheet: '检查结果', address: 'C2', options: ['是', '否'], previous: null },
    { kind: 'add-sheet', sheet: '_perfscore', hidden: true },
    { kind: 'cell', sheet: '_perfscore', address: 'A1', value: '{"framework":"shenzhen-2024-department"}', previous: { value: null, formula: null } },
  ];
  return { title: '端口契约测试', changes };
}

export function runPortContract(
  hostName: string,
  openPort: (xlsxPath: string) => Promise<WorkbookPort>,
  options: PortContractOptions = {},
): void {
  describe(`port contract: ${hostName}`, () => {
    describe('reading the example workbooks', () => {
      let sz: WorkbookSnapshot;
      let gz: WorkbookSnapshot;
      let nat: WorkbookSnapshot;
      beforeAll(async () => {
        sz = await (await openPort(SHENZHEN_XLSX)).readSnapshot();
        gz = await (await openPort(GUANGZHOU_XLSX)).readSnapshot();
        nat = await (await openPort(NATIONAL_XLSX)).readSnapshot();
      });

      test('sheets in tab order, none hidden', () => {
        expect(sz.sheets.map((s) => s.name)).toEqual(['评分表', '基础数据']);
        expect(sz.sheets.every((s) => !s.hidden)).toBe(true);
        expect(gz.sheets.map((s) => s.name)).toEqual(['表5']);
        expect(nat.sheets.map((s) => s.name)).toEqual(['项目支出绩效自评表']);
      });

      test('values start at A1 and every row has the same width; formulas have the same shape', () => {
        for (const snap of [sz, gz, nat]) {
          for (const s of snap.sheets) {
            expect(s.values.length).toBeGreaterThan(0);
            const width = s.values[0].length;
            expect(s.values.every((r) => r.length === width)).toBe(true);
            if (s.formulas) {
              expect(s.formulas.length).toBe(s.values.length);
              expect(s.formulas.every((r) => r.length === width)).toBe(true);
            }
          }
        }
        // 评分表 is A1:I29, 基础数据 A1:D36, 表5 A1:E32, the national form A1:H21
        expect([sheetOf(sz, '评分表').values.length, sheetOf(sz, '评分表').values[0].length]).toEqual([29, 9]);
        expect([sheetOf(sz, '基础数据').values.length, sheetOf(sz, '基础数据').values[0].length]).toEqual([36, 4]);
        expect([gz.sheets[0].values.length, gz.sheets[0].values[0].length]).toEqual([32, 5]);
        expect([nat.sheets[0].values.length, nat.sheets[0].values[0].length]).toEqual([21, 8]);
      });

      test('评分表 header cells at their addresses; merged cells hold the value only in their master', () => {
        const at = (a: string) => valueAt(sz, '评分表', a);
        expect(at('A1')).toBe('部门整体支出绩效评价指标体系评分表');
        expect(at('B1')).toBeNull();
        expect([at('A2'), at('G2'), at('H2'), at('I2')]).toEqual(['评价指标', '指标说明', '评分标准', '评分']);
        expect(at('B2')).toBeNull();
        expect(at('G3')).toBeNull();
        expect([at('A3'), at('C3'), at('E3')]).toEqual(['一级指标', '二级指标', '三级指标']);
        expect([at('A4'), at('B4'), at('C4'), at('D4'), at('E4'), at('F4')]).toEqual(['名称', '参考分值', '名称', '参考分值', '名称', '参考分值']);
        // level cells merged down their groups: the value only in the first row
        expect([at('A5'), at('B5'), at('C5'), at('D5')]).toEqual(['部门决策', 20, '预算编制', 10]);
        expect([at('A6'), at('B6'), at('C6'), at('D6'), at('A8')]).toEqual([null, null, null, null, null]);
        // the header repeated mid-table (printed over two pages), 部门管理 left blank below it
        expect([at('A12'), at('I12'), at('A13'), at('A14')]).toEqual(['评价指标', '评分', '一级指标', '名称']);
        expect([at('A15'), at('C15'), at('E15')]).toEqual([null, '项目管理', '项目实施程序']);
        expect(at('A22')).toBe('部门绩效');
        expect(at('B22')).toBe(60);
      });

      test('评分表 leaf names, points and self-scores are numbers where the seed has numbers', () => {
        for (const [address, name, points, score] of SHENZHEN_SCORES) {
          const row = address.slice(1);
          expect(valueAt(sz, '评分表', `E${row}`)).toBe(name);
          expect(valueAt(sz, '评分表', `F${row}`)).toBe(points);
          expect(valueAt(sz, '评分表', address)).toBe(score);
          expect(formulaAt(sz, '评分表', address)).toBeNull();
        }
        expect(typeof valueAt(sz, '评分表', 'H9')).toBe('string');
        expect(String(valueAt(sz, '评分表', 'H9'))).toContain('政府采购执行率');
      });

      test('a formula gives its cached result as the value and its text as the formula', () => {
        expect(valueAt(sz, '评分表', 'A29')).toBe('合计');
        expect(valueAt(sz, '评分表', 'F29')).toBe(100);
        expect(valueAt(sz, '评分表', 'I29')).toBe(96.88);
        expect(formulaAt(sz, '评分表', 'I29')).toBe('=SUM(I5:I28)');
      });

      test('基础数据: numbers stay numbers, text stays text as typed', () => {
        const at = (a: string) => valueAt(sz, '基础数据', a);
        expect([at('A1'), at('B1'), at('C1'), at('D1')]).toEqual(['项目', '数值', '单位', '说明']);
        expect([at('A2'), at('B2')]).toEqual(['单位名称', '深圳市科技交流服务中心']);
        expect([at('A3'), at('B3')]).toEqual(['年度', 2024]);
        expect([at('A4'), at('B4'), at('C4')]).toEqual(['年初预算', '1,936.12万元', '万元']);
        expect([at('A9'), at('B9')]).toEqual(['调整后预算', 1912.37]);
        expect([at('A12'), at('B12')]).toEqual(['全年支出', '1,887.42']);
        expect([at('A16'), at('B16')]).toEqual(['一季度支出进度', 0.2624]);
        expect([at('A19'), at('B19')]).toEqual(['四季度支出进度', '98.70%']);
        expect([at('A20'), at('B20')]).toEqual(['政府采购计划金额', 5.34]);
        expect([at('A21'), at('B21')]).toEqual(['实际采购金额', '4.73万元']);
        expect([at('A22'), at('B22')]).toEqual(['政府采购执行率', 0.8871]);
        expect([at('A25'), at('B25'), at('A26'), at('B26'), at('A27'), at('B27')]).toEqual(['核定编制数', 25, '在编人数', 23, '编外人数', 4]);
        expect([at('A28'), at('B28')]).toEqual(['“三公”经费实际支出数', 3.1]);
        expect([at('A34'), at('B34')]).toEqual(['满意度', 0.986]);
        expect([at('A35'), at('B35')]).toEqual(['信访办理回复率', '100%']);
        expect([at('A36'), at('B36')]).toEqual(['信访及时办理回复率', 1]);
        expect(sheetOf(sz, '基础数据').formulas?.flat().every((f) => f === null) ?? true).toBe(true);
      });

      test('表5 as printed: blank level cells, the repeated header and the 合计 row with 100 in the score column', () => {
        const at = (a: string) => valueAt(gz, '表5', a);
        expect([at('A2'), at('B2'), at('C2'), at('D2'), at('E2')]).toEqual(['一级指标', '二级指标', '三级指标', '分值', '得分/自评分']);
        expect([at('A3'), at('B3'), at('C3'), at('D3'), at('E3')]).toEqual(['履职效能', '整体效能', '部门整体绩效目标产出指标完成情况', 10, 9.45]);
        expect([at('A4'), at('B4')]).toEqual([null, null]);
        expect([at('C16'), at('D16'), at('E16')]).toEqual(['采购意向公开合规性', 0.5, 0.5]);
        expect(at('A18')).toBe('一级指标');
        expect([at('C22'), at('D22'), at('E22')]).toEqual(['合同备案时效性', 1, 0]);
        expect([at('A32'), at('D32'), at('E32')]).toEqual(['合计', null, 100]);
      });

      test('the national form: targets typed with signs stay text (not formulas)', () => {
        const sheet = '项目支出绩效自评表';
        const at = (a: string) => valueAt(nat, sheet, a);
        expect(at('A1')).toBe('项目支出绩效自评表');
        expect([at('C5'), at('D5'), at('E5'), at('G5'), at('H5')]).toEqual(['年初预算数', '全年预算数', '全年执行数', '执行率', '得分']);
        expect([at('B6'), at('D6'), at('E6'), at('G6')]).toEqual(['年度资金总额', 120, 111, '92.50%']);
        expect([at('A12'), at('H12')]).toEqual(['一级指标', '偏差原因分析及改进措施']);
        expect([at('D14'), at('E14'), at('G14')]).toEqual(['≥500人次', '480人次', 9.6]);
        expect([at('D15'), formulaAt(nat, sheet, 'D15')]).toEqual(['=100%', null]);
        expect([at('D16'), at('E16'), at('H16')]).toEqual(['≤30天', '33天', null]);
        // 93.88: the form's own 总分, worked by hand in test/cli/cli.test.ts (NATIONAL_EXPECTED_TOTAL)
        expect([at('A21'), at('F21'), at('G21')]).toEqual(['总分', 100, 93.88]);
      });
    });

    describe('writing through a plan', () => {
      let port: WorkbookPort;
      let before: WorkbookSnapshot;
      let plan: WritePlan;
      beforeEach(async () => {
        port = await openPort(SHENZHEN_XLSX);
        before = await port.readSnapshot();
        plan = contractPlan(before);
      });

      const checkWritten = async (p: WorkbookPort) => {
        const after = await p.readSnapshot();
        expect(after.sheets.map((s) => s.name)).toEqual(['评分表', '基础数据', '检查结果', '_perfscore']);
        expect(sheetOf(after, '_perfscore').hidden).toBe(true);
        expect(Boolean(sheetOf(after, '检查结果').hidden)).toBe(false);
        expect(valueAt(after, '评分表', 'J4')).toBe('系统评分');
        expect(valueAt(after, '评分表', 'J9')).toBe(1.89);
        expect(valueAt(after, '评分表', 'J20')).toBe(0);
        expect(valueAt(after, '评分表', 'I20')).toBe(0.5);
        expect(valueAt(after, '评分表', 'J29')).toBe(1.89); // only J9 (1.89) and J20 (0) are filled in column J
        expect(formulaAt(after, '评分表', 'J29')).toBe('=SUM(J5:J28)');
        expect(valueAt(after, '评分表', 'I29')).toBe(97.38);
        expect(formulaAt(after, '评分表', 'I29')).toBe('=SUM(I5:I28)+0');
        expect(valueAt(after, '基础数据', 'B4')).toBe(1936.12);
        expect([valueAt(after, '检查结果', 'A1'), valueAt(after, '检查结果', 'B1')]).toEqual(['单元格', '提示']);
        expect([valueAt(after, '检查结果', 'A2'), valueAt(after, '检查结果', 'C2')]).toEqual(['评分表!I20', true]);
        expect([valueAt(after, '检查结果', 'D2'), formulaAt(after, '检查结果', 'D2')]).toEqual([2, '=LEN("ab")']);
        expect(valueAt(after, '_perfscore', 'A1')).toBe('{"framework":"shenzhen-2024-department"}');
        // untouched cells are untouched
        expect(valueAt(after, '评分表', 'I9')).toBe(1.89);
        expect(valueAt(after, '评分表', 'A5')).toBe('部门决策');
        expect(valueAt(after, '基础数据', 'B19')).toBe('98.70%');
        const probe = options.probe ?? {};
        if (probe.comment) {
          const note = await probe.comment(p, '评分表', 'I20');
          expect(note?.text).toBe('编外人员控制率 4 ÷ 27 = 14.81%，超过 10%，得 0 分');
          if (note?.author !== null && note?.author !== undefined) expect(note.author).toBe('绩效评分助手');
        }
        if (probe.style) {
          expect(await probe.style(p, '评分表', 'J4')).toMatchObject({ bold: true, wrap: true, fill: '#FFF2CC' });
          expect(await probe.style(p, '评分表', 'J9')).toMatchObject({ numberFormat: '0.00' });
          expect(await probe.style(p, '评分表', 'J20')).toMatchObject({ fill: '#F8CBAD' });
          expect(await probe.style(p, '检查结果', 'B2')).toMatchObject({ wrap: true });
        }
        if (probe.columnWidth) expect(await probe.columnWidth(p, '评分表', 9)).toBe(14);
        if (probe.list) {
          expect(await probe.list(p, '基础数据', 'B37')).toEqual(['已公开', '公开有瑕疵', '未公开']);
          expect(await probe.list(p, '检查结果', 'C2')).toEqual(['是', '否']);
          expect(await probe.list(p, '基础数据', 'B36')).toBeNull();
        }
      };

      test('values, formulas, a new sheet, a hidden sheet, a comment, styles and a column width read back', async () => {
        // every host here can make every change: all of them are reported done, none skipped
        expect(await port.applyPlan(plan)).toMatchObject({ applied: plan.changes.length, skipped: [] });
        await checkWritten(port);
      });

      if (options.reopen) {
        const reopen = options.reopen;
        test('what was written survives saving and opening again', async () => {
          await port.applyPlan(plan);
          await checkWritten(await reopen(port));
        });
      }

      test('the inverted plan gives the original snapshot back', async () => {
        await port.applyPlan(plan);
        await port.applyPlan(invertPlan(plan));
        expect(comparable(await port.readSnapshot())).toEqual(comparable(before));
        if (options.probe?.comment) expect(await options.probe.comment(port, '评分表', 'I20')).toBeNull();
        // the list the plan added is removed, not left behind on an empty cell
        if (options.probe?.list) expect(await options.probe.list(port, '基础数据', 'B37')).toBeNull();
      });

      test('a plan aimed at a missing sheet is refused with an error and changes nothing', async () => {
        const bad: WritePlan = {
          title: '错误计划',
          changes: [
            { kind: 'cell', sheet: '评分表', address: 'J5', value: 5, previous: { value: null, formula: null } },
            { kind: 'cell', sheet: '不存在的表', address: 'A1', value: 1, previous: { value: null, formula: null } },
          ],
        };
        await expect(port.applyPlan(bad)).rejects.toThrow(/不存在的表/);
        expect(comparable(await port.readSnapshot())).toEqual(comparable(before));
      });

      test('a comment, a column width or a drop-down list aimed at a missing sheet is refused too', async () => {
        await expect(
          port.applyPlan({ title: 'x', changes: [{ kind: 'comment', sheet: '缺失', address: 'A1', text: 't', author: 'a', previous: null }] }),
        ).rejects.toThrow(/缺失/);
        await expect(port.applyPlan({ title: 'x', changes: [{ kind: 'column-width', sheet: '缺失', column: 0, width: 10 }] })).rejects.toThrow(/缺失/);
        await expect(port.applyPlan({ title: 'x', changes: [{ kind: 'delete-sheet', sheet: '缺失' }] })).rejects.toThrow(/缺失/);
        await expect(port.applyPlan({ title: 'x', changes: [{ kind: 'validation-list', sheet: '缺失', address: 'A1', options: ['是', '否'], previous: null }] })).rejects.toThrow(/缺失/);
        expect(comparable(await port.readSnapshot())).toEqual(comparable(before));
      });

      test('text a cell cannot hold is written cleaned, a text over 32,767 characters cut with the mark, and undone', async () => {
        const empty = { value: null, formula: null };
        const hostile: WritePlan = {
          title: '写入',
          changes: [
            { kind: 'cell', sheet: '基础数据', address: 'F1', value: '甲\ufffe乙\u0001丙\u001b[2J', previous: empty },
            { kind: 'cell', sheet: '基础数据', address: 'F2', value: '提'.repeat(60171), previous: empty },
          ],
        };
        await port.applyPlan(hostile);
        const check = (snap: WorkbookSnapshot) => {
          expect(valueAt(snap, '基础数据', 'F1')).toBe('甲乙丙[2J');
          const long = String(valueAt(snap, '基础数据', 'F2'));
          expect(long.length).toBe(32767);
          expect(long.endsWith('…（已截断，全文见 JSON 报告）')).toBe(true);
        };
        const after = await port.readSnapshot();
        check(after);
        if (options.reopen) check(await (await options.reopen(port)).readSnapshot());
        // the cells still hold what the write put there, so the undo takes both back
        const undo = checkedUndo(after, hostile);
        expect(undo.kept).toEqual([]);
        await port.applyPlan(undo.plan);
        expect(comparable(await port.readSnapshot())).toEqual(comparable(before));
      });
    });
  });
}

import { planTemplate } from '../../src/workbook/plan/template';
import { applyToSnapshot } from '../../src/workbook/plan/applyToSnapshot';
import { findFigures } from '../../src/workbook/read/findFigures';
import { figureDefsFor } from '../../src/frameworks/commonFigures';
import { shenzhen2024Department } from '../../src/frameworks/shenzhen-2024-department';
import { nationalSnapshot, sheet, shenzhenDataRows, shenzhenSnapshot, shenzhenTableRows } from './fixtures';
import { analysed, found } from './helpers';

/** A unit's 基础数据 sheet in its own column order: 序号 | 指标 | 单位 | 数值 | 备注. */
const ownColumns = () => ({
  sheets: [
    sheet('评分表', shenzhenTableRows()),
    sheet('基础数据', [
      ['序号', '指标', '单位', '数值', '备注'],
      [1, '政府采购计划金额', '万元', 5.34, null],
    ]),
  ],
});

describe('planTemplate', () => {
  test('a new 基础数据 sheet lists every figure the leaves need, required first, with units', () => {
    const full = shenzhenSnapshot();
    const tableOnly = { sheets: [full.sheets[0]] };
    const a = analysed(tableOnly);
    const plan = planTemplate(tableOnly, a, a.framework);
    expect(plan.changes[0]).toEqual({ kind: 'add-sheet', sheet: '基础数据' });
    const after = applyToSnapshot(tableOnly, plan);
    const rows = after.sheets.find((s) => s.name === '基础数据')?.values ?? [];
    expect(rows[0]).toEqual(['指标', '数值', '单位', '说明']);
    const labels = rows.map((r) => r[0]);
    for (const l of ['政府采购计划金额', '实际采购金额', '一季度支出进度', '固定资产原值', '核定编制数', '满意度']) expect(labels).toContain(l);
    expect(rows.find((r) => r[0] === '政府采购计划金额')?.[2]).toBe('万元');
    // Checklist answers are optional and come after every required figure.
    const firstOptional = rows.findIndex((r) => String(r[3] ?? '').startsWith('可选'));
    const lastRequired = Math.max(...rows.map((r, i) => (r[3] && !String(r[3]).startsWith('可选') && i > 2 ? i : -1)));
    expect(firstOptional).toBeGreaterThan(lastRequired);
    // Every value cell is empty, and the labels are read back as the right figures once filled.
    expect(rows.slice(1).every((r) => r[1] === null)).toBe(true);
    const ids = findFigures({ sheets: [sheet('基础数据', rows.map((r) => [r[0], r[0] === '满意度' ? '98.6%' : null]))] }, figureDefsFor(shenzhen2024Department.figures));
    expect(ids.figures.get('satisfaction.rate')).toBeDefined();
  });

  test('an existing 基础数据 sheet is only appended to, never overwritten', () => {
    const full = shenzhenSnapshot({}, { 满意度: undefined });
    const a = analysed(full);
    const plan = planTemplate(full, a, a.framework);
    expect(plan.changes.some((c) => c.kind === 'add-sheet')).toBe(false);
    const cells = plan.changes.filter((c) => c.kind === 'cell');
    expect(cells.every((c) => c.kind === 'cell' && c.previous.value === null)).toBe(true);
    expect(cells.some((c) => c.kind === 'cell' && c.value === '满意度')).toBe(true);
    expect(cells.some((c) => c.kind === 'cell' && c.value === '政府采购计划金额')).toBe(false);
  });
});

describe('planTemplate: drop-down lists and column widths', () => {
  const listsOf = (plan: ReturnType<typeof planTemplate>) =>
    new Map(plan.changes.flatMap((c) => (c.kind === 'validation-list' ? [[c.address, c.options] as const] : [])));

  test('every 是/否 figure\'s value cell lists 是/否, every category\'s its categories; numbers get none', () => {
    const full = shenzhenSnapshot();
    const tableOnly = { sheets: [full.sheets[0]] };
    const a = analysed(tableOnly);
    const plan = planTemplate(tableOnly, a, a.framework);
    const rows = applyToSnapshot(tableOnly, plan).sheets.find((s) => s.name === '基础数据')?.values ?? [];
    const lists = listsOf(plan);
    const defs = figureDefsFor(shenzhen2024Department.figures);
    const byLabel = new Map(Object.values(defs).map((d) => [d.label, d]));
    let flags = 0;
    let categories = 0;
    rows.forEach((row, r) => {
      const def = byLabel.get(String(row[0]));
      const list = lists.get(`B${r + 1}`);
      if (def?.kind === 'flag') (flags += 1), expect([row[0], list]).toEqual([row[0], ['是', '否']]);
      else if (def?.kind === 'category') (categories += 1), expect([row[0], list]).toEqual([row[0], ['已公开', '公开有瑕疵', '未公开']]);
      else expect([row[0], list]).toEqual([row[0], undefined]);
    });
    expect(flags).toBeGreaterThan(5);
    expect(categories).toBe(2);
    expect(lists.size).toBe(flags + categories);
    expect(plan.changes.every((c) => c.kind !== 'validation-list' || c.previous === null)).toBe(true);
  });

  test('a new sheet gets readable widths: the label column fits the longest label', () => {
    const full = shenzhenSnapshot();
    const tableOnly = { sheets: [full.sheets[0]] };
    const a = analysed(tableOnly);
    const plan = planTemplate(tableOnly, a, a.framework);
    const widths = new Map(plan.changes.flatMap((c) => (c.kind === 'column-width' ? [[c.column, c.width] as const] : [])));
    const labels = applyToSnapshot(tableOnly, plan).sheets.find((s) => s.name === '基础数据')!.values.map((r) => String(r[0] ?? ''));
    // a Chinese character is two characters wide
    expect(widths.get(0)).toBe(Math.max(...labels.map((l) => [...l].length * 2)) + 2);
    expect(widths.get(1)).toBeGreaterThanOrEqual(14);
    expect(widths.get(3)).toBe(80); // the notes are long: capped, not off screen
  });

  test('a unit\'s own 基础数据 sheet: lists under its value header, its widths left alone', () => {
    const snap = ownColumns();
    const a = analysed(snap);
    const plan = planTemplate(snap, a, a.framework);
    expect(plan.changes.some((c) => c.kind === 'column-width')).toBe(false);
    const rows = applyToSnapshot(snap, plan).sheets.find((s) => s.name === '基础数据')!.values;
    const lists = listsOf(plan);
    expect(lists.size).toBeGreaterThan(0);
    for (const [address, options] of lists) {
      expect(address).toMatch(/^D\d+$/);
      const row = Number(address.slice(1)) - 1;
      expect(row).toBeGreaterThan(1);
      expect(rows[row][3]).toBeNull();
      expect(options?.length).toBeGreaterThan(1);
    }
  });
});

describe('planTemplate → score', () => {
  test('scoring the template as written (every value empty) gives no BAD_NUMBER, and optional rows stay optional', () => {
    const full = shenzhenSnapshot();
    const tableOnly = { sheets: [full.sheets[0]] };
    const first = analysed(tableOnly);
    const filled = applyToSnapshot(tableOnly, planTemplate(tableOnly, first, first.framework));
    const a = analysed(filled);
    expect(found(a, 'BAD_NUMBER')).toEqual([]);
    expect(a.figures.size).toBe(0);
    // checklist and counted-deduction leaves take the typed score as a judgement: no MISSING_INPUT for them
    for (const name of ['预算编制合理性', '预算编制规范性', '绩效指标明确性', '管理制度健全性']) {
      const leaf = a.layout.leaves.find((l) => l.path[l.path.length - 1] === name);
      expect(leaf).toBeDefined();
      expect([name, found(a, 'MISSING_INPUT').some((w) => w.address === leaf?.scoreAddress)]).toEqual([name, false]);
    }
    expect(a.scored.total.toFixed(2)).toBe('96.88');
  });

  test('the same after an existing 基础数据 sheet is extended: the appended rows read as not given', () => {
    const full = shenzhenSnapshot();
    const first = analysed(full);
    const extended = applyToSnapshot(full, planTemplate(full, first, first.framework));
    const a = analysed(extended);
    expect(found(a, 'BAD_NUMBER')).toEqual([]);
    expect(a.figures.size).toBe(first.figures.size);
  });

  test('a figure already given under a label with its unit or a colon is not asked again', () => {
    const data = shenzhenDataRows().map((row) => {
      const rename: Record<string, string> = {
        实际采购金额: '实际采购金额（万元）',
        调整后预算: '调整后预算（万元）',
        '“三公”经费预算数': '"三公"经费预算数（万元）',
        日常公用经费决算数: '日常公用经费决算数（万元）：',
        满意度: '满意度（%）',
      };
      const label = String(row[0]);
      return label in rename ? [rename[label], ...row.slice(1)] : row;
    });
    // and one labelled row left empty: it is there for the unit to fill, not asked twice
    data.push(['政府采购政策功能落实得分', null, '分', null]);
    const snap = { sheets: [sheet('评分表', shenzhenTableRows()), sheet('基础数据', data)] };
    const a = analysed(snap);
    const asked = planTemplate(snap, a, a.framework)
      .changes.filter((c) => c.kind === 'cell' && c.address.startsWith('A'))
      .map((c) => (c.kind === 'cell' ? c.value : null));
    for (const label of ['实际采购金额', '调整后预算', '“三公”经费预算数', '日常公用经费决算数', '满意度', '政府采购政策功能落实得分']) {
      expect(asked).not.toContain(label);
    }
  });

  test('appended rows follow the existing sheet\'s own columns', () => {
    const snap = ownColumns();
    const a = analysed(snap);
    const after = applyToSnapshot(snap, planTemplate(snap, a, a.framework));
    const rows = after.sheets.find((s) => s.name === '基础数据')?.values ?? [];
    const actual = rows.find((r) => r[1] === '实际采购金额');
    expect(actual).toEqual([null, '实际采购金额', '万元', null, expect.stringContaining('金额')]);
    expect(found(analysed(after), 'BAD_NUMBER')).toEqual([]);
  });

  test('the national form: 全年预算数 / 全年执行数 read from the 项目资金 block are not asked again', () => {
    const snap = nationalSnapshot();
    const a = analysed(snap);
    expect(a.figures.has('project.executed')).toBe(true);
    const labels = planTemplate(snap, a, a.framework).changes.map((c) => (c.kind === 'cell' ? c.value : null));
    for (const label of ['全年预算数', '全年执行数']) expect(labels).not.toContain(label);
  });
});

import { planTemplate } from '../../src/workbook/template';
import { applyToSnapshot } from '../../src/workbook/applyToSnapshot';
import { findFigures } from '../../src/workbook/findFigures';
import { figureDefsFor } from '../../src/frameworks/commonFigures';
import { shenzhen2024Department } from '../../src/frameworks/shenzhen-2024-department';
import { sheet, shenzhenSnapshot } from './fixtures';
import { analysed } from './helpers';

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

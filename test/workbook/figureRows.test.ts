import { figureDefsFor } from '../../src/frameworks/commonFigures';
import { FRAMEWORKS } from '../../src/frameworks';
import { shenzhen2024Department } from '../../src/frameworks/shenzhen-2024-department';
import { findFigures, meaningIds, readLabel } from '../../src/workbook/read';
import { found, analysed } from './helpers';
import { sheet, shenzhenSnapshot, shenzhenTableRows } from './fixtures';

const defs = figureDefsFor(shenzhen2024Department.figures);

describe('every 基础数据 row accounted for', () => {
  test('the example sheet: 39 figures used, 单位名称 and 年度 as info, nothing unrecognised', () => {
    const f = findFigures(shenzhenSnapshot(), defs);
    expect(f.rows.filter((r) => r.use === 'info').map((r) => r.label)).toEqual(['单位名称', '年度']);
    expect(f.rows.filter((r) => r.use !== 'info' && r.use !== 'used')).toEqual([]);
    expect(f.rows.filter((r) => r.use === 'used')).toHaveLength(f.figures.size);
    expect(f.figures.size).toBe(39);
  });

  test('a part name is settled by the row above; with none above it is ambiguous, named with its candidates', () => {
    const under = findFigures({ sheets: [sheet('基础数据', [['调整后年度预算', 1912.37], ['其中：基本支出', 1378.91]])] }, defs);
    expect(under.figures.get('budget.adjusted.basic')).toMatchObject({ address: 'B2', how: 'context' });
    const snap = shenzhenSnapshot();
    snap.sheets[1].values.splice(1, 0, ['其中基本支出', 1401.66, '万元', null]);
    const a = analysed(snap);
    const [w] = found(a, 'FIGURE_AMBIGUOUS');
    expect(w).toMatchObject({ severity: 'warning', sheet: '基础数据', address: 'B2' });
    expect(w.message).toContain('“其中基本支出”');
    expect(w.message).toContain('“年初预算基本支出”');
    expect(w.message).toContain('“调整后基本支出预算”');
    expect(a.figureRows.find((r) => r.row === 1)).toMatchObject({ use: 'ambiguous', candidates: expect.arrayContaining(['budget.initial.basic', 'budget.adjusted.basic', 'spending.basic']) });
  });

  test('资产原值 beside 在用资产原值 is the total by elimination; alone it stays ambiguous', () => {
    const both = findFigures({ sheets: [sheet('基础数据', [['资产原值', 64.37], ['在用资产原值', 58.53]])] }, defs);
    expect(both.figures.get('assets.total')).toMatchObject({ address: 'B1', how: 'elimination' });
    expect(both.figures.get('assets.inUse')).toMatchObject({ address: 'B2', how: 'label' });
    const alone = findFigures({ sheets: [sheet('基础数据', [['资产原值', 64.37]])] }, defs);
    expect(alone.figures.size).toBe(0);
    expect(alone.ambiguities).toEqual([{ kind: 'row', sheet: '基础数据', address: 'B1', label: '资产原值', candidates: ['assets.total', 'assets.inUse'] }]);
  });

  test('two rows for one figure: used when they agree (an info), refused when they differ (a warning naming both cells)', () => {
    const agree = analysed(shenzhenSnapshot({}, { 满意度: '98.6%', 信访及时办理回复率: '100%' }));
    expect(found(agree, 'FIGURE_AMBIGUOUS')).toEqual([]);
    const snap = shenzhenSnapshot();
    snap.sheets[1].values.push(['满意度调查结果', '98.6%', null, null]);
    const same = analysed(snap);
    expect(found(same, 'FIGURE_AMBIGUOUS')).toEqual([expect.objectContaining({ severity: 'info', address: 'B40' })]);
    expect(same.figures.get('satisfaction.rate')?.address).toBe('B40');
    snap.sheets[1].values[snap.sheets[1].values.length - 1][1] = '96.4%';
    const differ = analysed(snap);
    const [w] = found(differ, 'FIGURE_AMBIGUOUS');
    expect(w.severity).toBe('warning');
    expect(w.message).toContain('基础数据!B40“满意度” 98.6%');
    expect(w.message).toContain('基础数据!B43“满意度调查结果” 96.4%');
    expect(differ.figures.has('satisfaction.rate')).toBe(false);
    expect(differ.figureRows.filter((r) => r.figure === 'satisfaction.rate').map((r) => r.use)).toEqual(['duplicate', 'duplicate']);
  });

  test('a row naming none of our figures is listed with the nearest figures, best first', () => {
    const f = findFigures({ sheets: [sheet('基础数据', [['待处置资产原值', 5.84], ['退休人员', 12], ['平均值', 1]])] }, defs);
    expect(f.rows.map((r) => r.use)).toEqual(['unrecognised', 'unrecognised', 'unrecognised']);
    expect(f.rows[0].nearest?.slice(0, 2).sort()).toEqual(['assets.inUse', 'assets.total']);
    expect(f.rows[1].nearest).toEqual([]);
    expect(f.unknown.map((u) => u.address)).toEqual(['A1', 'A2', 'A3']);
  });
});

describe('the value column', () => {
  test('from a header 金额/数量 or 本年数', () => {
    for (const header of ['金额/数量', '本年数', '填报值']) {
      const f = findFigures({ sheets: [sheet('基础数据', [['序号', '项目', '说明', header], [1, '实有在编人数', '含工勤', 23]])] }, defs);
      expect([header, f.figures.get('staff.onPost')?.address]).toEqual([header, 'D2']);
    }
  });

  test('with no header, from the column holding the numbers (not the note beside the label)', () => {
    const f = findFigures({ sheets: [sheet('基础数据', [['核定编制数', '核定', 25], ['在编人数', '实有', 23], ['编外人数', null, 4]])] }, defs);
    expect([...f.figures.values()].map((x) => [x.id, x.address, String(x.value)])).toEqual([
      ['staff.authorised', 'C1', '25'],
      ['staff.onPost', 'C2', '23'],
      ['staff.contract', 'C3', '4'],
    ]);
  });
});

describe('the frameworks’ own figure labels read by meaning', () => {
  /** Labels that alone name several figures by design: the row above or elimination settles them. */
  const BY_CONTEXT: Record<string, string[]> = {
    'spending.basic': ['基本支出'],
    'spending.project': ['项目支出'],
    'assets.total': ['固定资产原值'],
  };
  test('each label and synonym names its own figure (or, for a part name, is ambiguous including it)', () => {
    const wrong: string[] = [];
    for (const fw of FRAMEWORKS) {
      const all = figureDefsFor(fw.figures);
      const ids = meaningIds(Object.keys(all));
      for (const id of ids) {
        for (const label of [all[id].label, ...(all[id].synonyms ?? [])]) {
          const r = readLabel(label, Object.keys(all));
          const ok = BY_CONTEXT[id]?.includes(label) ? r.kind === 'ambiguous' && r.candidates.includes(id) : r.kind === 'figure' && r.id === id;
          if (!ok) wrong.push(`${fw.id} ${id} “${label}” → ${JSON.stringify(r.kind === 'figure' ? r.id : r.kind)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every figure a framework declares has a meaning', () => {
    for (const fw of FRAMEWORKS) expect(Object.keys(figureDefsFor(fw.figures)).filter((id) => meaningIds([id]).length === 0)).toEqual([]);
  });

  test('the table rows of the example are not read as 基础数据 (only 基础数据 sheets are)', () => {
    expect(findFigures({ sheets: [sheet('评分表', shenzhenTableRows())] }, defs).rows).toEqual([]);
  });
});

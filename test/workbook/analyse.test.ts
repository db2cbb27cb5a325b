import { fixed } from '../../src/engine/decimal';
import type { ScoredLeaf, ScoredNode } from '../../src/engine/tree.types';
import { analyse } from '../../src/workbook/analyse/analyse';
import { sheet, guangzhouSnapshot, nationalSnapshot, shenzhenSnapshot } from './fixtures';
import { analysed } from './helpers';

function leaves(nodes: ScoredNode[]): ScoredLeaf[] {
  return nodes.flatMap((n) => (n.kind === 'leaf' ? [n] : leaves(n.children)));
}

describe('analyse', () => {
  test('golden: seed 002 table + 基础数据 scores 96.88 with every leaf as in domain.md §3', () => {
    const a = analysed(shenzhenSnapshot());
    expect(a.framework.id).toBe('shenzhen-2024-department');
    expect(fixed(a.scored.total)).toBe('96.88');
    expect(a.scored.grade).toBe('优');
    expect(a.scored.roots.map((r) => `${r.name} ${fixed(r.score ?? 0)}`)).toEqual(['部门决策 20.00', '部门管理 18.89', '部门绩效 57.99']);
    const byName = Object.fromEntries(leaves(a.scored.roots).map((l) => [l.name, l]));
    expect(fixed(byName['政府采购执行情况'].score ?? 0)).toBe('1.89');
    expect(byName['政府采购执行情况'].status).toBe('scored');
    expect(fixed(byName['预算执行率'].score ?? 0)).toBe('5.99');
    expect(byName['预算执行率'].status).toBe('scored');
    expect(fixed(byName['固定资产利用率'].score ?? 0)).toBe('1.00');
    expect(fixed(byName['编外人员控制率'].score ?? 0)).toBe('0.00');
    expect(fixed(byName['公用经费控制率'].score ?? 0)).toBe('5.00');
    expect(fixed(byName['项目完成及时性'].score ?? 0)).toBe('6.00');
    expect(fixed(byName['公众或服务对象满意度'].score ?? 0)).toBe('6.00');
    expect(fixed(byName['社会效益、经济效益、生态效益及持续影响等'].score ?? 0)).toBe('24.00');
    expect(byName['社会效益、经济效益、生态效益及持续影响等'].status).toBe('judgement');
    expect(a.unitName).toBe('深圳市科技交流服务中心');
    expect(a.year).toBe('2024');
    // Only the rounding-level note on 人员经费 + 公用经费 = 基本支出.
    expect(a.warnings.map((w) => `${w.severity}:${w.code}`)).toEqual(['info:PARTS_SUM_MISMATCH']);
  });

  test('seed 003: Guangzhou table with its 合计 100 sums to 95.82 and draws the error', () => {
    const a = analysed(guangzhouSnapshot());
    expect(a.framework.id).toBe('guangzhou-department');
    expect(fixed(a.scored.total)).toBe('95.82');
    expect(a.scored.roots.map((r) => fixed(r.score ?? 0))).toEqual(['48.82', '47.00']);
    expect(a.warnings.find((w) => w.code === 'SUM_MISMATCH')).toMatchObject({ severity: 'error', sheet: '表5', address: 'E33' });
    expect(a.year).toBe('2023');
  });

  test('national form: 预算执行率 from the funds block plus the indicator rows', () => {
    const a = analysed(nationalSnapshot());
    expect(a.framework.id).toBe('national-project-self-eval');
    expect(fixed(a.scored.total)).toBe('89.90');
    expect(a.scored.grade).toBe('良');
    const l = Object.fromEntries(leaves(a.scored.roots).map((x) => [x.name, x]));
    expect(l['预算执行率']).toMatchObject({ status: 'scored', ruleId: 'project-budget-execution', ref: '项目自评表!H6' });
    expect(fixed(l['预算执行率'].score ?? 0)).toBe('9.50');
    expect(l['培训人次']).toMatchObject({ status: 'scored', ruleId: 'indicator-positive' });
    expect(fixed(l['培训人次'].score ?? 0)).toBe('14.40');
    expect(l['活动平均筹备时间'].ruleId).toBe('indicator-reverse');
    expect(l['公众科学素质']).toMatchObject({ status: 'judgement', ruleId: 'indicator-qualitative' });
    expect(a.figures.get('row10.target')).toMatchObject({ sheet: '项目自评表', address: 'D10' });
    expect(a.figures.get('project.budget')).toMatchObject({ address: 'D6' });
    expect(a.warnings).toEqual([]);
  });

  test('qualitative score outside its grade band is an error', () => {
    const a = analysed(nationalSnapshot({ qualScore: 27 }));
    expect(a.warnings.find((w) => w.code === 'QUALITATIVE_OUT_OF_BAND')).toMatchObject({ severity: 'error', address: 'G12' });
  });

  test('settings stored in the workbook are the defaults; options override them', () => {
    const snap = guangzhouSnapshot();
    snap.sheets.push(sheet('_perfscore', [['perfscore-settings', '1'], ['framework', 'shenzhen-2024-department']]));
    expect(analysed(snap).framework.id).toBe('shenzhen-2024-department');
    expect(analysed(snap, { framework: 'guangzhou-department' }).framework.id).toBe('guangzhou-department');
  });

  test('an override attaches no rule to a leaf: it becomes a judgement', () => {
    const a = analysed(shenzhenSnapshot(), { overrides: { '部门管理/资金管理/政府采购执行情况': 'none' } });
    const leaf = leaves(a.scored.roots).find((x) => x.name === '政府采购执行情况');
    expect(leaf).toMatchObject({ status: 'judgement', ruleId: null });
  });

  test('bad input gives a Chinese message, not a crash', () => {
    const none = analyse({ sheets: [] });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message).toContain('未找到指标评分表');
    const unknown = analyse(shenzhenSnapshot(), { framework: 'nowhere' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toContain('未知的指标体系');
  });

  test('a table no framework knows is scored from its own judgement scores', () => {
    const a = analysed({ sheets: [sheet('S', [['指标名称', '分值', '得分'], ['自定义甲', 60, 55], ['自定义乙', 40, 40]])] });
    expect(a.framework.id).toBe('table-only');
    expect(fixed(a.scored.total)).toBe('95.00');
  });
});

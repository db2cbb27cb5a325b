import { D } from '../../../src/engine/decimal';
import { evaluateRule } from '../../../src/engine/evaluate';
import { parseStandard, toEngineRule } from '../../../src/workbook/rules';

const figures = (entries: [string, string][]) => new Map(entries.map(([k, v]) => [k, new D(v)]));

describe('toEngineRule', () => {
  it('turns seed 002 固定资产利用率 tiers into fraction thresholds: 90.93% → 1', () => {
    const reading = parseStandard({
      text: '1. 固定资产利用率≥90%的，得1分； 2. 90%>固定资产利用率≥75%的，得0.7分； 3. 75%>固定资产利用率≥60%的，得0.4分； 4. 固定资产利用率<60%的，得0分。',
      points: '1',
    });
    const r = toEngineRule(reading, '1', (n) => (n === '固定资产利用率' ? 'assets.utilisation' : undefined));
    expect(r).toEqual({
      ok: true,
      rule: {
        kind: 'tiers',
        points: '1',
        label: '固定资产利用率',
        value: 'assets.utilisation',
        tiers: [
          { op: '>=', threshold: '0.9', points: '1' },
          { op: '>=', threshold: '0.75', points: '0.7' },
          { op: '>=', threshold: '0.6', points: '0.4' },
          { op: '<', threshold: '0.6', points: '0' },
        ],
      },
    });
    if (!r.ok) return;
    const out = evaluateRule(r.rule, { figures: figures([['assets.utilisation', '0.9093']]) });
    expect(out.status === 'scored' && out.score.toString()).toBe('1');
  });

  it('reads the Hunan 在职人员控制率 as threshold-deduct: 104.5% of 8 points at −0.5 per point → 5.75', () => {
    const reading = parseStandard({ text: '在职人员控制率≤100%，计8分；每超过一个百分点扣0.5分，扣完为止。', points: '8' });
    const r = toEngineRule(reading, '8', () => 'staff.rate');
    expect(r).toEqual({ ok: true, rule: { kind: 'threshold-deduct', points: '8', label: '在职人员控制率', value: 'staff.rate', threshold: '1', perPoint: '0.5' } });
    if (!r.ok) return;
    const out = evaluateRule(r.rule, { figures: figures([['staff.rate', '1.045']]) });
    expect(out.status === 'scored' && out.score.toString()).toBe('5.75');
  });

  it('says which figures it needs when the caller cannot place a name', () => {
    const reading = parseStandard({ text: '1. 所有部门预算安排的项目均按计划时间完成（6分）； 2. 部分项目未按计划时间完成的，本指标得分=已完成项目数/计划完成项目总数×6分。', points: '6' });
    expect(toEngineRule(reading, '6', (n) => (n === '已完成项目数' ? 'projects.done' : undefined))).toEqual({ ok: false, needs: ['计划完成项目总数'] });
  });

  it('says so where no engine kind fits, rather than approximating', () => {
    const under = parseStandard({ text: '100%计满分,每低于5%扣2分,扣完为止。', points: '5', definition: '预算完成率=(…)/(…)×100%。' });
    expect(toEngineRule(under, '5', () => 'x')).toMatchObject({ ok: false, unsupported: expect.stringContaining('direction under') });
    const steps = parseStandard({ text: '100%以下(含)计满分,每超出5%扣2分,扣完为止。', points: '5', definition: '楼堂馆所面积控制率=实际建设面积/批准建设面积×100%。' });
    expect(toEngineRule(steps, '5', () => 'x')).toMatchObject({ ok: false, unsupported: expect.stringContaining('不足一档') });
    // "=0 → 3; 0–10%(含) → 2 …": a negative rate is covered by no band, and no one-sided chain leaves it uncovered
    const adjust = parseStandard({ text: '预算调整率=0,计3分;0-10%(含),计2分;10-20%(含),计1分;20-30%(含),计0.5分;大于30%不得分。', points: '3' });
    expect(adjust.kind).toBe('tiers');
    expect(toEngineRule(adjust, '3', () => 'x')).toMatchObject({ ok: false, unsupported: expect.stringContaining('未覆盖') });
  });

  it('wraps a grant clause in a composite with the grant as a figure', () => {
    const reading = parseStandard({ text: '1 .各项评价指标按照经批准的实施方案确定的实现程度赋分,即“评价指标得分二实际完成量/目标任务的比值*该项指标分值”。2 .若实施方案没有该项建设任务的,不扣分。', points: '2' });
    const r = toEngineRule(reading, '2', (n) => n);
    expect(r.ok && r.rule.kind).toBe('composite');
    if (!r.ok) return;
    const out = evaluateRule(r.rule, { figures: figures([['实际完成量', '3'], ['目标任务', '4'], ['若实施方案没有该项建设任务的,不扣分。', '0']]) });
    expect(out.status === 'scored' && out.score.toString()).toBe('1.5');
  });
});

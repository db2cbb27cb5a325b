import { parseStandard, type Reading } from '../../../src/workbook/rules';

/**
 * Wordings the grammar reads beyond the plain patterns, each beside the near miss it must not read:
 * a text that states less is reported (not-understood / judgement), never filled in.
 */

const read = (text: string, points: string): Reading => parseStandard({ text, points });
const soft = (r: Reading) => ['judgement', 'ambiguous', 'not-understood'].includes(r.kind);

describe('counts whose condition is stated before them', () => {
  it('以上情况每出现一例不符合要求的: the listed requirements are what is counted against', () => {
    const r = read('①资金拨付有完整的审批程序和手续;\n②支出符合部门预算批复的用途。\n以上情况每出现一例不符合要求的扣1分,扣完为止。', '2');
    expect(r).toEqual({ kind: 'deduct', what: '不符合要求', perItem: '1', full: '2' });
  });

  it('a leading condition labels "一项扣…"; "一项扣…" alone names nothing to count', () => {
    expect(read('没按要求编报绩效目标的，一项扣1分，扣完为止。', '3')).toEqual({ kind: 'deduct', what: '没按要求编报绩效目标', perItem: '1', full: '3' });
    expect(read('一项扣1分，扣完为止。', '3').kind).toBe('not-understood');
  });

  it('a sentence with figures is read only as the schedule a later count refers to', () => {
    const r = read('春节前下达全部专项资金的50%。每发现一项违规支出扣0.5分，扣完为止。', '3');
    expect(r).toMatchObject({ kind: 'not-understood', why: expect.stringContaining('春节前下达全部专项资金的50%') });
  });
});

describe('a share of counts', () => {
  it('得分=A个数/B个数 is that share of the points', () => {
    expect(read('该项指标得分=达到预期值的数量指标个数/全部数量指标个数(即评价选取的所有数量指标)', '10')).toEqual({
      kind: 'ratio',
      numerator: '达到预期值的数量指标个数',
      denominator: '全部数量指标个数',
      points: '10',
      cap: '1',
    });
  });

  it('a quotient of amounts with no points factor is not read', () => {
    expect(soft(read('该项指标得分=实际支出金额/预算金额', '10'))).toBe(true);
  });

  it('"单个…均不计分" only beside a share of the same things', () => {
    expect(read('单个数量指标未达到预期的,均不计分。该项指标得分=达到预期值的数量指标个数/全部数量指标个数', '10').kind).toBe('ratio');
    expect(soft(read('单个项目未完成的,均不计分。该项指标得分=达到预期值的数量指标个数/全部数量指标个数', '10'))).toBe(true);
    expect(soft(read('单个数量指标未达到预期的,均不计分。', '10'))).toBe(true);
  });
});

describe('a checklist announced by "按实现程度计分"', () => {
  const lead = (n: number) => `考查${n}项效益指标的完成情况,按实现程度计分。其中:提高灌溉水利用系数2分、新增节水灌溉面积2分`;

  it('is read when each item is said to be all or nothing', () => {
    expect(read(`${lead(2)},每完成1项取得该项分数,未完成项不得分。`, '4')).toEqual({
      kind: 'checklist',
      items: [
        { text: '提高灌溉水利用系数', points: '2' },
        { text: '新增节水灌溉面积', points: '2' },
      ],
    });
  });

  it('is not read when partial achievement is left open, or the count disagrees', () => {
    expect(soft(read(`${lead(2)}。`, '4'))).toBe(true);
    expect(soft(read(`${lead(3)},每完成1项取得该项分数,未完成项不得分。`, '4'))).toBe(true);
  });
});

describe('an instruction on evidence', () => {
  it('"需对照…文件，根据实际情况评分" states no rule; "根据实际情况评分" alone is judgement', () => {
    expect(read('本指标需对照有关制度文件，根据实际情况评分。', '5').kind).toBe('not-understood');
    expect(read('根据实际情况评分。', '5').kind).toBe('judgement');
  });
});

describe('a deduction counted on an overrun', () => {
  it('"超过计划时间的…根据超…百分比扣分" makes 每相差 an overrun, full points at none', () => {
    const r = read('在计划时间内完成的,得满分,超过计划时间的,除特殊原因外,应根据超计划时间占计划完成时间百分比扣分。实际完成情况与计划每相差5%,扣1分,扣完为止。', '5');
    expect(r).toEqual({
      kind: 'per-point',
      measure: '超计划时间占计划完成时间百分比',
      unit: '%',
      full: '5',
      fullWhen: { max: '0', maxInclusive: true },
      direction: 'over',
      step: '5',
      deduct: '1',
      partial: 'ambiguous',
      grant: ['除特殊原因外'],
    });
  });

  it('without it, 每相差 deducts both ways and is not read', () => {
    expect(soft(read('在计划时间内完成的,得满分。实际完成情况与计划每相差5%,扣1分,扣完为止。', '5'))).toBe(true);
  });
});

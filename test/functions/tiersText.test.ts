import { parseTierItem, parseTiersText, printTiersText } from '../../src/engine/tiersText';
import { toHalfWidth } from '../../src/engine/text';

function tiers(text: string) {
  const result = parseTiersText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.tiers;
}

function failure(text: string) {
  const result = parseTiersText(text);
  if (result.ok) throw new Error(`expected a syntax error for ${text}`);
  return result.error;
}

describe('tiers text grammar', () => {
  it('reads the seed 002 固定资产利用率 tiers, % thresholds as fractions', () => {
    expect(tiers('>=90%:1; >=75%:0.7; >=60%:0.4; else:0')).toEqual([
      { op: '>=', threshold: '0.9', points: '1' },
      { op: '>=', threshold: '0.75', points: '0.7' },
      { op: '>=', threshold: '0.6', points: '0.4' },
      { points: '0' },
    ]);
  });

  it('accepts every comparator, including ≥ ≤ and full-width forms', () => {
    expect(tiers('>1:1;<2:2;=3:3;<=4:4;>=5:5').map((t) => t.op)).toEqual(['>', '<', '=', '<=', '>=']);
    expect(tiers('≥95%:6；≤10%:2').map((t) => [t.op, t.threshold])).toEqual([
      ['>=', '0.95'],
      ['<=', '0.1'],
    ]);
    expect(tiers('＞＝９０％：１，＜６０％：０').map((t) => [t.op, t.threshold, t.points])).toEqual([
      ['>=', '0.9', '1'],
      ['<', '0.6', '0'],
    ]);
    expect(tiers('＞5:1，＜＝3:0.5，＝4:2').map((t) => t.op)).toEqual(['>', '<=', '=']);
  });

  it('accepts 否则 / 其他 and newline, comma and full-width separators', () => {
    expect(tiers('<5%:1\n<=10%:0.5\n否则:0')).toEqual([
      { op: '<', threshold: '0.05', points: '1' },
      { op: '<=', threshold: '0.1', points: '0.5' },
      { points: '0' },
    ]);
    expect(tiers('>=95%:6, >=90%:4，>=80%:2；其他:1')).toHaveLength(4);
    expect(tiers('>= 3 : 1 ;; else : 0 ;')).toEqual([{ op: '>=', threshold: '3', points: '1' }, { points: '0' }]);
  });

  it('keeps plain thresholds as written and exact (no floats)', () => {
    expect(tiers('>=0.1:1;>=12.345:2')).toEqual([
      { op: '>=', threshold: '0.1', points: '1' },
      { op: '>=', threshold: '12.345', points: '2' },
    ]);
    expect(tiers('<33.33%:1')[0].threshold).toBe('0.3333');
  });

  it('names the bad fragment in Chinese', () => {
    const noColon = failure('>=90% 1; else:0');
    expect(noColon.code).toBe('tiers-syntax');
    expect(noColon.fragment).toBe('>=90% 1');
    expect(noColon.message).toContain('分档规则无法识别');
    expect(noColon.message).toContain('缺少冒号');

    expect(failure('>=abc:1').fragment).toBe('>=abc:1');
    expect(failure('90%:1').message).toContain('条件应写成');
    expect(failure('>=90%:x').message).toContain('分值应为');
    expect(failure('>=90%:-1').message).toContain('分值应为');
    expect(failure('=>90%:1').fragment).toBe('=>90%:1');
  });

  it('rejects an empty rule and an else that is not last', () => {
    expect(failure('  ;  ').message).toContain('规则为空');
    const early = failure('else:0; >=90%:1');
    expect(early.message).toContain('应放在最后');
    expect(early.fragment).toBe('>=90%:1');
  });

  it('never evaluates the text as code', () => {
    expect(parseTiersText('>=1:1; process.exit(1):0').ok).toBe(false);
    expect(parseTiersText('>=1+1:1').ok).toBe(false);
  });

  it('reads one condition and points pair as a range row gives them', () => {
    expect(parseTierItem('≥90%', '1')).toEqual({ ok: true, tiers: [{ op: '>=', threshold: '0.9', points: '1' }] });
    expect(parseTierItem('其他', '0分')).toEqual({ ok: true, tiers: [{ points: '0' }] });
  });

  it('folds full-width characters', () => {
    expect(toHalfWidth('９８．７％')).toBe('98.7%');
  });

  it('prints tiers as the text it reads back to the same tiers', () => {
    const seed = [
      { op: '>=', threshold: '0.9', points: '1' },
      { op: '>=', threshold: '0.75', points: '0.7' },
      { op: '<', threshold: '0.05', points: '0.5' },
      { points: '0' },
    ] as const;
    expect(printTiersText([...seed])).toBe('>=90%:1;>=75%:0.7;<5%:0.5;else:0');
    expect(tiers(printTiersText([...seed]))).toEqual(seed);
  });
});

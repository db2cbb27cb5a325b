import { readCount, readIndicatorPair, readIndicatorValue, readNonNegative, readNumber, readPositive, readRate, readText } from '../../src/functions/args';
import { FunctionArgumentError, INVALID_VALUE } from '../../src/functions/errors';
import { readIndicatorValues, readTarget } from '../../src/workbook/read/targetText';

function thrown(fn: () => unknown): FunctionArgumentError {
  try {
    fn();
  } catch (error) {
    return error as FunctionArgumentError;
  }
  throw new Error('expected an error');
}

describe('argument parsing (one rule for every PERF.* function)', () => {
  it('takes Excel numbers exactly as their shortest decimal', () => {
    expect(readNumber(0.987, 'x').toString()).toBe('0.987');
    expect(readNumber(1936.12, 'x').toString()).toBe('1936.12');
    expect(readNumber(-3, 'x').toString()).toBe('-3');
  });

  it('parses text: %, thousands separators, full-width digits', () => {
    expect(readNumber('98.7%', 'x').toString()).toBe('0.987');
    expect(readNumber(' 1,936.12 ', 'x').toString()).toBe('1936.12');
    expect(readNumber('９８．７％', 'x').toString()).toBe('0.987');
    expect(readNumber('１，９３６．１２', 'x').toString()).toBe('1936.12');
  });

  it('reads a bare number above 1.5 as a percentage figure where a rate is expected', () => {
    expect(readRate(98.7, 'x').toString()).toBe('0.987');
    expect(readRate('98.7', 'x').toString()).toBe('0.987');
    expect(readRate(0.987, 'x').toString()).toBe('0.987');
    expect(readRate(1.0496, 'x').toString()).toBe('1.0496');
    expect(readRate(1.5, 'x').toString()).toBe('1.5');
    expect(readRate('150%', 'x').toString()).toBe('1.5');
    expect(readRate('2%', 'x').toString()).toBe('0.02');
  });

  it('does not rescale amounts', () => {
    expect(readNonNegative(98.7, 'x').toString()).toBe('98.7');
    expect(readPositive('5.34', 'x').toString()).toBe('5.34');
  });

  it('throws #VALUE! with a Chinese message naming the argument', () => {
    const cases: [() => unknown, string][] = [
      [() => readNumber(null, '预算数'), '参数“预算数”不能为空'],
      [() => readNumber('', '预算数'), '参数“预算数”不能为空'],
      [() => readNumber(undefined, '预算数'), '参数“预算数”不能为空'],
      [() => readNumber('abc', '预算数'), '参数“预算数”不是数字：“abc”'],
      [() => readNumber('1,93,6', '预算数'), '不是数字'],
      [() => readNumber(Number.NaN, '预算数'), '不是有效数字'],
      [() => readNumber(Number.POSITIVE_INFINITY, '预算数'), '不是有效数字'],
      [() => readNumber(true, '预算数'), '应为数字'],
      [() => readNonNegative(-1, '预算数'), '不能为负数'],
      [() => readPositive(0, '预算数'), '不能为 0'],
      [() => readRate(-0.1, '支出进度'), '不能为负数'],
      [() => readCount(1.5, '项数'), '应为整数'],
      [() => readText(null, '方向'), '不能为空'],
    ];
    for (const [fn, message] of cases) {
      const error = thrown(fn);
      expect(error).toBeInstanceOf(FunctionArgumentError);
      expect(error.code).toBe(INVALID_VALUE);
      expect(error.message).toContain(message);
    }
  });

  it('reads indicator values with a comparator and a unit', () => {
    expect(readIndicatorValue('≥500人次', 'x')).toEqual({ value: expect.anything(), op: '>=', kind: 'count', unit: '人次' });
    expect(readIndicatorValue('≥500人次', 'x').value.toString()).toBe('500');
    expect(readIndicatorValue('≤30天', 'x').op).toBe('<=');
    expect(readIndicatorValue('不低于500人次', 'x').op).toBe('>=');
    expect(readIndicatorValue('=100%', 'x')).toEqual({ value: expect.anything(), op: '=', kind: 'rate', unit: '%' });
    expect(readIndicatorValue('=100%', 'x').value.toString()).toBe('1');
    expect(readIndicatorValue('480人次', 'x')).toEqual({ value: expect.anything(), op: undefined, kind: 'count', unit: '人次' });
    expect(readIndicatorValue(28, 'x')).toEqual({ value: expect.anything(), kind: 'number', unit: '' });
    expect(readIndicatorValue(28, 'x').value.toString()).toBe('28');
    expect(thrown(() => readIndicatorValue('达到预期', '实际完成值')).message).toContain('不是数字');
  });

  it('normalises indicator amounts to 万元 and rates to fractions, full-width included', () => {
    expect(readIndicatorValue('5亿元', 'x')).toEqual({ value: expect.anything(), op: undefined, kind: 'amount', unit: '亿元' });
    expect(readIndicatorValue('5亿元', 'x').value.toString()).toBe('50000');
    expect(readIndicatorValue('≥500万元', 'x').value.toString()).toBe('500');
    expect(readIndicatorValue('≤2,000,000元', 'x').value.toString()).toBe('200');
    expect(readIndicatorValue('0.13亿', 'x').value.toString()).toBe('1300');
    expect(readIndicatorValue('１９３６．１２万', 'x').value.toString()).toBe('1936.12');
    expect(readIndicatorValue('≥９５％', 'x').value.toString()).toBe('0.95');
  });

  it('pairs actual and target in one unit; a bare number takes the other side’s unit', () => {
    const pair = (a: string | number, t: string | number) => {
      const p = readIndicatorPair(a, t);
      return [p.actual.toString(), p.target.toString(), p.op];
    };
    expect(pair('5亿元', '≥500万元')).toEqual(['50000', '500', '>=']);
    expect(pair(480, '≥500万元')).toEqual(['480', '500', '>=']);
    expect(pair(4.8, '≥5亿元')).toEqual(['48000', '50000', '>=']);
    expect(pair(98, '≥95%')).toEqual(['0.98', '0.95', '>=']);
    expect(pair(0.98, '≥95%')).toEqual(['0.98', '0.95', '>=']);
    expect(pair('98%', 95)).toEqual(['0.98', '0.95', undefined]);
    expect(pair('480人次', 500)).toEqual(['480', '500', undefined]);
    expect(pair(480, 500)).toEqual(['480', '500', undefined]);
  });

  it('refuses an amount against a percentage and 人次 against 天, naming both units', () => {
    const kinds = thrown(() => readIndicatorPair('5亿元', '≥95%'));
    expect(kinds.code).toBe(INVALID_VALUE);
    expect(kinds.message).toBe('实际完成值的单位“亿元”与年度指标值的单位“%”不同（金额与百分比），无法比较（units differ: 亿元 vs %）');
    const counts = thrown(() => readIndicatorPair('480人次', '≤30天'));
    expect(counts.message).toBe('实际完成值的单位“人次”与年度指标值的单位“天”不同，无法比较（units differ: 人次 vs 天）');
    expect(thrown(() => readIndicatorPair('30天', '≥500万元')).message).toContain('（数量与金额）');
  });

  it('reads accounting negatives in brackets and names the brackets where negatives are refused', () => {
    expect(readNumber('(1.5)', 'x').toString()).toBe('-1.5');
    expect(readNumber('（1,936.12）', 'x').toString()).toBe('-1936.12');
    expect(thrown(() => readNonNegative('（1.5）', '分子')).message).toBe('参数“分子”不能为负数：“（1.5）”是括号表示的负数 -1.5（分子 must not be negative）');
    expect(thrown(() => readRate('(2%)', '支出进度')).message).toContain('“(2%)”是括号表示的负数 -0.02');
    expect(thrown(() => readNonNegative(-1.5, '分子')).message).toBe('参数“分子”不能为负数：-1.5（分子 must not be negative）');
  });

  it('pairs indicator values exactly as the workbook pairs 年度指标值 and 实际完成值 cells', () => {
    const cases: [string | number, string | number][] = [
      ['9,800人次', '≥1万人次'],
      [0.98, '≥1万人次'],
      ['5亿元', '≥500万元'],
      [480, '≥500万元'],
      [4.8, '≥5亿元'],
      [98, '≥95%'],
      [0.98, '≥95%'],
      ['98%', 95],
      ['480,000元', '≤50万元'],
      ['28天', '≤30天'],
      ['１９３６．１２万', '≥2000万元'],
      [480, 500],
    ];
    for (const [actual, target] of cases) {
      const reading = readTarget(String(target));
      if (reading.kind !== 'quantitative') throw new Error(String(target));
      const sheet = readIndicatorValues(reading, actual);
      if (!sheet.ok) throw new Error(`${actual} / ${target}`);
      const fn = readIndicatorPair(actual, target);
      expect([fn.actual.toString(), fn.target.toString()]).toEqual([sheet.actual.toString(), sheet.target.toString()]);
    }
    // 万人次 and 人次 are one unit: 9800 against 10000
    const p = readIndicatorPair('9,800人次', '≥1万人次');
    expect([p.actual.toString(), p.target.toString()]).toEqual(['9800', '10000']);
  });
});

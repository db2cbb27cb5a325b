import { readCount, readIndicatorValue, readNonNegative, readNumber, readPositive, readRate, readText } from '../../src/functions/args';
import { FunctionArgumentError, INVALID_VALUE } from '../../src/functions/errors';

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
    expect(readIndicatorValue('≥500人次', 'x')).toEqual({ value: expect.anything(), op: '>=' });
    expect(readIndicatorValue('≥500人次', 'x').value.toString()).toBe('500');
    expect(readIndicatorValue('≤30天', 'x').op).toBe('<=');
    expect(readIndicatorValue('=100%', 'x').value.toString()).toBe('1');
    expect(readIndicatorValue('480人次', 'x')).toEqual({ value: expect.anything(), op: undefined });
    expect(readIndicatorValue(28, 'x').value.toString()).toBe('28');
    expect(thrown(() => readIndicatorValue('达到预期', '实际完成值')).message).toContain('不是数字');
  });
});

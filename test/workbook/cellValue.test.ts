import fc from 'fast-check';
import { D } from '../../src/engine/decimal';
import { parseCell, readCell, normaliseLabel, type ParsedOk } from '../../src/workbook/read/cellValue';
import { readTarget } from '../../src/workbook/read/targetText';

function ok(v: Parameters<typeof readCell>[0], expect?: Parameters<typeof parseCell>[1], hint?: string): ParsedOk {
  const r = parseCell(v, expect, hint);
  if (!r.ok) throw new Error(`expected ok for ${String(v)}: ${r.message}`);
  return r;
}
const val = (r: ParsedOk) => (typeof r.value === 'string' ? r.value : r.value.toFixed());

describe('cell text parsing', () => {
  test('host numbers go through their shortest text, never float arithmetic', () => {
    expect(val(ok(0.1))).toBe('0.1');
    expect(val(ok(1936.12))).toBe('1936.12');
    expect(ok(5.34).tolerance.toFixed()).toBe('0.005');
    expect(val(ok(1e-7))).toBe('0.0000001');
    expect(readCell(Number.NaN).ok).toBe(false);
  });
  test('percentages become fractions with unit %', () => {
    const r = ok('98.70%');
    expect(val(r)).toBe('0.987');
    expect(r.unit).toBe('%');
    expect(r.kind).toBe('rate');
    expect(r.tolerance.toFixed()).toBe('0.00005');
  });
  test('thousands separators and 万元', () => {
    expect(val(ok('1,936.12'))).toBe('1936.12');
    const r = ok('1,936.12万元');
    expect(val(r)).toBe('1936.12');
    expect(r.unit).toBe('万元');
    expect(r.kind).toBe('amount');
  });
  test('元 and 亿元 are normalised to 万元 with the written unit kept', () => {
    const yuan = ok('2000.41 元');
    expect(val(yuan)).toBe('0.200041');
    expect(yuan.sourceUnit).toBe('元');
    expect(yuan.written?.toFixed()).toBe('2000.41');
    const yi = ok('0.13亿元');
    expect(val(yi)).toBe('1300');
    expect(yi.sourceUnit).toBe('亿元');
  });
  test('full-width digits and punctuation, spaces, minus signs', () => {
    expect(val(ok('９８．７'))).toBe('98.7');
    expect(val(ok('１，９３６．１２'))).toBe('1936.12');
    expect(val(ok('  5.99  '))).toBe('5.99');
    expect(val(ok('－4.32'))).toBe('-4.32');
    expect(val(ok('−4.32'))).toBe('-4.32');
    expect(val(ok('９８．７０％'))).toBe('0.987');
  });
  test('counts with units', () => {
    expect(ok('23人')).toMatchObject({ unit: '人', kind: 'count' });
    expect(val(ok('23人'))).toBe('23');
    expect(ok('8个').unit).toBe('个');
    expect(ok('3项').unit).toBe('项');
    expect(ok('500人次').unit).toBe('人次');
  });
  test('flags', () => {
    for (const t of ['是', '有', '√']) expect(val(ok(t))).toBe('1');
    for (const t of ['否', '无', '×']) expect(val(ok(t))).toBe('0');
    expect(val(ok(true))).toBe('1');
    expect(val(ok(1, 'flag'))).toBe('1');
    expect(parseCell(2, 'flag').ok).toBe(false);
  });
  test('categories stay text', () => {
    expect(ok('已公开')).toMatchObject({ kind: 'text', value: '已公开' });
    expect(ok('公开有瑕疵', 'category').value).toBe('公开有瑕疵');
  });
  test('expected kinds: plain numbers become amounts or rates; wrong kinds are errors in Chinese', () => {
    expect(ok(5.34, 'amount').unit).toBe('万元');
    expect(val(ok(98.6, 'rate'))).toBe('0.986');
    expect(val(ok(0.986, 'rate'))).toBe('0.986');
    expect(val(ok(98.6, 'rate', '%'))).toBe('0.986');
    expect(val(ok(0.986, 'rate', '%'))).toBe('0.986');
    expect(val(ok(2000.41, 'amount', '元'))).toBe('0.200041');
    const bad = parseCell('大约五万', 'amount');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('大约五万');
    const badUnit = parseCell('12.5公斤元', 'amount');
    expect(badUnit.ok).toBe(false);
  });
  test('blank cells are reported as blank, never zero', () => {
    const r = readCell(null);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.blank).toBe(true);
    const s = readCell('   ');
    expect(s.ok).toBe(false);
  });
  test('labels compare without spaces, widths and quotes', () => {
    expect(normaliseLabel('资 产 管 理 安 全 性')).toBe('资产管理安全性');
    expect(normaliseLabel('“三公”经费预算数')).toBe(normaliseLabel('"三公"经费预算数'));
    expect(normaliseLabel('年初预算：')).toBe('年初预算');
  });
  test('property: a 2-decimal amount formatted with separators and 万元 parses back exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -BigInt('10000000000000'), max: BigInt('10000000000000') }), (cents) => {
        const exact = new D(cents.toString()).div(100);
        const [int, frac] = exact.abs().toFixed(2).split('.');
        const text = `${exact.isNegative() ? '-' : ''}${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}万元`;
        const r = readCell(text);
        return r.ok && typeof r.value !== 'string' && r.value.eq(exact) && r.unit === '万元';
      }),
    );
  });
});

describe('national target and actual text', () => {
  test('the sign decides the direction', () => {
    expect(readTarget('≥500人次')).toMatchObject({ kind: 'quantitative', direction: 'positive', unit: '人次' });
    expect(readTarget('≤30天')).toMatchObject({ kind: 'quantitative', direction: 'reverse' });
    expect(readTarget('=100%')).toMatchObject({ kind: 'quantitative', direction: 'equal' });
    const pct = readTarget('≥95%');
    expect(pct.kind === 'quantitative' && pct.value.toFixed()).toBe('0.95');
    const wan = readTarget('≤50万元');
    expect(wan.kind === 'quantitative' && wan.value.toFixed()).toBe('50');
    expect(readTarget('有效提升')).toEqual({ kind: 'qualitative', text: '有效提升' });
  });
});

describe('host numbers: tolerance from the number format, else the convention of the kind', () => {
  const okf = (v: number, expect: Parameters<typeof parseCell>[1], hint: string | undefined, format: string | null | undefined): ParsedOk => {
    const r = parseCell(v, expect, hint, format);
    if (!r.ok) throw new Error(r.message);
    return r;
  };
  test('a 0.00% cell storing 0.9 shows 90.00%: ±0.005 percentage points, not ±5', () => {
    const r = okf(0.9, 'rate', '%', '0.00%');
    expect([val(r), r.kind, r.unit, r.tolerance.toFixed()]).toEqual(['0.9', 'rate', '%', '0.00005']);
    expect(okf(0.9, 'rate', undefined, '0.0%').tolerance.toFixed()).toBe('0.0005');
    expect(okf(0.9, 'rate', undefined, '0%').tolerance.toFixed()).toBe('0.005');
  });
  test('a #,##0.00 cell storing 1402 shows 1,402.00: ±0.005万元, not ±0.5', () => {
    const r = okf(1402, 'amount', '万元', '#,##0.00');
    expect([val(r), r.kind, r.tolerance.toFixed()]).toEqual(['1402', 'amount', '0.005']);
    expect(okf(1402, 'amount', '万元', '0').tolerance.toFixed()).toBe('0.5');
    expect(okf(20004100, 'amount', '元', '#,##0.00').tolerance.toFixed()).toBe('0.0000005');
    expect(okf(1402000, 'amount', '元', '#,##0,').tolerance.toFixed()).toBe('0.05'); // shows 1,402 thousand 元
  });
  test('a whole count is exact whatever its format; a fractional one carries the format’s rounding', () => {
    expect(okf(25, 'count', '人', '0').tolerance.toFixed()).toBe('0');
    expect(okf(25, 'count', '人', '0.00').tolerance.toFixed()).toBe('0');
    expect(okf(2.5, 'count', '天', '0').tolerance.toFixed()).toBe('0.5');
  });
  test('without a format (or General): amounts ±0.005 in their unit, rates ±0.00005, counts exact, scores ±0.005', () => {
    for (const format of [undefined, null, 'General', 'G/通用格式']) {
      expect(okf(1402, 'amount', '万元', format).tolerance.toFixed()).toBe('0.005');
      expect(okf(2000, 'amount', '元', format).tolerance.toFixed()).toBe('0.0000005');
      expect(okf(0.9, 'rate', undefined, format).tolerance.toFixed()).toBe('0.00005');
      expect(okf(98.7, 'rate', undefined, format).tolerance.toFixed()).toBe('0.00005');
      expect(okf(25, 'count', '人', format).tolerance.toFixed()).toBe('0');
      expect(okf(6, 'score', undefined, format).tolerance.toFixed()).toBe('0.005');
    }
    // with no expectation a plain number keeps the tolerance of its own digits
    expect(okf(5.34, undefined, undefined, undefined).tolerance.toFixed()).toBe('0.005');
  });
});

describe('host numbers beside a % unit: the format decides the scale', () => {
  const okf = (v: CellValueLike, hint: string | undefined, format?: string | null): ParsedOk => {
    const r = parseCell(v, 'rate', hint, format);
    if (!r.ok) throw new Error(r.message);
    return r;
  };
  type CellValueLike = Parameters<typeof parseCell>[0];
  test('a %-formatted number is a fraction: 1.23 under 0.00% is 123%', () => {
    const r = okf(1.23, '%', '0.00%');
    expect([val(r), r.rateScaleAssumed]).toEqual(['1.23', undefined]);
  });
  test('a number whose format has no % beside a % unit is percentage points: 1.23 → 1.23%', () => {
    for (const format of ['0.00', 'General', '#,##0.00']) {
      const r = okf(1.23, '%', format);
      expect([val(r), r.sourceUnit, r.rateScaleAssumed]).toEqual(['0.0123', '%', undefined]);
    }
    expect(okf(1.23, '%', '0.00').tolerance.toFixed()).toBe('0.00005');
    expect(val(okf(88.71, '%', '0.00'))).toBe('0.8871');
  });
  test('text "1.23" beside % is 1.23%, the same as the number shown 1.23 beside %', () => {
    expect(val(okf('1.23', '%'))).toBe('0.0123');
    expect(val(okf('1.23', '％'))).toBe('0.0123');
  });
  test('with no format at all the size decides, and a value of 1.5 or less is marked as assumed', () => {
    const small = okf(0.89, '%');
    expect([val(small), small.rateScaleAssumed]).toEqual(['0.89', true]);
    expect(okf(1.23, '%').rateScaleAssumed).toBe(true);
    const big = okf(88.71, '%');
    expect([val(big), big.rateScaleAssumed]).toEqual(['0.8871', undefined]);
    expect(okf(0, '%').rateScaleAssumed).toBeUndefined();
    expect(okf(0.89, undefined).rateScaleAssumed).toBe(true);
  });
});

describe('parsing gaps', () => {
  test('万 and 亿 alone are amount units', () => {
    const wan = ok('1936.12万');
    expect([val(wan), wan.kind, wan.unit, wan.sourceUnit]).toEqual(['1936.12', 'amount', '万元', '万']);
    const yi = ok('0.13亿');
    expect([val(yi), yi.kind, yi.sourceUnit]).toEqual(['1300', 'amount', '亿']);
    expect(ok('0.13亿').tolerance.toFixed()).toBe('50');
    expect(val(ok(1936.12, 'amount', '万'))).toBe('1936.12');
    expect(val(ok(0.13, 'amount', '亿'))).toBe('1300');
    // 万 in front of a count unit scales the count: 1.2万人次 is 12000 人次, written as 万人次
    expect(ok('1.2万人次')).toMatchObject({ kind: 'count', unit: '人次', sourceUnit: '万人次' });
    expect(val(ok('1.2万人次'))).toBe('12000');
  });
  test('万 / 亿 prefixes on count units scale to the base unit; amounts stay amounts', () => {
    const r = ok('≥1万人次'.slice(1));
    expect([val(r), r.unit, r.sourceUnit, r.written?.toFixed()]).toEqual(['10000', '人次', '万人次', '1']);
    expect(r.tolerance.toFixed()).toBe('5000');
    expect([val(ok('3.5万册')), ok('3.5万册').unit]).toEqual(['35000', '册']);
    expect([val(ok('0.2亿人次')), ok('0.2亿人次').unit]).toEqual(['20000000', '人次']);
    expect([val(ok('9,800人次')), ok('9,800人次').unit]).toEqual(['9800', '人次']);
    expect(ok('2万元')).toMatchObject({ kind: 'amount', unit: '万元' });
    // a host number beside a 万人 unit cell
    expect([val(ok(1.5, 'count', '万人')), ok(1.5, 'count', '万人').unit]).toEqual(['15000', '人']);
    expect(val(ok('1.5', 'count', '万人'))).toBe('15000');
  });
  test('a misplaced thousands separator has its own message', () => {
    for (const text of ['1,9361.2', '1,9361.2万元', '１，９３６１．２']) {
      const r = readCell(text);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(/^千分位逗号位置不对：/);
        expect(r.message).toContain('19,361.2');
      }
    }
    const r = parseCell('12,34', 'amount');
    expect(!r.ok && r.message).toBe('千分位逗号位置不对：“12,34”，逗号应从个位起每三位一个；若数值是 1234，应写作“1,234”');
    expect(val(ok('19,361.2'))).toBe('19361.2');
  });
  test('accounting negatives in brackets, half- or full-width, with the unit inside or after', () => {
    expect(val(ok('(1.5)'))).toBe('-1.5');
    expect(val(ok('（1.5）'))).toBe('-1.5');
    expect(val(ok('(1,936.12)万元'))).toBe('-1936.12');
    expect(val(ok('（1,936.12万元）'))).toBe('-1936.12');
    expect(val(ok('(1.5)', 'amount'))).toBe('-1.5');
    expect(val(ok('(98.7%)'))).toBe('-0.987');
    expect(ok('（万元）').kind).toBe('text');
  });
  test('where a negative is not allowed the bracket is named in the message', () => {
    const counted = parseCell('（3）', 'count', '人');
    expect(counted.ok).toBe(false);
    if (!counted.ok) expect(counted.message).toBe('无法识别“（3）”：括号表示负数 -3，数量不能为负数');
    const minus = parseCell('-3人', 'count');
    expect(!minus.ok && minus.message).toBe('无法识别“-3人”：数量不能为负数');
    const host = parseCell(-3, 'count', '人');
    expect(!host.ok && host.message).toBe('无法识别“-3”：数量不能为负数');
  });
});

import fc from 'fast-check';
import { D } from '../../src/engine/decimal';
import { parseCell, readCell, normaliseLabel, type ParsedOk } from '../../src/workbook/cellText';
import { readGrade, readTarget } from '../../src/workbook/targetText';

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
  test('grades', () => {
    expect(readGrade('基本达成')).toBe('部分达成');
    expect(readGrade('达成')).toBe('达成');
    expect(readGrade('未达成')).toBe('未达成');
    expect(readGrade('')).toBeNull();
  });
});

import { cellInput } from '../../src/hosts/shared/cellInput';

describe('text a host would convert is given with the text prefix, in Excel and WPS alike', () => {
  it.each([
    ['007', "'007"],
    ['1,234', "'1,234"],
    ['12%', "'12%"],
    ['2025-03-01', "'2025-03-01"],
    ['2025/3/1', "'2025/3/1"],
    ['2025.03.01', "'2025.03.01"],
    ['TRUE', "'TRUE"],
    ['=SUM(A1)', "'=SUM(A1)"],
    ["'quoted", "''quoted"],
    ['评分', '评分'],
    ['98.70分', '98.70分'],
  ])('%s → %s', (text, given) => expect(cellInput(text)).toBe(given));

  it('clears with "" and passes numbers and booleans through', () => {
    expect([cellInput(null), cellInput(3), cellInput(false)]).toEqual(['', 3, false]);
  });
});

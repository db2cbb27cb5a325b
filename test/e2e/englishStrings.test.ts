/**
 * Every string the pane can show has its English, and the English holds no Chinese: a missing entry
 * would fall back to the Chinese one in English mode. Allowed: the workbook's own sheet and column names
 * (as the sheet tabs show them), and the two entries that are Chinese on purpose, each with its reason.
 */
import { pane } from '../../src/taskpane/i18n';
import { reviewStrings } from '../../src/taskpane/review/reviewStrings';
import { figureStrings } from '../../src/taskpane/figures/figureStrings';
import { CJK_PATTERN, WORKBOOK_NAMES } from './screenChecks';

const CHINESE_ON_PURPOSE: Record<string, string> = {
  langToggle: 'the button that switches to Chinese names the language in itself',
  ruleEditEmpty: 'an example of a rule as the table words it, which the reader then types in Chinese',
};

type Table = { zh: Record<string, string>; en: Partial<Record<string, string>> };
const TABLES: [string, Table][] = [
  ['pane', pane as unknown as Table],
  ['审核', reviewStrings as unknown as Table],
  ['基础数据', figureStrings as unknown as Table],
];

describe('the English dictionary', () => {
  test.each(TABLES)('%s: every key has its English, with no Chinese in it', (_, table) => {
    const missing = Object.keys(table.zh).filter((key) => table.en[key] === undefined);
    expect(missing).toEqual([]);
    const chinese = Object.entries(table.en)
      .filter(([key]) => !(key in CHINESE_ON_PURPOSE))
      .map(([key, text]) => [key, WORKBOOK_NAMES.reduce((rest, name) => rest.split(name).join(''), text ?? '')])
      .filter(([, text]) => CJK_PATTERN.test(text));
    expect(chinese).toEqual([]);
  });

  test('the check sees Chinese where it is: a Chinese entry, full-width punctuation', () => {
    expect(CJK_PATTERN.test(pane.zh.detectButton)).toBe(true);
    expect(CJK_PATTERN.test('Total：')).toBe(true);
    expect(CJK_PATTERN.test('Total: 96.88 “ok” – 1,000')).toBe(false);
  });
});

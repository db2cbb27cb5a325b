import * as fs from 'fs';
import * as path from 'path';
import { analyse } from '../../src/workbook';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/port';
import { sheet } from './fixtures';

/**
 * On the published forms of test/fixtures/real/, no leaf whose row prints a 评分标准 is scored by a
 * framework's rule picked by its name alone: its rule is the one its own text states (or the framework's
 * when the text is the framework's own or reads to a rule scoring alike), or a judgement.
 */
const DIR = path.resolve(__dirname, '../fixtures/real');
const FORMS = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ file: f, form: JSON.parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as { sheet: { name: string; rows: CellValue[][] } } }));

function snapshotOf(form: { sheet: { name: string; rows: CellValue[][] } }): WorkbookSnapshot {
  return { sheets: [sheet(form.sheet.name, form.sheet.rows)] };
}

describe('rule sources on the real-forms corpus', () => {
  it('reads the corpus, whose department tables print their 评分标准', () => {
    expect(FORMS.length).toBeGreaterThanOrEqual(20);
    const withText = FORMS.flatMap(({ form }) => {
      const r = analyse(snapshotOf(form));
      return r.ok ? r.analysis.layout.leaves.filter((l) => l.ruleChoice?.standard) : [];
    });
    expect(withText.length).toBeGreaterThanOrEqual(10);
  });

  it.each(FORMS.map((f) => [f.file, f.form] as const))('%s: a row with its own 评分标准 is never scored by a rule of the same name alone', (_file, form) => {
    const result = analyse(snapshotOf(form));
    if (!result.ok) return; // a form that cannot be read says so; the reader's own corpus test holds it to its truth
    for (const leaf of result.analysis.layout.leaves) {
      const choice = leaf.ruleChoice;
      if (!choice?.standard) continue;
      expect({ leaf: leaf.path.join('/'), source: choice.source }).not.toEqual({ leaf: leaf.path.join('/'), source: 'framework' });
    }
  });
});

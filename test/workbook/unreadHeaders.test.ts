import { exampleSnapshot } from '../narrative/fixtures';
import type { CellValue } from '../../src/workbook/port';
import { sheet } from './fixtures';
import { analysed } from './helpers';

const NOTE = /^表头中未能识别、因而未读取的列/;

describe('a column the reader cannot name is said, not silently lost', () => {
  it('names a garbled points header with its cell (银川 2021: "考值参分" for 参考分值)', () => {
    const form = require('../fixtures/real/project-ningxia-yinchuan-chuzhong.json') as { sheet: { name: string; rows: CellValue[][] } };
    const a = analysed({ sheets: [sheet(form.sheet.name, form.sheet.rows)] });
    expect(a.notes.filter((n) => NOTE.test(n))).toEqual(['表头中未能识别、因而未读取的列：“考值参分”（自评表!D9）。']);
  });

  it.each(['shenzhen-2024.xlsx', 'guangzhou-2023.xlsx', 'national-project.xlsx'])('%s: every header is read, nothing to say', async (file) => {
    const a = analysed(await exampleSnapshot(file));
    expect(a.notes.filter((n) => NOTE.test(n))).toEqual([]);
  });
});

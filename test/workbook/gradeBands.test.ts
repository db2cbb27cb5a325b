import { exampleSnapshot } from '../narrative/fixtures';
import { analysed } from './helpers';
import { readSettings, settingsChanges, emptySettings } from '../../src/workbook/read';
import { applyToSnapshot } from '../../src/workbook/plan';
import type { WorkbookSnapshot } from '../../src/workbook/port';

/** The example with grade bands stored in its hidden settings sheet, as the pane or a reviewer would save them. */
async function withStoredBands(text: string): Promise<WorkbookSnapshot> {
  const snapshot = await exampleSnapshot('shenzhen-2024.xlsx');
  return applyToSnapshot(snapshot, { title: '保存评分设置', changes: settingsChanges(snapshot, { ...emptySettings(), gradeBands: text }) });
}

describe('grade bands stored in the workbook', () => {
  it('are saved and read back as written', async () => {
    expect(readSettings(await withStoredBands('80/70/60')).gradeBands).toBe('80/70/60');
  });

  it('grade the analysis and are named in its notes (96.88 is 良 when 优 starts at 97)', async () => {
    const a = analysed(await withStoredBands('97/90/60'));
    expect(a.scored.total.toFixed(2)).toBe('96.88');
    expect(a.scored.grade).toBe('良');
    expect(a.notes).toContain('按工作簿设置的等级标准评定：优 ≥ 97，良 ≥ 90，中 ≥ 60。');
  });

  it('give way to the run’s own bands', async () => {
    const a = analysed(await withStoredBands('97/90/60'), { gradeBands: { 优: '90', 良: '80', 中: '60' } });
    expect(a.scored.grade).toBe('优');
  });

  it('when unreadable, are named and the national bands apply', async () => {
    const a = analysed(await withStoredBands('优秀90'));
    expect(a.scored.grade).toBe('优');
    expect(a.scored.gradeBands).toEqual({ 优: '90', 良: '80', 中: '60' });
    expect(a.notes).toContain('工作簿设置中的等级标准“优秀90”无法识别（应为三个递减的分数，如 80/70/60），按 90/80/60 评定。');
  });
});

import type { WorkbookSnapshot } from '../../../src/workbook/port';
import { shenzhenSnapshot } from '../fixtures';
import { analysed, found } from '../helpers';

function addressOf(snap: WorkbookSnapshot, label: string): string {
  return `B${snap.sheets.find((s) => s.name === '基础数据')!.values.findIndex((row) => row[0] === label) + 1}`;
}

describe('RATE_SCALE_ASSUMED', () => {
  test('a rate stored as 0.986 on a sheet whose formats the host could not read: read as 98.60%, and the note says the format was unread', () => {
    const snap = shenzhenSnapshot({}, { 满意度: 0.986 });
    const a = analysed(snap);
    expect(a.figures.get('satisfaction.rate')?.value.toString()).toBe('0.986');
    expect(found(a, 'RATE_SCALE_ASSUMED')).toEqual([
      {
        code: 'RATE_SCALE_ASSUMED',
        severity: 'info',
        sheet: '基础数据',
        address: addressOf(snap, '满意度'),
        message: `工作表“基础数据”${addressOf(snap, '满意度')} 的“满意度”是数值 0.986，单元格格式无法读取（无法读取格式），已按 98.60% 读取（也可能是指 0.986%）；请设为百分比格式或写成“98.60%”以确认`,
      },
    ]);
  });
  test('a cell read with a General format is said to have no % format', () => {
    const snap = shenzhenSnapshot({}, { 满意度: 0.986 });
    const data = snap.sheets.find((s) => s.name === '基础数据')!;
    data.numberFormats = data.values.map((row) => row.map(() => 'General'));
    expect(found(analysed(snap), 'RATE_SCALE_ASSUMED').map((w) => w.message)).toEqual([
      `工作表“基础数据”${addressOf(snap, '满意度')} 的“满意度”是数值 0.986，单元格没有百分比格式，已按 98.60% 读取（也可能是指 0.986%）；请设为百分比格式或写成“98.60%”以确认`,
    ]);
  });
  test('no note when the text carries its % sign, when the number is above 1.5, or when a % format says so', () => {
    expect(found(analysed(shenzhenSnapshot()), 'RATE_SCALE_ASSUMED')).toEqual([]);
    expect(found(analysed(shenzhenSnapshot({}, { 满意度: 98.6 })), 'RATE_SCALE_ASSUMED')).toEqual([]);
    const snap = shenzhenSnapshot({}, { 满意度: 0.986 });
    const data = snap.sheets.find((s) => s.name === '基础数据')!;
    data.numberFormats = data.values.map((row) => row.map(() => null));
    data.numberFormats[Number(addressOf(snap, '满意度').slice(1)) - 1][1] = '0.0%';
    expect(found(analysed(snap), 'RATE_SCALE_ASSUMED')).toEqual([]);
  });
});

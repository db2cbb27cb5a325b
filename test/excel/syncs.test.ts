/**
 * The performance budget in round trips: one full scoring run is exactly 2 syncs (one read, one
 * write), for the Shenzhen table and for a generated 1,000-leaf table.
 */
import { countSyncs, fullRun, paneSyncs } from '../../bench/syncs';
import { generatedTable } from '../fakes/office/generate';
import { cellValue } from '../fakes/office/model';
import { exampleWorkbook } from './helpers';

describe('round trips per scoring run', () => {
  test('shenzhen-2024.xlsx: 2 syncs, total 96.88, calculation suspended for the write', async () => {
    const run = await fullRun(await exampleWorkbook('shenzhen-2024.xlsx'));
    expect(run.syncs).toBe(2);
    expect(run.total).toBe('96.88');
    expect(run.changes).toBeGreaterThan(21);
    expect(run.host.suspendedSyncs).toBe(1);
  });

  test('shenzhen-2024.xlsx with live formulas: still 2 syncs', async () => {
    const run = await fullRun(await exampleWorkbook('shenzhen-2024.xlsx'), true);
    expect(run.syncs).toBe(2);
  });

  test('a generated 1,000-leaf table: 2 syncs, every score written', async () => {
    const run = await fullRun(generatedTable(1000));
    expect(run.syncs).toBe(2);
    expect(run.total).toBe('98.00');
    expect(run.changes).toBeGreaterThanOrEqual(1000);
    // the request stayed far inside the 5 MB limit, so nothing was split
    expect(run.host.largestRequest).toBeLessThan(5 * 1024 * 1024);
    expect(cellValue(run.host.data, '评分表', 'E1004')).toBe('三级指标1000');
  });

  test('countSyncs for the bench', async () => {
    expect(await countSyncs(30)).toBe(2);
    expect(await countSyncs(1000)).toBe(2);
  });

  test("the pane's 识别 then 写入: one read, then one guarded re-read and one write, at 30 and 1,000 leaves", async () => {
    expect(await paneSyncs(30)).toEqual({ recognise: 1, write: 2 });
    expect(await paneSyncs(1000)).toEqual({ recognise: 1, write: 2 });
  });
});

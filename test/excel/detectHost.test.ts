/**
 * Host detection: WPS globals win over Office, and Office counts only when onReady says Excel.
 */
import { detectHost, whenHostReady } from '../../src/hosts/detectHost';
import { makeGlobals } from '../fakes/office/office';
import { emptyWorkbook } from '../fakes/office/model';

describe('detectHost', () => {
  test('WPS first: `wps`, or Application with ActiveWorkbook, even when an Office object exists', () => {
    const office = makeGlobals(emptyWorkbook()).Office;
    expect(detectHost({ wps: {}, Office: office })).toBe('wps');
    expect(detectHost({ Application: { ActiveWorkbook: null }, Office: office })).toBe('wps');
    expect(detectHost({ Application: { Name: 'other' }, Office: office })).toBe('excel');
    expect(detectHost({})).toBe('none');
  });

  test('Office.onReady must report Excel', async () => {
    const g = makeGlobals(emptyWorkbook());
    expect(await whenHostReady({ Office: g.Office })).toBe('excel');
    const word = { ...g.Office, onReady: async () => ({ host: 'Word' }) };
    expect(await whenHostReady({ Office: word })).toBe('none');
  });
});

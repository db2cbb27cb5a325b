/**
 * Host detection: WPS globals win over Office. (Office counts only when onReady says Excel: that is
 * createPort's to check, in test/hosts/createPort.test.ts.)
 */
import { detectHost } from '../../src/hosts/detectHost';
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
});

/** Shared set-up for the WPS host tests: a WpsPort over the strict ET fake loaded from an example. */
import * as path from 'path';
import { fakeWorkbookFromXlsx } from '../fakes/office/fromXlsx';
import type { FakeWorkbookData } from '../fakes/office/model';
import type { FakeEtOptions } from '../fakes/wps/et';
import { FakeWps, makeWps } from '../fakes/wps/install';
import { WpsPort } from '../../src/hosts/wps';
import type { EtApplication } from '../../src/hosts/wps';

export const EXAMPLES = path.resolve(__dirname, '../../examples');

export function portOver(data: FakeWorkbookData, options?: FakeEtOptions): { port: WpsPort; wps: FakeWps } {
  const wps = makeWps(data, options);
  return { port: new WpsPort(wps.root as unknown as EtApplication), wps };
}

export async function exampleWorkbook(name: string): Promise<FakeWorkbookData> {
  return fakeWorkbookFromXlsx(path.join(EXAMPLES, name));
}

/** Shared set-up for the Excel host tests: an ExcelPort over a strict fake. */
import * as path from 'path';
import { FakeExcel, FakeExcelOptions } from '../fakes/office/excel';
import { fakeWorkbookFromXlsx } from '../fakes/office/fromXlsx';
import type { FakeWorkbookData } from '../fakes/office/model';
import { ExcelPort } from '../../src/hosts/excel';
import type { ExcelApi } from '../../src/hosts/excel';

export const EXAMPLES = path.resolve(__dirname, '../../examples');

export function apiOf(host: FakeExcel): ExcelApi {
  return {
    run: host.run as unknown as ExcelApi['run'],
    isSetSupported: (set, version) => host.isSetSupported(set, version),
  };
}

export function portOver(data: FakeWorkbookData, options?: FakeExcelOptions): { port: ExcelPort; host: FakeExcel } {
  const host = new FakeExcel(data, options);
  return { port: new ExcelPort(apiOf(host)), host };
}

export async function exampleWorkbook(name: string): Promise<FakeWorkbookData> {
  return fakeWorkbookFromXlsx(path.join(EXAMPLES, name));
}

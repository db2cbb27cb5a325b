/**
 * The bundled example workbook (examples/shenzhen-2024.xlsx) as base64, in its own chunk: the pane's
 * first load does not carry it, and nothing is fetched from anywhere to open it.
 */
import dataUrl from '../../../examples/shenzhen-2024.xlsx';

export const EXAMPLE_FILE_NAME = 'perfscore-example-shenzhen-2024.xlsx';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function exampleBase64(): string {
  return dataUrl.slice(dataUrl.indexOf(',') + 1);
}

export function base64Bytes(base64: string): Uint8Array {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

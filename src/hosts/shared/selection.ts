/**
 * A host's selection address as the port answers it: "'基础 数据'!$B$5:$C$6" or "$B$5" (with the
 * sheet given apart) → the sheet and the top-left cell, "B5". A binding names one cell, and a merged
 * cell selected reads as a range whose value is in its top-left cell.
 */
export function selectedCell(address: string, sheetName?: string): { sheet: string; address: string } | null {
  const bang = address.lastIndexOf('!');
  let sheet = sheetName ?? '';
  if (bang >= 0) {
    sheet = address.slice(0, bang);
    // Excel quotes a sheet name holding spaces or punctuation, doubling any quote inside it
    if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  }
  const first = /^\$?([A-Za-z]{1,3})\$?(\d+)/.exec(address.slice(bang + 1).split(/[:,]/)[0] ?? '');
  if (!sheet || !first) return null;
  return { sheet, address: `${first[1].toUpperCase()}${first[2]}` };
}

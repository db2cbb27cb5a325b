import type ExcelJS from 'exceljs';
import { MAYBE_NOT_XML, replaceNotXml } from '../../workbook/plan';

/** Text that looks like Excel's own escape (_x0041_): its underscore is escaped so it reads back as typed. */
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * A text as Excel stores it in a part: a character XML cannot hold as _xHHHH_ (Excel reads it back as
 * the character), and a literal _xHHHH_ with its underscore escaped. ExcelJS writes such characters
 * raw (U+FFFE: a file that opens nowhere) or drops them (controls); Excel's escape keeps them.
 */
export function storedText(text: string): string {
  return replaceNotXml(text.replace(LOOKS_ESCAPED, '_x005F_$1'), (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

const NEEDS_ESCAPE = new RegExp(`${MAYBE_NOT_XML.source}|${LOOKS_ESCAPED.source}`);

function escapedValue(value: ExcelJS.CellValue): ExcelJS.CellValue | undefined {
  if (typeof value === 'string') return NEEDS_ESCAPE.test(value) ? storedText(value) : undefined;
  if (value && typeof value === 'object' && 'richText' in value) {
    const runs = value.richText;
    if (!runs.some((r) => NEEDS_ESCAPE.test(r.text))) return undefined;
    return { ...value, richText: runs.map((r) => ({ ...r, text: storedText(r.text) })) };
  }
  if (value && typeof value === 'object' && 'formula' in value && typeof value.result === 'string') {
    return NEEDS_ESCAPE.test(value.result) ? ({ ...value, result: storedText(value.result) } as ExcelJS.CellValue) : undefined;
  }
  return undefined;
}

function escapedNote(note: ExcelJS.Comment | string | undefined): ExcelJS.Comment | string | undefined {
  if (typeof note === 'string') return NEEDS_ESCAPE.test(note) ? storedText(note) : undefined;
  if (!note?.texts?.some((r) => NEEDS_ESCAPE.test(r.text))) return undefined;
  return { ...note, texts: note.texts.map((r) => ({ ...r, text: storedText(r.text) })) };
}

/**
 * Runs `write` with every text of the workbook (cell values, cached results, notes) as Excel stores
 * it, then puts the texts back, so the workbook in memory still reads as it did.
 */
export async function withStoredText<T>(workbook: ExcelJS.Workbook, write: () => Promise<T>): Promise<T> {
  const restore: (() => void)[] = [];
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const value = escapedValue(cell.value);
        if (value !== undefined) {
          const original = cell.value;
          cell.value = value;
          restore.push(() => void (cell.value = original));
        }
        const note = escapedNote(cell.note as ExcelJS.Comment | string | undefined);
        if (note !== undefined) {
          const original = cell.note;
          cell.note = note;
          restore.push(() => void (cell.note = original));
        }
      }),
    );
  }
  try {
    return await write();
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

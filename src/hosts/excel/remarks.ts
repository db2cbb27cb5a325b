/// <reference types="office-js" />
/**
 * Review remarks in Excel are legacy notes (Worksheet.notes, ExcelApi 1.18), the kind WPS's
 * `Range.AddComment` and the command line (ExcelJS cell notes) write into the file, so every host
 * finds every round's remarks. Before writing, one trip looks at what each target cell already holds,
 * as a note or as a threaded comment (Worksheet.comments, ExcelApi 1.10): a cell holds one or the
 * other, and a remark that is not the one the plan expects there is someone else's and is left alone.
 */
import type { Change } from '../../workbook/port';
import type { ExcelApi } from './excelApi';

export type RemarkChange = Extract<Change, { kind: 'comment' }>;

/** What a cell held when looked at: its kind and text, and the object to change it through. */
export type FoundRemark = { kind: 'note'; content: string; item: Excel.Note } | { kind: 'comment'; content: string; item: Excel.Comment };

export const NOTES_SET = '1.18';
const COMMENTS_SET = '1.10';

export function remarkKey(sheet: string, address: string): string {
  return `${sheet.toLowerCase()}!${address.replace(/\$/g, '').toUpperCase()}`;
}

/** The body of a note as WPS and the command line write it: the author on the first line, then the text. */
export function noteBody(change: RemarkChange): string {
  return change.author ? `${change.author}:\n${change.text}` : change.text;
}

/** Whether a cell's text is the remark a plan expects, with or without the author line above it. */
export function sameRemark(found: string, expected: string): boolean {
  const text = found.replace(/\r\n?/g, '\n');
  if (text === expected) return true;
  const cut = text.indexOf('\n');
  return cut > 0 && /[:：]$/.test(text.slice(0, cut)) && text.slice(cut + 1) === expected;
}

/**
 * Look up the notes and threaded comments on the plan's remark cells: one trip, and a second one only
 * when a sheet holds threaded comments (a comment knows its cell only through getLocation()).
 */
export async function lookupRemarks(
  context: Excel.RequestContext,
  api: ExcelApi,
  changes: RemarkChange[],
): Promise<{ found: Map<string, FoundRemark>; syncs: number }> {
  const found = new Map<string, FoundRemark>();
  const bySheet = new Map<string, Set<string>>();
  for (const c of changes) {
    const cells = bySheet.get(c.sheet) ?? new Set<string>();
    cells.add(c.address.replace(/\$/g, '').toUpperCase());
    bySheet.set(c.sheet, cells);
  }
  const notes: { key: string; note: Excel.Note }[] = [];
  const threads: { sheet: string; list: Excel.CommentCollection }[] = [];
  const withComments = api.isSetSupported('ExcelApi', COMMENTS_SET);
  for (const [sheet, cells] of bySheet) {
    const ws = context.workbook.worksheets.getItem(sheet);
    for (const address of cells) {
      const note = ws.notes.getItemOrNullObject(address);
      note.load('content');
      notes.push({ key: remarkKey(sheet, address), note });
    }
    if (withComments) {
      const list = ws.comments;
      list.load('items/content');
      threads.push({ sheet, list });
    }
  }
  await context.sync();
  let syncs = 1;
  for (const { key, note } of notes) if (!note.isNullObject) found.set(key, { kind: 'note', content: note.content, item: note });

  const located = threads.flatMap(({ sheet, list }) =>
    list.items.map((item) => {
      const where = item.getLocation();
      where.load('address');
      return { sheet, item, where };
    }),
  );
  if (located.length) {
    await context.sync();
    syncs++;
    for (const { sheet, item, where } of located) {
      const address = where.address.slice(where.address.lastIndexOf('!') + 1);
      if (bySheet.get(sheet)?.has(address.replace(/\$/g, '').toUpperCase()))
        found.set(remarkKey(sheet, address), { kind: 'comment', content: item.content, item });
    }
  }
  return { found, syncs };
}

/**
 * Queue the remark changes against what the look-up found. A remark is written only where the cell
 * holds nothing or holds the remark the plan expects (`previous`); an earlier threaded comment of ours
 * becomes a note, since a cell cannot hold both. Returns the notes on cells left alone.
 */
export function queueRemarks(context: Excel.RequestContext, changes: RemarkChange[], found: Map<string, FoundRemark>): string[] {
  const left: string[] = [];
  for (const change of changes) {
    const there = found.get(remarkKey(change.sheet, change.address));
    const notes = () => context.workbook.worksheets.getItem(change.sheet).notes;
    if (there && (change.previous === null || !sameRemark(there.content, change.previous))) {
      left.push(`${change.sheet}!${change.address}`);
      continue;
    }
    if (there?.kind === 'note') {
      if (change.text) there.item.content = noteBody(change);
      else there.item.delete();
      continue;
    }
    if (there?.kind === 'comment') there.item.delete();
    if (change.text) notes().add(change.address, noteBody(change));
  }
  return left;
}

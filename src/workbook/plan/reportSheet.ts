import type { Paragraph } from '../../engine/narrative';
import { numeral } from '../../engine/narrative';
import { toA1, readSettings, settingsChanges } from '../read';
import type { CellValue, Change, SheetSnapshot, WorkbookSnapshot, WritePlan } from '../port';

/**
 * The 自评报告 sheet: one paragraph a row (wrapped text in A, the cells it drew on in B), section
 * headings bold. Only a sheet PerfScore wrote before is replaced — recognised by the marker in A1 or by
 * the settings sheet's ownedSheet record; a user's own 自评报告 is left alone and the report goes to
 * 自评报告(PerfScore) instead.
 */

export const REPORT_SHEET = '自评报告';
export const REPORT_SHEET_ALTERNATE = '自评报告(PerfScore)';
/** First cell of every report sheet we write: how a later run recognises it as ours. */
export const REPORT_MARKER = '自评报告（绩效评分助手生成，重新生成时将被替换）';

/** The names a sheet of paragraphs goes by: its usual name, the name used when a user's own sheet has it, its marker. */
export interface ReportSheetNames {
  usual: string;
  alternate: string;
  marker: string;
  /** what the plan's title calls the sheet's content (自评报告, 监控报告) */
  what: string;
}

const SELF_EVALUATION: ReportSheetNames = { usual: REPORT_SHEET, alternate: REPORT_SHEET_ALTERNATE, marker: REPORT_MARKER, what: '自评报告' };

const TEXT_WIDTH = 100;
const CELLS_WIDTH = 36;

export interface ReportSheetTarget {
  name: string;
  /** the sheet exists and is ours: its cells are overwritten */
  replacing: boolean;
  /** set when a user's own sheet took the usual name */
  avoided?: string;
}

function isOurs(sheet: SheetSnapshot, owned: readonly string[], marker: string): boolean {
  return owned.includes(sheet.name) || sheet.values[0]?.[0] === marker;
}

/** Where the report goes: 自评报告, or the first free or ours of 自评报告(PerfScore), 自评报告(PerfScore)2, … */
export function reportSheetTarget(snapshot: WorkbookSnapshot, names: ReportSheetNames = SELF_EVALUATION): ReportSheetTarget {
  const owned = readSettings(snapshot).ownedSheets;
  const find = (name: string) => snapshot.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  const usual = find(names.usual);
  if (!usual) return { name: names.usual, replacing: false };
  if (isOurs(usual, owned, names.marker)) return { name: usual.name, replacing: true };
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? names.alternate : `${names.alternate}${n}`;
    const sheet = find(name);
    if (!sheet) return { name, replacing: false, avoided: usual.name };
    if (isOurs(sheet, owned, names.marker)) return { name: sheet.name, replacing: true, avoided: usual.name };
  }
}

interface Row {
  text: string;
  cells?: string;
  bold?: boolean;
}

/** The sheet's rows: marker, title, then per section a numbered bold heading and its paragraphs. */
function reportRows(paragraphs: readonly Paragraph[], title: string, marker: string): Row[] {
  const rows: Row[] = [{ text: marker }, { text: title, bold: true }];
  let section = '';
  let n = 0;
  for (const p of paragraphs) {
    if (p.section !== section) {
      section = p.section;
      n += 1;
      rows.push({ text: `${numeral(n)}、${section}`, bold: true });
    }
    rows.push({ text: p.text, cells: p.cells.join('、') });
  }
  return rows;
}

/**
 * The changes that write the paragraphs on their sheet (settings aside): every cell change records
 * what was there, so the plan can be undone; cells of an earlier report beyond the new one are cleared.
 */
export function reportSheetChanges(snapshot: WorkbookSnapshot, paragraphs: readonly Paragraph[], title: string, names: ReportSheetNames = SELF_EVALUATION): { target: ReportSheetTarget; changes: Change[]; planTitle: string } {
  const target = reportSheetTarget(snapshot, names);
  const existing = target.replacing ? snapshot.sheets.find((s) => s.name === target.name) : undefined;
  const changes: Change[] = [];
  if (!existing) changes.push({ kind: 'add-sheet', sheet: target.name });
  const rows = reportRows(paragraphs, title, names.marker);
  const previous = (r: number, c: number) => ({ value: existing?.values[r]?.[c] ?? null, formula: existing?.formulas?.[r]?.[c] ?? null });

  rows.forEach((row, r) => {
    const values: CellValue[] = [row.text, row.cells ?? null];
    values.forEach((value, c) => {
      if (value === null && previous(r, c).value === null) return;
      changes.push({
        kind: 'cell',
        sheet: target.name,
        address: toA1(r, c),
        value,
        style: c === 0 ? { wrap: true, ...(row.bold ? { bold: true } : {}) } : { wrap: true },
        previous: previous(r, c),
      });
    });
  });
  // Whatever an earlier report left beyond the new rows or columns is cleared.
  existing?.values.forEach((cells, r) =>
    cells.forEach((value, c) => {
      const covered = r < rows.length && c < 2;
      if (!covered && (value !== null || existing.formulas?.[r]?.[c])) {
        changes.push({ kind: 'cell', sheet: target.name, address: toA1(r, c), value: null, previous: previous(r, c) });
      }
    }),
  );
  changes.push({ kind: 'column-width', sheet: target.name, column: 0, width: TEXT_WIDTH });
  changes.push({ kind: 'column-width', sheet: target.name, column: 1, width: CELLS_WIDTH });
  const planTitle = target.avoided
    ? `写入${names.what}（工作簿已有用户自己的“${target.avoided}”工作表，未改动；报告写入“${target.name}”）`
    : target.replacing
      ? `更新${names.what}（替换“${target.name}”工作表中上次生成的内容）`
      : `写入${names.what}（新建“${target.name}”工作表）`;
  return { target, changes, planTitle };
}

/** The write plan for the report sheet: its cells, and the settings record that the sheet is ours. */
export function planReportSheet(snapshot: WorkbookSnapshot, paragraphs: readonly Paragraph[], title = '绩效自评报告'): WritePlan {
  const { target, changes, planTitle } = reportSheetChanges(snapshot, paragraphs, title);
  const settings = readSettings(snapshot);
  if (!settings.ownedSheets.includes(target.name)) {
    changes.push(...settingsChanges(snapshot, { ...settings, ownedSheets: [...settings.ownedSheets, target.name] }));
  }
  return { title: planTitle, changes };
}

/**
 * The port every host implements (Excel, WPS, .xlsx files). A run reads the whole workbook once into
 * a snapshot, decides everything from the snapshot, and writes once through a write plan.
 */

/** A cell as read: its value (number, text, boolean or null when empty) and its formula if any. */
export type CellValue = string | number | boolean | null;

export interface SheetSnapshot {
  name: string;
  /**
   * rows of the used range, starting at A1 (hosts pad the top-left so indices are absolute, 0-based).
   * Bounded by content (read/sheetGrid.ts): a full rectangle while it is small; past DENSE_CELL_LIMIT
   * cells, rows without content are holes and each row ends at its last cell. Read cells through
   * read/snapshotCells, which take a hole or a cell past a row's end as empty.
   */
  values: CellValue[][];
  /** formulas in the same shape (null where the cell holds a constant); may be omitted by a host */
  formulas?: (string | null)[][];
  /**
   * number formats in the same shape as `values` ('0.00%', '#,##0.00', 'General'…; null where the
   * host reported none). Omitted when the host cannot tell them cell by cell (WPS builds whose
   * UsedRange.NumberFormat answers one value, or null for mixed formats). A format decides a host
   * number's rounding tolerance and whether a number beside a % unit is a fraction (0.00% format)
   * or percentage points (no % in the format).
   */
  numberFormats?: (string | null)[][];
  hidden?: boolean;
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** the workbook's file or document name, when the host knows it */
  name?: string;
}

export interface CellStyle {
  bold?: boolean;
  wrap?: boolean;
  /** fill colour as #RRGGBB */
  fill?: string;
  /** number format, e.g. '0.00' */
  numberFormat?: string;
}

/** One intended change. `previous` holds what was there, so the plan can be undone. */
export type Change =
  | {
      kind: 'cell';
      sheet: string;
      /** A1 address of one cell */
      address: string;
      value: CellValue;
      /** a formula to write instead of the value (the value is what it should compute, for preview) */
      formula?: string;
      style?: CellStyle;
      previous: { value: CellValue; formula: string | null };
    }
  | { kind: 'add-sheet'; sheet: string; hidden?: boolean }
  | { kind: 'delete-sheet'; sheet: string }
  | {
      kind: 'comment';
      sheet: string;
      address: string;
      text: string;
      author: string;
      previous: string | null;
      /** who wrote `previous`, when known: the undo puts the remark back under its own author */
      previousAuthor?: string;
    }
  | { kind: 'column-width'; sheet: string; column: number; width: number }
  | {
      /** an in-cell drop-down list of choices (Excel's list data validation) on one cell */
      kind: 'validation-list';
      sheet: string;
      /** A1 address of one cell */
      address: string;
      /** the choices, in order; null removes the cell's list (what the undo of an added list does) */
      options: string[] | null;
      /** the cell's list before: null when it had none. Plans never give a list to a cell that had one. */
      previous: string[] | null;
    };

export interface WritePlan {
  /** short Chinese title for the preview, e.g. 写入评分结果 */
  title: string;
  changes: Change[];
  /** what the plan was computed from, checked again before it is written (scoring plans carry it) */
  basis?: PlanBasis;
  /**
   * cells the plan would write over that the user has edited since we wrote them (or that were never
   * recorded as ours): left out of `changes`, shown in the preview, written only when the user confirms
   */
  edited?: EditedCell[];
}

/** A cell a plan leaves as the user has it, unless the user confirms writing over it. */
export interface EditedCell {
  sheet: string;
  /** A1 address of one cell */
  address: string;
  /** what it holds now */
  found: { value: CellValue; formula: string | null };
  /** what the plan would put there (a null value clears it) */
  planned: { value: CellValue; formula: string | null };
  /** 'changed': we wrote it and it was edited since; 'unrecorded': no record says we wrote it */
  why: 'changed' | 'unrecorded';
}

/** The cells a plan was computed from, as read when it was built. */
export interface PlanBasis {
  /** the table: its sheet, its A1 range, and every cell in that range row by row */
  table: { sheet: string; range: string; cells: { value: CellValue; formula: string | null }[][] };
  /** each figure used, with the cell it was read from */
  figures: { label: string; sheet: string; address: string; content: { value: CellValue; formula: string | null } }[];
}

/** What a host made of a plan: how many of its changes it carried out, and what it left out and why. */
export interface ApplyResult {
  /** changes of the plan carried out: all of them but those the notes in `skipped` account for */
  applied: number;
  /** Chinese notes on changes the host cannot make (e.g. comments on an old Excel); empty when none */
  skipped: string[];
}

export interface WorkbookPort {
  /** Read every sheet's used range, values and formulas, in one round trip. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Apply every change of the plan in one batch. */
  applyPlan(plan: WritePlan): Promise<ApplyResult>;
  /** Select a cell (e.g. when a warning is clicked); hosts without a UI may ignore it. */
  selectCell?(sheet: string, address: string): Promise<void>;
  /**
   * The cell the user has selected: its sheet and, for a range, its top-left cell (a merged cell reads
   * as a range); null when the selection is no range (a shape, a chart). Hosts without a UI omit it.
   */
  getSelection?(): Promise<{ sheet: string; address: string } | null>;
}

import * as fs from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import type { ApplyResult, CellStyle, WorkbookPort, WorkbookSnapshot, WritePlan } from '../../workbook/port';
import { findDroppedParts, type DroppedPart } from './droppedParts';
import { FileHostError, fileSystemReason, reasonOf } from './errors';
import { loadWorkbook, readFileBytes } from './load';
import { readWorkbook } from './snapshot';
import { applyPlanToWorkbook } from './applyPlan';
import { isSameFile } from './samePath';
import { withStoredText } from './storedText';
import { writablePlan } from '../../workbook/plan';

/** A note as stored by the file host: the author (bold first line) and the text. */
export interface FileComment {
  author: string | null;
  text: string;
}

/**
 * The port over a real .xlsx file, through ExcelJS. The file is read once when opened; plans change
 * the in-memory workbook; `saveAs` writes a new file and never overwrites the file that was opened.
 */
export class FileHost implements WorkbookPort {
  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    /** the opened file's path, or null for a workbook loaded from bytes */
    readonly sourcePath: string | null,
    readonly displayName: string,
    /**
     * What the opened package holds that a copy written by `saveAs`/`toBuffer` will not (charts, chart
     * sheets, pivot tables…: ExcelJS does not keep them). Empty when the copy keeps everything, and
     * not looked for in a workbook loaded only to be read.
     */
    readonly droppedParts: readonly DroppedPart[] = [],
  ) {}

  /** Opens an .xlsx file; throws FileHostError with a Chinese message when it is missing, not an xlsx or corrupt. */
  static async open(file: string): Promise<FileHost> {
    const bytes = readFileBytes(file);
    const workbook = await loadWorkbook(bytes, file);
    return new FileHost(workbook, file, path.basename(file), await findDroppedParts(bytes));
  }

  /**
   * Loads .xlsx bytes held in memory; `name` is used in messages and as the snapshot's name. With
   * `readOnly` (a batch review, which writes no copy) the package is unzipped once, by ExcelJS, and
   * not again to look for parts a copy would lose.
   */
  static async fromBuffer(bytes: Buffer, name = '工作簿.xlsx', options: { readOnly?: boolean } = {}): Promise<FileHost> {
    const workbook = await loadWorkbook(bytes, name);
    return new FileHost(workbook, null, name, options.readOnly ? [] : await findDroppedParts(bytes));
  }

  async readSnapshot(): Promise<WorkbookSnapshot> {
    return readWorkbook(this.workbook, this.displayName);
  }

  async applyPlan(plan: WritePlan): Promise<ApplyResult> {
    return applyPlanToWorkbook(this.workbook, writablePlan(plan));
  }

  /** The workbook as .xlsx bytes. */
  async toBuffer(): Promise<Buffer> {
    return withStoredText(this.workbook, async () => Buffer.from(await this.workbook.xlsx.writeBuffer()));
  }

  /** Writes the workbook to a new path; refuses the path it was opened from. */
  async saveAs(file: string): Promise<void> {
    if (this.sourcePath !== null && isSameFile(this.sourcePath, file)) {
      throw new FileHostError('same-path', `不能覆盖输入文件 ${file}，请另选输出路径`);
    }
    const dir = path.dirname(path.resolve(file));
    if (!fs.existsSync(dir)) throw new FileHostError('write-failed', `无法写入 ${file}：文件夹 ${dir} 不存在`);
    let bytes: Buffer;
    try {
      bytes = await this.toBuffer();
    } catch (err) {
      throw new FileHostError('write-failed', `无法生成 ${file}：写出工作簿时出错（原始错误：${reasonOf(err)}）`);
    }
    try {
      fs.writeFileSync(file, bytes);
    } catch (err) {
      throw new FileHostError('write-failed', `无法写入 ${file}：${fileSystemReason(err, 'write')}`);
    }
  }

  /** The note on a cell, or null. */
  getComment(sheet: string, address: string): FileComment | null {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return null;
    const note = ws.getCell(address).note as ExcelJS.Comment | string | undefined;
    if (note === undefined || note === null) return null;
    if (typeof note === 'string') return { author: null, text: note };
    const runs = note.texts ?? [];
    if (runs.length >= 2 && runs[0].font?.bold && /:\n$/.test(runs[0].text)) {
      return { author: runs[0].text.replace(/:\n$/, ''), text: runs.slice(1).map((r) => r.text).join('') };
    }
    return { author: null, text: runs.map((r) => r.text).join('') };
  }

  /** The styles of a cell that the port can write (bold, wrap, fill, number format). */
  getStyle(sheet: string, address: string): CellStyle | null {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return null;
    const cell = ws.getCell(address);
    const style: CellStyle = {};
    if (cell.font?.bold) style.bold = true;
    if (cell.alignment?.wrapText) style.wrap = true;
    const fill = cell.fill as ExcelJS.FillPattern | undefined;
    const argb = fill && fill.type === 'pattern' ? fill.fgColor?.argb : undefined;
    if (argb) style.fill = `#${argb.slice(-6).toUpperCase()}`;
    if (cell.numFmt) style.numberFormat = cell.numFmt;
    return style;
  }

  /** A cell's drop-down choices when it has a list typed in the rule ("是,否"), else null. */
  getList(sheet: string, address: string): string[] | null {
    const rule = this.workbook.getWorksheet(sheet)?.getCell(address).dataValidation;
    const source = rule?.type === 'list' ? rule.formulae?.[0] : undefined;
    return typeof source === 'string' && /^".*"$/.test(source) ? source.slice(1, -1).split(',') : null;
  }

  /** A column's width (0-based column), or null when it has the default width. */
  getColumnWidth(sheet: string, column: number): number | null {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) return null;
    return ws.getColumn(column + 1).width ?? null;
  }
}

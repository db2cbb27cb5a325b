import { AlignmentType, Document, Packer, Paragraph as DocParagraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { fixed } from '../engine/decimal';
import { yearLabel } from '../engine/narrative';
import type { Paragraph } from '../engine/narrative';
import type { ScoredNode, ScoredTree } from '../engine/tree.types';

/**
 * The 自评报告 as a Word document: title, 一、基本情况 / 二、绩效自评情况 / 三、存在问题及改进措施 with the
 * generated paragraphs under their sections, and the scored indicator table; then, on a page of its
 * own, the 检查说明 for the clerk (to be removed before submitting), never mixed into the report's body.
 * Bytes only, no file system, so the task pane can load this module on demand and offer the download.
 */

export interface ReportDocxInput {
  paragraphs: readonly Paragraph[];
  scored: ScoredTree;
  unitName: string | null;
  year: string | null;
  /** e.g. 部门整体支出绩效自评报告; the unit's name and year are put before it */
  kind?: string;
  /** 检查说明: printed as an appendix after the score table */
  checkNotes?: readonly Paragraph[];
}

/** The appendix heading: whose notes these are and what to do with them. */
export const CHECK_NOTES_HEADING = '附：检查说明（供填报人核对，提交前删除）';

/** Which chapter each narrative section belongs to, in reading order. */
const CHAPTERS: { heading: string; sections: string[]; empty: string }[] = [
  { heading: '一、基本情况', sections: ['预算执行情况', '项目资金执行情况'], empty: '工作簿未提供预算执行情况的基础数据。' },
  { heading: '二、绩效自评情况', sections: ['自评结论', '扣分情况', '绩效目标完成情况', '偏差原因'], empty: '工作簿未提供评分结果。' },
  { heading: '三、存在问题及改进措施', sections: ['存在问题', '改进措施'], empty: '各项指标均得满分，未发现失分问题。' },
];

const SUB = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'];
const BODY = 30; // 15pt in half-points
const FONT_BODY = '仿宋';
const FONT_HEADING = '黑体';
const FONT_SUB = '楷体';

function run(text: string, font: string, size = BODY, bold = false): TextRun {
  return new TextRun({ text, font: { name: font, eastAsia: font }, size, bold });
}

function body(text: string): DocParagraph {
  return new DocParagraph({ children: [run(text, FONT_BODY)], indent: { firstLine: 600 } /* two characters of 15pt */, spacing: { line: 480 }, alignment: AlignmentType.JUSTIFIED });
}

function heading(text: string, font: string): DocParagraph {
  return new DocParagraph({ children: [run(text, font, BODY, font === FONT_HEADING)], spacing: { before: 200, after: 100, line: 480 } });
}

function cell(text: string, bold = false, align: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.CENTER): TableCell {
  return new TableCell({ children: [new DocParagraph({ children: [run(text, FONT_BODY, 21, bold)], alignment: align })] });
}

interface LeafRow {
  names: [string, string, string];
  max: string;
  score: string;
}

/** Leaves as 一级/二级/三级 rows; a level's name is printed on its first row only, as the seeds' tables are. */
function leafRows(tree: ScoredTree): LeafRow[] {
  const rows: LeafRow[] = [];
  const printed = new Set<string>();
  const walk = (node: ScoredNode) => {
    if (node.kind === 'group') return node.children.forEach(walk);
    const p = node.path;
    const l1 = p[0] ?? '';
    const l2 = p.length >= 3 ? p[p.length - 2] : '';
    const once = (key: string, name: string) => (printed.has(key) ? '' : (printed.add(key), name));
    rows.push({
      names: [p.length > 1 ? once(`1:${l1}`, l1) : '', l2 ? once(`2:${l1}/${l2}`, l2) : '', node.name],
      max: fixed(node.max),
      score: node.score === null ? '—' : fixed(node.score),
    });
  };
  tree.roots.forEach(walk);
  return rows;
}

function scoreTable(tree: ScoredTree): Table {
  const head = new TableRow({ tableHeader: true, children: ['一级指标', '二级指标', '三级指标', '分值', '得分'].map((t) => cell(t, true)) });
  const rows = leafRows(tree).map((r) => new TableRow({ children: [cell(r.names[0]), cell(r.names[1]), cell(r.names[2], false, AlignmentType.LEFT), cell(r.max), cell(r.score)] }));
  // a table with a leaf unscored has no total to print
  const total = new TableRow({ children: [cell('合计', true), cell(''), cell(''), cell(fixed(tree.max), true), cell(tree.complete ? fixed(tree.total) : '不完整', true)] });
  return new Table({ rows: [head, ...rows, total], width: { size: 100, type: WidthType.PERCENTAGE } });
}

export async function buildReportDocx(input: ReportDocxInput): Promise<Uint8Array> {
  const title = `${input.unitName ?? ''}${yearLabel(input.year)}${input.kind ?? '绩效自评报告'}`;
  const children: (DocParagraph | Table)[] = [
    new DocParagraph({ children: [run(title, FONT_HEADING, 36, true)], alignment: AlignmentType.CENTER, spacing: { after: 300 } }),
  ];
  for (const chapter of CHAPTERS) {
    children.push(heading(chapter.heading, FONT_HEADING));
    const present = chapter.sections.filter((s) => input.paragraphs.some((p) => p.section === s));
    if (present.length === 0) children.push(body(chapter.empty));
    present.forEach((section, i) => {
      if (present.length > 1) children.push(heading(`${SUB[i] ?? ''}${section}`, FONT_SUB));
      for (const p of input.paragraphs.filter((x) => x.section === section)) children.push(body(p.text));
    });
  }
  children.push(heading('附表：指标得分表', FONT_HEADING));
  children.push(scoreTable(input.scored));
  const notes = input.checkNotes ?? [];
  if (notes.length > 0) {
    children.push(new DocParagraph({ children: [run(CHECK_NOTES_HEADING, FONT_HEADING, BODY, true)], pageBreakBefore: true, spacing: { after: 100, line: 480 } }));
    notes.forEach((n, i) => children.push(body(`${i + 1}. ${n.text}`)));
  }
  const doc = new Document({
    creator: '绩效评分助手',
    title,
    styles: { default: { document: { run: { font: FONT_BODY, size: BODY } } } },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

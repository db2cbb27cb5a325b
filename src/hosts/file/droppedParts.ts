import * as path from 'path';
import type JSZip from 'jszip';

/**
 * What a copy written by the file host will lack. ExcelJS reads only the workbook, sheets and their
 * relationships, shared strings, styles, themes, document properties, pictures (images in drawings),
 * notes, tables and VML drawings (exceljs/lib/xlsx/xlsx.js `loadAsync`): every other part of the
 * package is left out of the model and so of every file it writes. The input file is never changed;
 * the user is told what the copy does not keep.
 */
export type DroppedKind =
  | 'chart' // a chart on a worksheet (xl/charts/*, reached from a worksheet's drawing)
  | 'chart-sheet' // a chart sheet (xl/chartsheets/*), by name
  | 'pivot-table' // xl/pivotTables/*
  | 'slicer' // xl/slicers/*
  | 'timeline' // xl/timelines/*
  | 'shape' // a shape or text box in a worksheet's drawing (ExcelJS keeps only the pictures)
  | 'form-control' // xl/ctrlProps/* (check boxes, drop-downs…)
  | 'activex' // xl/activeX/*
  | 'embedded-object' // an OLE object or package on a worksheet (xl/embeddings/*)
  | 'external-link' // xl/externalLinks/*
  | 'data-connection' // xl/connections.xml, xl/queryTables/*
  | 'macro'; // xl/vbaProject.bin

export interface DroppedPart {
  kind: DroppedKind;
  count: number;
  /** sheet names, for chart sheets */
  names: string[];
}

const LABELS: Record<DroppedKind, string> = {
  chart: '图表',
  'chart-sheet': '图表工作表',
  'pivot-table': '数据透视表',
  slicer: '切片器',
  timeline: '日程表',
  shape: '形状或文本框',
  'form-control': '表单控件',
  activex: 'ActiveX 控件',
  'embedded-object': '嵌入对象',
  'external-link': '外部链接',
  'data-connection': '数据连接',
  macro: '宏（VBA 代码）',
};

/** Kinds printed with their number: “图表（2 个）”; the others read well without it. */
const COUNTED = new Set<DroppedKind>(['chart', 'pivot-table', 'shape', 'form-control', 'activex', 'embedded-object', 'external-link']);

/** "图表（2 个）和图表工作表“得分图”", or null when nothing is dropped. */
export function describeDroppedParts(parts: readonly DroppedPart[]): string | null {
  const items = parts
    .filter((p) => p.count > 0)
    .map((p) => {
      if (p.kind === 'chart-sheet' && p.names.length > 0) return `${LABELS[p.kind]}${p.names.map((n) => `“${n}”`).join('')}`;
      return COUNTED.has(p.kind) ? `${LABELS[p.kind]}（${p.count} 个）` : LABELS[p.kind];
    });
  if (items.length === 0) return null;
  if (items.length === 1) return items[0];
  return `${items.slice(0, -1).join('、')}和${items[items.length - 1]}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    if (e[0] !== '#') return ENTITIES[e];
    return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[1] ?? m[2]) : null;
}

interface Rel {
  id: string;
  type: string;
  target: string;
}

/** The part's folder-relative targets resolved to package paths ("xl/charts/chart1.xml"). */
async function relsOf(zip: JSZip, part: string): Promise<Rel[]> {
  const dir = path.posix.dirname(part);
  const file = zip.file(`${dir}/_rels/${path.posix.basename(part)}.rels`);
  if (!file) return [];
  const xml = await file.async('string');
  const rels: Rel[] = [];
  for (const m of allMatches(/<(?:\w+:)?Relationship\b[^>]*>/g, xml)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id === null || target === null || attr(m[0], 'TargetMode') === 'External') continue;
    const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(dir, target));
    rels.push({ id, type: attr(m[0], 'Type') ?? '', target: resolved });
  }
  return rels;
}

/** Every match of a global regex (the build targets ES2019, before String.prototype.matchAll). */
function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m = g.exec(text); m !== null; m = g.exec(text)) out.push(m);
  return out;
}

const isType = (rel: Rel, name: string) => rel.type.endsWith(`/${name}`);

/** Drawing anchors holding a shape, a connector or a group (not a picture or a chart frame). */
function shapeAnchors(xml: string): number {
  let n = 0;
  for (const m of allMatches(/<(\w+:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1?\2>/g, xml)) {
    const anchor = m[0];
    // form controls are drawn as shapes too (with a compatExt link to their VML); they are counted as controls
    if (/compatExt/.test(anchor)) continue;
    if (/<(\w+:)?(sp|cxnSp|grpSp)[\s>]/.test(anchor)) n += 1;
  }
  return n;
}

/**
 * The parts of an .xlsx package a copy written through ExcelJS will not hold. Best effort: a package
 * that cannot be read here gives an empty list (ExcelJS has already read it or refused it).
 */
export async function findDroppedParts(bytes: Buffer | Uint8Array): Promise<DroppedPart[]> {
  let zip: JSZip;
  try {
    // loaded here, not at start: only a copy being written needs it
    const { default: Zip } = await import('jszip');
    zip = await Zip.loadAsync(bytes);
  } catch {
    return [];
  }
  try {
    return await inspect(zip);
  } catch {
    return [];
  }
}

async function inspect(zip: JSZip): Promise<DroppedPart[]> {
  const names = Object.keys(zip.files)
    .filter((n) => !zip.files[n].dir)
    .map((n) => n.replace(/^\//, ''));
  const matching = (re: RegExp) => names.filter((n) => re.test(n));

  // chart sheets by name, and the charts they show (not counted again as charts)
  const chartSheetNames: string[] = [];
  const chartSheetCharts = new Set<string>();
  const chartSheetDrawings = new Set<string>();
  const workbookXml = zip.file('xl/workbook.xml');
  if (workbookXml) {
    const targets = new Map((await relsOf(zip, 'xl/workbook.xml')).map((r) => [r.id, r]));
    const xml = await workbookXml.async('string');
    for (const m of allMatches(/<(?:\w+:)?sheet\b[^>]*>/g, xml)) {
      const id = /\s\w+:id\s*=\s*"([^"]*)"/.exec(m[0])?.[1];
      const rel = id ? targets.get(id) : undefined;
      if (!rel || !(isType(rel, 'chartsheet') || rel.target.startsWith('xl/chartsheets/'))) continue;
      chartSheetNames.push(attr(m[0], 'name') ?? rel.target);
      for (const drawing of (await relsOf(zip, rel.target)).filter((r) => isType(r, 'drawing'))) {
        chartSheetDrawings.add(drawing.target);
        for (const chart of await relsOf(zip, drawing.target)) chartSheetCharts.add(chart.target);
      }
    }
  }
  const charts = matching(/^xl\/charts\/chart(Ex)?\d*\.xml$/).filter((n) => !chartSheetCharts.has(n));

  // shapes and text boxes in the worksheets' drawings
  let shapes = 0;
  for (const drawing of matching(/^xl\/drawings\/[^/]+\.xml$/)) {
    if (chartSheetDrawings.has(drawing)) continue;
    shapes += shapeAnchors(await zip.file(drawing)!.async('string'));
  }

  // objects embedded on worksheets; a chart's own embedded data workbook goes with the chart
  const chartEmbeddings = new Set<string>();
  for (const chart of matching(/^xl\/charts\/[^/]+\.xml$/)) {
    for (const rel of await relsOf(zip, chart)) chartEmbeddings.add(rel.target);
  }
  const embedded = matching(/^xl\/embeddings\//).filter((n) => !chartEmbeddings.has(n));

  const found: DroppedPart[] = [
    { kind: 'chart', count: charts.length, names: [] },
    { kind: 'chart-sheet', count: chartSheetNames.length, names: chartSheetNames },
    { kind: 'pivot-table', count: matching(/^xl\/pivotTables\/[^/]+\.xml$/).length, names: [] },
    { kind: 'slicer', count: matching(/^xl\/slicers\/[^/]+\.xml$/).length, names: [] },
    { kind: 'timeline', count: matching(/^xl\/timelines\/[^/]+\.xml$/).length, names: [] },
    { kind: 'shape', count: shapes, names: [] },
    { kind: 'form-control', count: matching(/^xl\/ctrlProps\/[^/]+\.xml$/).length, names: [] },
    { kind: 'activex', count: matching(/^xl\/activeX\/[^/]+\.xml$/).length, names: [] },
    { kind: 'embedded-object', count: embedded.length, names: [] },
    { kind: 'external-link', count: matching(/^xl\/externalLinks\/[^/]+\.xml$/).length, names: [] },
    { kind: 'data-connection', count: matching(/^xl\/(connections\.xml|queryTables\/[^/]+\.xml)$/).length, names: [] },
    { kind: 'macro', count: matching(/^xl\/vbaProject\.bin$/).length, names: [] },
  ];
  return found.filter((p) => p.count > 0);
}

import { ownEntry } from '../../engine/ownKey';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../port';
import type { DetectedGroup, DetectedTable, TableColumns, TableRow, TableRowKind } from './read.types';
import { normaliseChars, normaliseLabel, readCell } from './cellValue';
import { rangeA1 } from './address';
import { cellValue, isBlankValue, sheetOf } from './snapshotCells';
import { isPlaceholderName, splitNamePoints } from './indicatorName';
import type { Dec } from '../../engine/decimal';

/**
 * Finds the indicator table: a header recognised by its words in any column order (one to three
 * header rows, as seed 002 prints 评价指标 over 一级/二级/三级指标 over 名称/参考分值), then the body with
 * level names carried down through merged or blank cells, repeated headers and blank rows skipped,
 * page-split name fragments joined, and 合计/总分/总计 rows marked as totals.
 */

type Role =
  | { kind: 'level'; level: 1 | 2 | 3 }
  | { kind: 'name' }
  | { kind: 'group' }
  | { kind: 'points' }
  | { kind: 'field'; field: 'score' | 'level1Score' | 'standard' | 'description' | 'target' | 'targetSign' | 'targetUnit' | 'actual' | 'reason' | 'ownScore' | 'ownExplain' | 'ownNotes' };

/** Header texts we write ourselves; they must never be read as the user's own columns. */
export const OWN_SCORE_HEADER = '系统评分';
export const OWN_NOTES_HEADER = '检查提示';
/** our column of each leaf's 得分说明: how its score was obtained, the rule and figures in one line */
export const OWN_EXPLAIN_HEADER = '得分说明';

const LEVEL_WORDS: Record<string, 1 | 2 | 3> = {
  一级指标: 1,
  一级: 1,
  二级指标: 2,
  二级: 2,
  三级指标: 3,
  三级: 3,
  考核内容: 2,
  // 苏州's 再评价评分表: 内容 (投入, 产出, 结果, 影响力) over 指标
  内容: 1,
  考核指标: 3,
};
const NAME_WORDS = new Set(['指标名称', '名称', '指标', '绩效指标', '评价内容']);
const GROUP_WORDS = new Set(['评价指标', '指标体系', '评价指标体系']);
const POINTS_WORDS = new Set(['分值', '参考分值', '权重', '标准分', '标准分值', '满分', '指标分值', '权重分值', '权数']);
const FIELD_WORDS: Record<string, Extract<Role, { kind: 'field' }>['field']> = {
  得分: 'score',
  评分: 'score',
  自评分: 'score',
  自评得分: 'score',
  '得分/自评分': 'score',
  '评分/自评分': 'score',
  实际得分: 'score',
  评价得分: 'score',
  自评分数: 'score',
  考评得分: 'score',
  // 苏州's 再评价评分表: 内容 | 指标 | 权重 | 评分结果 | 备注
  评分结果: 'score',
  // a 合计 column beside 得分 holds each level-1 group's sub-total (seed 004)
  合计: 'level1Score',
  小计: 'level1Score',
  评分标准: 'standard',
  评分细则: 'standard',
  评分办法: 'standard',
  评分规则: 'standard',
  评价标准: 'standard',
  评分方法: 'standard',
  计分方法: 'standard',
  计分标准: 'standard',
  考核标准: 'standard',
  // one column holding both the indicator's explanation and its standard: the text is read as a whole
  指标说明及评分标准: 'standard',
  评分标准及说明: 'standard',
  指标说明: 'description',
  指标解释: 'description',
  指标内涵: 'description',
  年度指标值: 'target',
  目标值: 'target',
  指标值: 'target',
  年度目标值: 'target',
  // 黄石: 年初目标值(A) | 实际完成值(B)
  年初目标值: 'target',
  预期指标值: 'target',
  年度工作目标: 'target',
  // Yunnan and Sichuan print the target over three columns: 指标性质 | 指标值 | 度量单位 ("≧ | 100 | %")
  指标性质: 'targetSign',
  度量单位: 'targetUnit',
  计量单位: 'targetUnit',
  实际完成值: 'actual',
  实际值: 'actual',
  完成值: 'actual',
  全年实际完成值: 'actual',
  全年实际值: 'actual',
  [OWN_SCORE_HEADER]: 'ownScore',
  [OWN_NOTES_HEADER]: 'ownNotes',
  [OWN_EXPLAIN_HEADER]: 'ownExplain',
};
const TOTAL_WORDS = new Set(['合计', '总分', '总计', '得分合计', '总得分', '合计得分', '总分值', '分值合计']);

export function headerKey(value: CellValue | undefined): string {
  if (typeof value !== 'string') return '';
  return normaliseLabel(value).replace(/\([^)]*\)/g, '');
}

export function roleOf(value: CellValue | undefined): Role | null {
  const key = headerKey(value);
  if (key === '') return null;
  const level = ownEntry(LEVEL_WORDS, key);
  if (level) return { kind: 'level', level };
  if (NAME_WORDS.has(key)) return { kind: 'name' };
  if (GROUP_WORDS.has(key)) return { kind: 'group' };
  if (POINTS_WORDS.has(key)) return { kind: 'points' };
  const field = ownEntry(FIELD_WORDS, key);
  if (field) return { kind: 'field', field };
  // 偏差原因分析及改进措施, 未完成原因分析, 未完成原因及拟采取的改进措施, 扣分原因和其他说明
  if (/^(偏差原因|未完成原因|扣分原因|失分原因|原因分析)/.test(key)) return { kind: 'field', field: 'reason' };
  return null;
}

export function isTotalText(value: CellValue | undefined): boolean {
  return typeof value === 'string' && TOTAL_WORDS.has(normaliseLabel(value));
}

function rowWidth(sheet: SheetSnapshot, row: number): number {
  return sheet.values[row]?.length ?? 0;
}

/** A row made of header words: at least two of them and nothing that reads as a number. */
export function isHeaderLike(sheet: SheetSnapshot, row: number): boolean {
  let words = 0;
  for (let c = 0; c < rowWidth(sheet, row); c += 1) {
    const v = sheet.values[row][c];
    if (isBlankValue(v)) continue;
    if (typeof v === 'number') return false;
    if (roleOf(v)) words += 1;
  }
  return words >= 2;
}

interface Band {
  top: number;
  bottom: number;
  columns: TableColumns;
  confidence: number;
  left: number;
  right: number;
}

/** Column roles from a header band of 1–3 rows (merged upper cells are blank to the right of their text). */
function readBand(sheet: SheetSnapshot, top: number, bottom: number): Band | null {
  const width = Math.max(...Array.from({ length: bottom - top + 1 }, (_, i) => rowWidth(sheet, top + i)));
  const eff: (Role | null)[][] = [];
  for (let r = top; r <= bottom; r += 1) eff.push(Array.from({ length: width }, (_, c) => roleOf(cellValue(sheet, r, c))));
  // A blank upper cell over a sub-header belongs to the merged cell on its left (一级指标 over 名称 | 参考分值).
  for (let i = 0; i < eff.length - 1; i += 1) {
    for (let c = 1; c < width; c += 1) {
      if (eff[i][c] || !isBlankValue(cellValue(sheet, top + i, c))) continue;
      const lowerHasWord = eff.slice(i + 1).some((row) => row[c] !== null);
      if (lowerHasWord && eff[i][c - 1]) eff[i][c] = eff[i][c - 1];
    }
  }
  const columns: TableColumns = {};
  const set = (key: keyof TableColumns, col: number) => {
    if (columns[key] === undefined) columns[key] = col;
  };
  let nameCol: number | undefined;
  let groupCol: number | undefined;
  let genericPoints: number | undefined;
  // The name column nearest on the left: a 分值 column with no level above it belongs to it
  // (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值: each 分值 is its own level's points).
  let nearestName: 1 | 2 | 3 | 'leaf' | undefined;
  let lastNameCol = -1;
  const scoreCols: { col: number; owner: 1 | 2 | 3 | 'leaf' | undefined; besideName: boolean }[] = [];
  let left = width;
  let right = -1;
  for (let c = 0; c < width; c += 1) {
    const stack = eff.map((row) => row[c]).filter((x): x is Role => x !== null);
    if (stack.length === 0) continue;
    const bottomRole = stack[stack.length - 1];
    const level = [...stack].reverse().find((x): x is Extract<Role, { kind: 'level' }> => x.kind === 'level');
    let used = true;
    if (bottomRole.kind === 'level') {
      set(`level${bottomRole.level}` as keyof TableColumns, c);
      nearestName = bottomRole.level;
      lastNameCol = c;
    } else if (bottomRole.kind === 'name') {
      if (level) set(`level${level.level}` as keyof TableColumns, c);
      else if (nameCol === undefined) nameCol = c;
      nearestName = level ? level.level : 'leaf';
      lastNameCol = c;
    } else if (bottomRole.kind === 'points') {
      const owner = level ? level.level : nearestName;
      if (owner === 1 || owner === 2) set(`level${owner}Points` as keyof TableColumns, c);
      else if (owner === 3 || owner === 'leaf') set('points', c);
      else if (genericPoints === undefined) genericPoints = c;
    } else if (bottomRole.kind === 'field') {
      if (bottomRole.field === 'score') scoreCols.push({ col: c, owner: nearestName, besideName: lastNameCol === c - 1 });
      set(bottomRole.field, c);
    }
    else if (bottomRole.kind === 'group') {
      if (groupCol === undefined) groupCol = c;
      used = false;
    }
    if (used && bottomRole.kind !== 'field') {
      left = Math.min(left, c);
      right = Math.max(right, c);
    } else if (used && bottomRole.kind === 'field' && bottomRole.field !== 'ownScore' && bottomRole.field !== 'ownNotes' && bottomRole.field !== 'ownExplain') {
      left = Math.min(left, c);
      right = Math.max(right, c);
    }
  }
  const hasLevel = columns.level1 !== undefined || columns.level2 !== undefined || columns.level3 !== undefined;
  if (!hasLevel) {
    // A flat table: its only name column holds the leaves.
    const leafCol = nameCol ?? groupCol;
    if (leafCol !== undefined) {
      columns.level3 = leafCol;
      left = Math.min(left, leafCol);
      right = Math.max(right, leafCol);
    }
  } else if (nameCol !== undefined && columns.level3 === undefined) {
    // 一级指标 | 二级指标 | 指标名称: the name column is the leaf level.
    columns.level3 = nameCol;
    left = Math.min(left, nameCol);
    right = Math.max(right, nameCol);
  }
  if (genericPoints !== undefined && columns.points === undefined) columns.points = genericPoints;
  pointsHeadedScore(sheet, bottom, columns, scoreCols);
  if (columns.points === undefined && columns.level3 === undefined) {
    // 一级指标 | 分值 | 二级指标 | 分值 with no 三级: the deepest level is the leaf, its 分值 the leaf points.
    const leafKey = columns.level2 !== undefined ? 'level2Points' : 'level1Points';
    if (columns[leafKey] !== undefined) {
      columns.points = columns[leafKey];
      delete columns[leafKey];
    }
  }
  const hasName = columns.level1 !== undefined || columns.level2 !== undefined || columns.level3 !== undefined;
  if (!hasName || (columns.points === undefined && columns.score === undefined)) return null;
  const roles = Object.keys(columns).length;
  const confidence = roles + (columns.points !== undefined ? 2 : 0) + (columns.score !== undefined ? 2 : 0) + (hasLevel ? 1 : 0);
  return { top, bottom, columns, confidence, left, right };
}

/**
 * 一级指标 | 得分 | 二级指标 | 得分 | 三级指标 | 得分 | … | 得分: a 得分 column right beside a level's names
 * holds that level's points when the table has a last 得分 column of its own; told apart by content,
 * since points are never below the score beside them (投入 16 = 8 + 8 over scores 8 and 0).
 */
function pointsHeadedScore(
  sheet: SheetSnapshot,
  bottom: number,
  columns: TableColumns,
  scoreCols: { col: number; owner: 1 | 2 | 3 | 'leaf' | undefined; besideName: boolean }[],
): void {
  if (scoreCols.length < 2) return;
  const last = scoreCols[scoreCols.length - 1];
  const besides = scoreCols.slice(0, -1).filter((x) => x.besideName && x.owner !== undefined);
  if (besides.length !== scoreCols.length - 1) return;
  const leafOwner = besides.find((x) => x.owner === 3 || x.owner === 'leaf');
  if (!leafOwner || columns.points !== undefined) return;
  for (let r = bottom + 1; r < Math.min(sheet.values.length, bottom + 200); r += 1) {
    const points = readCell(cellValue(sheet, r, leafOwner.col));
    const score = readCell(cellValue(sheet, r, last.col));
    const num = (c: typeof points) => (c.ok && (c.kind === 'number' || c.kind === 'score') ? (c.value as Dec) : null);
    const p = num(points);
    const sc = num(score);
    if (p !== null && sc !== null && sc.gt(p)) return;
  }
  for (const x of besides) {
    if (x.owner === 1) columns.level1Points = x.col;
    else if (x.owner === 2) columns.level2Points = x.col;
    else columns.points = x.col;
  }
  columns.score = last.col;
}

function findBands(sheet: SheetSnapshot): Band[] {
  const bands: Band[] = [];
  for (let r = 0; r < sheet.values.length; r += 1) {
    if (!isHeaderLike(sheet, r)) continue;
    let bottom = r;
    while (bottom + 1 < sheet.values.length && bottom - r < 2 && isHeaderLike(sheet, bottom + 1)) bottom += 1;
    // Prefer the widest reading of a 1–3 row band (the top rows alone may already parse).
    const band = readBand(sheet, r, bottom);
    if (band) {
      bands.push(band);
      r = bottom;
    }
  }
  return bands;
}

interface Slot {
  name: string;
  row: number;
  /** points printed inside the name cell ("相关性(5分)"), or null */
  points: Dec | null;
}

/** Names as displayed: whitespace removed (seed 002 prints "资 产 管 理"), characters otherwise kept. */
export function displayName(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[\s\u3000\u00A0]+/g, '');
}

function levelCols(columns: TableColumns): { level: number; col: number; pointsCol?: number }[] {
  const out: { level: number; col: number; pointsCol?: number }[] = [];
  if (columns.level1 !== undefined) out.push({ level: 1, col: columns.level1, pointsCol: columns.level1Points });
  if (columns.level2 !== undefined) out.push({ level: 2, col: columns.level2, pointsCol: columns.level2Points });
  if (columns.level3 !== undefined) out.push({ level: 3, col: columns.level3, pointsCol: columns.points });
  return out;
}

function isNumeric(v: CellValue | undefined): boolean {
  const cell = readCell(v ?? null);
  return cell.ok && (cell.kind === 'number' || cell.kind === 'score');
}

function hasNumber(sheet: SheetSnapshot, row: number, col: number | undefined): boolean {
  if (col === undefined) return false;
  return isNumeric(cellValue(sheet, row, col));
}

/**
 * A level cell's name and the points printed inside it; a purely numeric cell is never an indicator's
 * name. A template placeholder ("指标2：", "……", "/")
 * is no name; an upper level's cell showing only its points ("(20)", which reads as a number) is
 * kept as printed, since it is the only name that level has.
 */
function levelName(v: CellValue | undefined, isLeafLevel: boolean): { text: string; points: Dec | null } {
  const raw = displayName(v);
  if (raw === '' || isPlaceholderName(raw)) return { text: '', points: null };
  if (isNumeric(v) && (isLeafLevel || !/^[(（]/.test(raw))) return { text: '', points: null };
  const split = splitNamePoints(raw);
  return { text: split.name, points: split.points };
}

/**
 * A leaf printed out of its columns (seed 003's PDF puts 采购意向公开时限 in the 一级 column, its 分值 under
 * 三级 and its 得分 under 分值): the leaf's name cell holds a number, and the row's only name sits in an
 * upper level's column with nothing under it. Returns the row's own columns (name, then the next numeric
 * cells as 分值 and 得分), or null when the row is not such a leaf or there is no group to attach it to.
 */
function shiftedLeaf(
  sheet: SheetSnapshot,
  r: number,
  levels: { level: number; col: number }[],
  nameTexts: string[],
  carried: (Slot | null)[],
): { columns: Partial<TableColumns>; name: string; fromLevel: number } | null {
  const leafIdx = levels.length - 1;
  if (leafIdx < 1 || !isNumeric(cellValue(sheet, r, levels[leafIdx].col))) return null;
  const named = nameTexts.map((t, i) => (t !== '' ? i : -1)).filter((i) => i >= 0);
  if (named.length !== 1 || named[0] >= leafIdx) return null;
  if (carried[leafIdx - 1] === null) return null;
  const from = levels[named[0]];
  const numeric: number[] = [];
  for (let c = from.col + 1; c < rowWidth(sheet, r) && numeric.length < 2; c += 1) {
    if (isNumeric(cellValue(sheet, r, c))) numeric.push(c);
  }
  if (numeric.length === 0) return null;
  const columns: Partial<TableColumns> = { [`level${levels[leafIdx].level}`]: from.col, points: numeric[0] };
  if (numeric.length > 1) columns.score = numeric[1];
  return { columns, name: nameTexts[named[0]], fromLevel: from.level };
}

/**
 * A table with no points column whose group's only leaf prints no points of its own (Dazhou's
 * 履职成效(20分) over one 部门特性指标 row): the leaf carries its group's points.
 */
function inheritOnlyChildPoints(rows: { kind: TableRowKind; slots: Slot[] }[], columns: TableColumns): void {
  if (columns.points !== undefined) return;
  const leaves = rows.filter((x) => x.kind === 'leaf' && x.slots.length >= 2);
  for (const leaf of leaves) {
    const own = leaf.slots[leaf.slots.length - 1];
    const parent = leaf.slots[leaf.slots.length - 2];
    if (own.points !== null || parent.points === null) continue;
    const siblings = leaves.filter((x) => x.slots[x.slots.length - 2] === parent);
    if (siblings.length === 1) own.points = parent.points;
  }
}

/**
 * "二者择其一" (either of the two is assessed): the second indicator of the pair shares the first one's
 * points and score cells (merged down), so its own are blank, as is its rule. It is the first leaf's
 * alternative, not a leaf of its own with no points.
 */
function dropChooseOneAlternatives(sheet: SheetSnapshot, rows: { row: number; kind: TableRowKind }[], columns: TableColumns): void {
  if (columns.standard === undefined) return;
  const blank = (r: number, c: number | undefined) => c === undefined || isBlankValue(cellValue(sheet, r, c));
  for (let i = rows.length - 1; i > 0; i -= 1) {
    const row = rows[i];
    const before = rows[i - 1];
    if (row.kind !== 'leaf' || before.kind !== 'leaf' || before.row !== row.row - 1) continue;
    const rule = cellValue(sheet, before.row, columns.standard);
    if (typeof rule !== 'string' || !rule.includes('择其一')) continue;
    if (blank(row.row, columns.points) && blank(row.row, columns.score) && blank(row.row, columns.standard)) rows.splice(i, 1);
  }
}

type BodyGroup = { slots: Slot[]; row: number; pointsCell?: { row: number; col: number }; scoreCell?: { row: number; col: number } };

/**
 * A level-1 group's sub-total from the table's 合计 column, read on the row where the group's name
 * starts (the merged cell's top-left), so its stated score is checked against its children's.
 */
function groupScoreCell(sheet: SheetSnapshot, r: number, columns: TableColumns, levelCount: number, level1Text: string, level1: Slot | null, groups: BodyGroup[]): void {
  const col = columns.level1Score;
  if (col === undefined || levelCount < 2 || columns.level1 === undefined || level1Text === '' || !level1 || !hasNumber(sheet, r, col)) return;
  const existing = groups.find((g) => g.slots.length === 1 && g.slots[0] === level1);
  if (existing) existing.scoreCell = existing.scoreCell ?? { row: r, col };
  else groups.push({ slots: [level1], row: r, scoreCell: { row: r, col } });
}

/** The body of a table below its header band. */
function readBody(sheet: SheetSnapshot, band: Band): DetectedTable {
  const { columns } = band;
  const levels = levelCols(columns);
  const leafLevel = levels[levels.length - 1];
  const headerRows: number[] = [];
  for (let r = band.top; r <= band.bottom; r += 1) headerRows.push(r);
  const carried: (Slot | null)[] = levels.map(() => null);
  const rows: { row: number; kind: TableRowKind; slots: Slot[]; shifted?: TableRow['shifted'] }[] = [];
  const groups: BodyGroup[] = [];
  let lastContent: { slots: Slot[] } | null = null;
  let bottom = band.bottom;
  let blankRun = 0;
  let pageBreak = false;
  const unread: number[] = [];
  const pointCols = [columns.points, columns.level1Points, columns.level2Points];
  for (let r = band.bottom + 1; r < sheet.values.length; r += 1) {
    const cells = sheet.values[r] ?? [];
    if (cells.every(isBlankValue)) {
      pageBreak = true;
      blankRun += 1;
      if (blankRun >= 5 && rows.length > 0) break;
      continue;
    }
    blankRun = 0;
    if (isHeaderLike(sheet, r)) {
      headerRows.push(r);
      pageBreak = true;
      continue;
    }
    const named = levels.map((l, i) => levelName(cellValue(sheet, r, l.col), i === levels.length - 1));
    const nameTexts = named.map((n) => n.text);
    const firstCols = cells.slice(0, Math.max(band.left, 0) + 3);
    if (nameTexts.some((t) => TOTAL_WORDS.has(normaliseLabel(t))) || firstCols.some(isTotalText)) {
      rows.push({ row: r, kind: 'total', slots: [] });
      bottom = r;
      break;
    }
    const shifted = shiftedLeaf(sheet, r, levels, nameTexts, carried);
    if (shifted) {
      const parents = carried.slice(0, levels.length - 1).filter((s): s is Slot => s !== null);
      rows.push({ row: r, kind: 'leaf', slots: [...parents, { name: shifted.name, row: r, points: null }], shifted: { columns: shifted.columns, fromLevel: shifted.fromLevel } });
      lastContent = rows[rows.length - 1];
      bottom = r;
      continue;
    }
    const anyPoints = pointCols.some((c) => hasNumber(sheet, r, c)) || named.some((n) => n.points !== null);
    const anyValue =
      anyPoints ||
      !isBlankValue(cellValue(sheet, r, columns.score)) ||
      !isBlankValue(cellValue(sheet, r, columns.target)) ||
      !isBlankValue(cellValue(sheet, r, columns.actual));
    if (!anyValue) {
      // A page break (a repeated header or a blank row) splits names over rows ("部门" / "绩效",
      // "公用经费" / "控制率"): join the fragments. A named row with nothing else and no break before it
      // is a heading with no indicator under it ("经济效益指标"): it starts its groups and holds no leaf.
      if (lastContent && pageBreak && nameTexts.some((t) => t !== '')) {
        levels.forEach((_, i) => {
          const slot = carried[i];
          if (nameTexts[i] !== '' && slot) slot.name += nameTexts[i];
        });
        bottom = r;
      } else {
        levels.forEach((_, i) => {
          if (nameTexts[i] === '') return;
          carried[i] = { name: nameTexts[i], row: r, points: named[i].points };
          for (let j = i + 1; j < levels.length; j += 1) if (nameTexts[j] === '') carried[j] = null;
        });
      }
      continue;
    }
    pageBreak = false;
    let deepest = -1;
    levels.forEach((l, i) => {
      if (nameTexts[i] === '') return;
      carried[i] = { name: nameTexts[i], row: r, points: named[i].points };
      for (let j = i + 1; j < levels.length; j += 1) if (nameTexts[j] === '') carried[j] = null;
      deepest = i;
      if (i < levels.length - 1 && l !== leafLevel && (l.pointsCol !== undefined || named[i].points !== null)) {
        groups.push({ slots: carried.slice(0, i + 1) as Slot[], row: r, ...(l.pointsCol !== undefined ? { pointsCell: { row: r, col: l.pointsCol } } : {}) });
      }
    });
    if (deepest < 0 && nameTexts[levels.length - 1] === '') {
      // Values without any name (or under a placeholder such as "指标1："): nothing to attach them to,
      // so they are named in the note rather than scored from a guess.
      unread.push(r);
      continue;
    }
    groupScoreCell(sheet, r, columns, levels.length, nameTexts[0], carried[0], groups);
    const slots = carried.slice(0, deepest + 1).filter((s): s is Slot => s !== null);
    const isLeaf = deepest === levels.length - 1;
    if (isLeaf) {
      rows.push({ row: r, kind: 'leaf', slots: carried.filter((s): s is Slot => s !== null) });
    } else {
      rows.push({ row: r, kind: 'group', slots });
      const existing = groups.find((g) => g.row === r && g.slots.length === slots.length);
      const pointsCell = columns.points !== undefined ? { row: r, col: columns.points } : undefined;
      const scoreCell = columns.score !== undefined ? { row: r, col: columns.score } : undefined;
      if (existing) {
        existing.pointsCell = existing.pointsCell ?? pointsCell;
        existing.scoreCell = scoreCell;
      } else groups.push({ slots, row: r, pointsCell, scoreCell });
    }
    lastContent = rows[rows.length - 1];
    bottom = r;
  }
  dropChooseOneAlternatives(sheet, rows, columns);
  inheritOnlyChildPoints(rows, columns);
  const tableRows: TableRow[] = rows.map((x) => {
    const own = x.kind === 'leaf' ? x.slots[x.slots.length - 1]?.points ?? null : null;
    return {
      row: x.row,
      kind: x.kind,
      path: x.slots.map((s) => s.name),
      ...(own ? { namePoints: own } : {}),
      ...(x.shifted ? { shifted: x.shifted } : {}),
    };
  });
  const detectedGroups: DetectedGroup[] = groups.map((g) => {
    const own = g.slots[g.slots.length - 1]?.points ?? null;
    return {
      path: g.slots.map((s) => s.name),
      row: g.row,
      ...(g.pointsCell ? { pointsCell: g.pointsCell } : {}),
      ...(g.scoreCell ? { scoreCell: g.scoreCell } : {}),
      ...(own ? { namePoints: own } : {}),
    };
  });
  return {
    sheet: sheet.name,
    range: rangeA1(band.top, band.left, bottom, band.right),
    headerRows,
    columns,
    rows: tableRows,
    confidence: band.confidence + Math.min(tableRows.filter((x) => x.kind === 'leaf').length, 50) / 10,
    groups: detectedGroups,
    lastColumn: band.right,
    unreadRows: unread.filter((r) => r <= bottom),
  };
}

/** Every indicator table candidate of one sheet, best first. */
export function detectInSheet(sheet: SheetSnapshot): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let coveredTo = -1;
  for (const band of findBands(sheet)) {
    // A header repeated mid-table belongs to the table above it, not to a new one.
    if (band.top <= coveredTo) continue;
    const table = readBody(sheet, band);
    if (!table.rows.some((r) => r.kind === 'leaf')) continue;
    tables.push(table);
    coveredTo = Math.max(...table.rows.map((r) => r.row), ...table.headerRows);
  }
  return tables.sort((a, b) => b.confidence - a.confidence);
}

/** What the table holds that could not be read as an indicator, and where. */
function unreadNote(table: DetectedTable): string {
  if (table.unreadRows.length === 0) return '';
  return `第 ${table.unreadRows.map((r) => r + 1).join('、')} 行有分值、得分或指标值却没有指标名称，未读取，也未计分；请在工作表“${table.sheet}”中补上名称。`;
}

export type DetectResult =
  | { ok: true; table: DetectedTable; candidates: DetectedTable[]; note: string }
  | { ok: false; message: string };

const LOOKED_FOR =
  '表头应含指标名称列（一级指标/二级指标/三级指标/指标名称/名称）以及分值列（分值/参考分值/权重）或得分列（得分/评分/自评分/自评得分）';

/**
 * Finds the indicator table. With `sheetName` only that sheet is searched; otherwise every sheet
 * except `ignore` (our own sheets), and the best match is taken and reported in `note`. Among equally
 * good candidates, a sheet whose name holds `year` (the workbook's 年度, when known) is preferred;
 * `year` may be given as a function, asked only when candidates tie (reading it costs a pass over 基础数据).
 */
export function detectTable(snapshot: WorkbookSnapshot, sheetName?: string, ignore: string[] = [], yearOrReader?: string | null | (() => string | null | undefined)): DetectResult {
  if (sheetName !== undefined) {
    const sheet = sheetOf(snapshot, sheetName) ?? snapshot.sheets.find((s) => normaliseChars(s.name).trim() === normaliseChars(sheetName).trim());
    if (!sheet) {
      const names = snapshot.sheets.map((s) => `“${s.name}”`).join('、') || '（无）';
      return { ok: false, message: `找不到工作表“${sheetName}”。工作簿中的工作表有：${names}。` };
    }
    const found = detectInSheet(sheet);
    if (found.length === 0) return { ok: false, message: `工作表“${sheet.name}”中没有找到指标评分表：${LOOKED_FOR}。` };
    return { ok: true, table: found[0], candidates: found, note: `使用指定的工作表“${sheet.name}”中的指标表（${found[0].range}）。${unreadNote(found[0])}` };
  }
  const all = snapshot.sheets
    .filter((s) => !ignore.includes(s.name))
    .flatMap((s) => detectInSheet(s))
    .sort((a, b) => b.confidence - a.confidence);
  if (all.length === 0) {
    const names = snapshot.sheets.map((s) => `“${s.name}”`).join('、') || '（无）';
    return { ok: false, message: `未找到指标评分表。已查找工作表 ${names}：${LOOKED_FOR}。` };
  }
  const tied = all.filter((t) => Math.abs(t.confidence - all[0].confidence) < 1e-9);
  const year = typeof yearOrReader === 'function' ? (tied.length > 1 ? yearOrReader() : undefined) : yearOrReader;
  const ofYear = year ? tied.find((t) => normaliseChars(t.sheet).includes(year)) : undefined;
  const byYear = ofYear !== undefined && tied.length > 1 && !tied.every((t) => normaliseChars(t.sheet).includes(year as string));
  const best = byYear && ofYear ? ofYear : all[0];
  const candidates = [best, ...all.filter((t) => t !== best)];
  const others = candidates.slice(1).filter((t) => t.sheet !== best.sheet);
  let note = `在工作表“${best.sheet}”中找到指标表（${best.range}）`;
  if (byYear) note += `，工作表名含本工作簿的年度 ${year}`;
  note += '。';
  note += unreadNote(best);
  if (others.length > 0) note += `另有候选指标表：${others.map((t) => `“${t.sheet}”（${t.range}）`).join('、')}；如需改用，请指定工作表（命令行用 --sheet）。`;
  return { ok: true, table: best, candidates, note };
}

import type { Analysis } from '../../src/workbook/analyse/analysis.types';
import { leavesOf } from '../../src/engine/treeWalk';
import { disputed, type Dispute } from './knownGaps';

/**
 * 银川市第六中学's 初中公用经费 form (project-ningxia-yinchuan-chuzhong.json) reached us through OCR: its
 * points header prints "考值参分" and its unit label "实施第位". The truth file reads them as 参考分值 and
 * 实施单位, which is a guess at what the letters were; the reader does not guess. What it must do instead,
 * and what these checks hold it to: name the header cell it could not read, say on each row that has no
 * points that they are missing, compute no score from points it does not have, and leave the unit unstated.
 */

const HEADER_UNREAD = 'the points header is printed "考值参分" (OCR of 参考分值); reading it as a points header would be a guess, so the reader names the cell and reads no points from that column';
const UNIT_UNREAD = 'the unit label is printed "实施第位" (OCR of 实施单位); taking the cell beside it as the unit would be a guess, so the unit is not stated';

/** The note that names the unread header and its cell. */
function expectHeaderNamed(a: Analysis): void {
  expect(a.notes.some((n) => n.includes('“考值参分”（自评表!D9）'))).toBe(true);
}

/** The row reads no points, and POINTS_MISSING says so on its name cell. */
function expectPointsMissing(a: Analysis, row: number): void {
  const leaf = a.layout.leaves.find((l) => l.row + 1 === row);
  expect(leaf?.pointsSource).toBe('none');
  expect(a.warnings.filter((w) => w.address === `C${row}`).map((w) => w.code)).toContain('POINTS_MISSING');
}

const pointsRows: [number, string][] = [
  [10, '完整性'],
  [11, '相关性'],
  [12, '可行性'],
  [13, '适当性'],
  [15, '财务管理制度有效性'],
  [16, '绩效监控有效性'],
  [17, '管理制度有效性'],
  [24, '办公所需成本'],
  [25, '维修(维护)所需成本'],
  [26, '绿化、水电费等成本'],
  [29, '效果显著'],
  [32, '使学生和老师行个更好的学习和工作环境,做到'],
];
const scoreRows = pointsRows.filter(([r]) => [24, 25, 29, 32].includes(r));

const disputes: Record<string, Dispute> = {};
for (const [row, name] of pointsRows) {
  disputes[`points of row ${row} (${name})`] = disputed(HEADER_UNREAD, (a) => {
    expectHeaderNamed(a);
    expectPointsMissing(a, row);
  });
}
for (const [row, name] of scoreRows) {
  disputes[`score of row ${row} (${name})`] = disputed(`${HEADER_UNREAD}; with no points the row is scored by no rule`, (a) => {
    expect(a.layout.leaves.find((l) => l.row + 1 === row)?.rule).toBeNull();
    expectPointsMissing(a, row);
  });
}
for (const cell of ['H29', 'H32']) {
  disputes[`flags REASON_MISSING at ${cell}`] = disputed(`${HEADER_UNREAD}; without its points the row is not known to be below full marks, so no reason can be asked for`, (a) => {
    expect(a.warnings.filter((w) => w.address === cell).map((w) => w.code)).toEqual([]);
    expectPointsMissing(a, Number(cell.slice(1)));
  });
}
const totalCheck = (a: Analysis) => {
  expectHeaderNamed(a);
  // every leaf that counts toward the total without points is named, so the total is never presented as whole
  const unnamed = leavesOf(a.scored.roots).filter((l) => l.max.isZero() && !a.warnings.some((w) => w.code === 'POINTS_MISSING' && a.layout.leaves.some((ll) => ll.ref === l.ref && ll.nameAddress === w.address)));
  expect(unnamed).toEqual([]);
};
disputes['points total 90'] = disputed(`${HEADER_UNREAD}; the points total is that of the rows whose points can be read, each other row named`, totalCheck);
disputes['total 86'] = disputed(`${HEADER_UNREAD}; the total is that of the rows that can be scored, each other row named`, totalCheck);
disputes['unit 银川市第六中学'] = disputed(UNIT_UNREAD, (a) => expect(a.unitName).toBeNull());

export const NINGXIA_DISPUTES = disputes;

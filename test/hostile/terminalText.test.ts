/**
 * Workbook text reaches the terminal as text: escape sequences (clear screen, window title, conceal),
 * carriage-return overwrites, C1 controls and bidirectional overrides are taken out of everything the
 * command line prints, so a unit cannot hide its findings from a reviewer reading a terminal.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCli } from '../cli/runCli';
import { terminalText } from '../../src/cli/shared/terminalText';
import { copyExample, tempFolder } from './tmpWorkspace';

const ESC = '\u001b';
const BEL = '\u0007';
const UNIT = `深圳市科技交流服务中心${ESC}[2J${ESC}]0;审核通过${BEL}\u202E误无核审`;
const LEVEL1 = `部门决策\r总分：100.00 / 100.00，等级：优${ESC}[8m\u009b2J隐藏`;
// every control that can move the cursor, rewrite a line or reorder what is shown
const HIDING = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/;

/** How Excel stores a control character in a cell's XML (_x001B_); ExcelJS reads it back as the character. */
const asStored = (text: string) => text.replace(/[\u0000-\u001f]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);

const tmp = tempFolder('terminal');
let input: string;
beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(copyExample(path.join(tmp, 'seed.xlsx')));
  wb.getWorksheet('基础数据')!.getCell('B2').value = asStored(UNIT);
  const table = wb.getWorksheet('评分表')!;
  table.eachRow((row) => row.eachCell((cell) => {
    if (cell.value === '部门决策') cell.value = asStored(LEVEL1);
  }));
  input = path.join(tmp, `单位${ESC}[2J.xlsx`);
  await wb.xlsx.writeFile(input);
});

test('terminalText takes out sequences whole and keeps the text around them', () => {
  expect(terminalText(`甲${ESC}[2J乙`)).toBe('甲乙');
  expect(terminalText(`甲${ESC}]0;标题${BEL}乙`)).toBe('甲乙');
  expect(terminalText(`甲${ESC}]8;;http://x${ESC}\\链接${ESC}]8;;${ESC}\\乙`)).toBe('甲链接乙');
  expect(terminalText('原文\r覆盖')).toBe('原文覆盖');
  expect(terminalText('甲\u202E乙丙\u202C')).toBe('甲乙丙');
  expect(terminalText(`甲\u009b31m乙`)).toBe('甲乙');
  expect(terminalText('一行\n二行\t列')).toBe('一行\n二行\t列');
});

test('score prints the unit and the level-1 name without their controls', async () => {
  const r = await runCli('score', input);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(HIDING);
  expect(r.stderr).not.toMatch(HIDING);
  // the window title set by the OSC sequence goes with it; the reversed tail reads in its own order
  expect(r.stdout).toContain('单位：深圳市科技交流服务中心误无核审');
  // the table reader closes up spaces in names; the controls are gone, the words stay
  expect(r.stdout).toContain('一级指标：部门决策总分：100.00/100.00，等级：优隐藏 20.00/20.00');
  expect(r.stdout).toContain('文件：');
  expect(r.stdout).toContain('单位.xlsx');
});

test('report prints its paragraphs without the controls', async () => {
  const r = await runCli('report', input);
  expect(r.code).toBe(0);
  expect(r.stdout).not.toMatch(HIDING);
  expect(r.stdout).toContain('部门决策总分：100.00/100.00，等级：优隐藏');
});

test('review shows a file name without its controls, also in the progress line', async () => {
  const r = await runCli('review', input, '--out', path.join(tmp, '汇总.xlsx'), '--progress');
  expect(r.code).toBe(0);
  // the progress line is ours: a carriage return and an erase-to-end, around a cleaned name
  expect(r.stderr).toBe(`\r审核中 1/1：单位.xlsx${ESC}[K\n`);
  expect(r.stdout).not.toMatch(HIDING);
});

test('a file that cannot be read is named without the controls in its reason', async () => {
  const r = await runCli('score', path.join(tmp, `无${ESC}]0;x${BEL}此文件.xlsx`));
  expect(r.code).toBe(2);
  expect(r.stderr).not.toMatch(HIDING);
  expect(r.stderr).toContain('无此文件.xlsx');
});

/**
 * What we write opens again: text XML cannot hold (U+FFFE, controls, a lone surrogate half, and the
 * _xFFFE_ escape ExcelJS reads as U+FFFE) never reaches a part raw, and a text over Excel's 32,767
 * characters is cut with a visible mark. Checked by writing, then opening the bytes with JSZip and an
 * XML parser, and with ExcelJS.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { FileHost } from '../../src/hosts/file';
import { CELL_TEXT_LIMIT, CUT_MARK, writableText } from '../../src/workbook/plan';
import { runCli } from '../cli/runCli';
import { badXmlParts } from './xmlParts';
import { copyExample, tempFolder } from './tmpWorkspace';

const tmp = tempFolder('xmltext');

describe('writableText, the one rule every host writes by', () => {
  test('takes out what XML cannot hold and keeps tab, newline, carriage return and whole pairs', () => {
    expect(writableText('甲\u0000乙\u0001丙\u001b丁\u000b戊\u000c己')).toBe('甲乙丙丁戊己');
    expect(writableText('a\ufffeb\uffffc')).toBe('abc');
    expect(writableText('x\ud800y\udc00z')).toBe('xyz');
    expect(writableText('一\t二\n三\r四😀')).toBe('一\t二\n三\r四😀');
  });

  test('a text over 32,767 characters is cut to exactly the limit, ending with the mark', () => {
    const long = '长'.repeat(60171);
    const cut = writableText(long);
    expect(cut.length).toBe(32767);
    expect(cut.endsWith('…（已截断，全文见 JSON 报告）')).toBe(true);
    expect(cut.slice(0, 32767 - CUT_MARK.length)).toBe('长'.repeat(32767 - CUT_MARK.length));
    expect(writableText('长'.repeat(CELL_TEXT_LIMIT))).toBe('长'.repeat(32767));
  });

  test('a cut never splits a surrogate pair', () => {
    const text = `${'a'.repeat(32767 - CUT_MARK.length - 1)}😀${'b'.repeat(100)}`;
    const cut = writableText(text);
    expect(cut.length).toBeLessThanOrEqual(32767);
    expect(cut).toBe(`${'a'.repeat(32767 - CUT_MARK.length - 1)}${CUT_MARK}`);
  });
});

describe('the file host: a plan with hostile text, saved and opened again', () => {
  let bytes: Buffer;
  beforeAll(async () => {
    const host = await FileHost.open(copyExample(path.join(tmp, 'plan.xlsx')));
    await host.applyPlan({
      title: '写入',
      changes: [
        { kind: 'add-sheet', sheet: '检查结果' },
        { kind: 'cell', sheet: '检查结果', address: 'A1', value: '甲\ufffe乙\u0001丙\uffff', previous: { value: null, formula: null } },
        { kind: 'cell', sheet: '检查结果', address: 'A2', value: '名称 _xFFFE_ 原样', previous: { value: null, formula: null } },
        { kind: 'cell', sheet: '检查结果', address: 'A3', value: '提'.repeat(60171), previous: { value: null, formula: null } },
        { kind: 'comment', sheet: '检查结果', address: 'A1', text: '批注\ufffe\u0002', author: '绩效评分助手', previous: null },
      ],
    });
    bytes = await host.toBuffer();
  });

  test('every part is well-formed XML without a forbidden character', async () => {
    expect(await badXmlParts(bytes)).toEqual([]);
  });

  test('ExcelJS opens it; the texts read back cleaned, the literal _xFFFE_ as typed, the long one cut', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('检查结果')!;
    expect(ws.getCell('A1').value).toBe('甲乙丙');
    expect(ws.getCell('A2').value).toBe('名称 _xFFFE_ 原样');
    const long = String(ws.getCell('A3').value);
    expect(long.length).toBe(32767);
    expect(long.endsWith(CUT_MARK)).toBe(true);
    const note = ws.getCell('A1').note as ExcelJS.Comment;
    expect(note.texts!.map((t) => t.text).join('')).toBe('绩效评分助手:\n批注');
  });
});

describe('score --out over a workbook whose own cells hold _xFFFE_ and a control', () => {
  let input: string;
  let out: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(copyExample(path.join(tmp, 'seed.xlsx')));
    // written literally by ExcelJS, read back by Excel and ExcelJS as U+FFFE and U+0001
    wb.getWorksheet('基础数据')!.getCell('E2').value = '备注_xFFFE_与_x0001_';
    input = path.join(tmp, '单位.xlsx');
    await wb.xlsx.writeFile(input);
    out = path.join(tmp, '评分副本.xlsx');
  });

  test('the copy opens, and the unit\'s text is kept as Excel keeps it', async () => {
    const r = await runCli('score', input, '--out', out);
    expect(r.code).toBe(0);
    const bytes = fs.readFileSync(out);
    expect(await badXmlParts(bytes)).toEqual([]);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(copy.getWorksheet('基础数据')!.getCell('E2').value).toBe('备注\ufffe与\u0001');
  });
});

describe('review over a unit whose file name holds U+FFFE', () => {
  test('the summary workbook opens and names the file', async () => {
    const dir = path.join(tmp, 'units');
    fs.mkdirSync(dir);
    copyExample(path.join(dir, '深圳市\ufffe中心.xlsx'));
    const out = path.join(tmp, '汇总.xlsx');
    const r = await runCli('review', dir, '--out', out);
    expect(r.code).toBe(0);
    const bytes = fs.readFileSync(out);
    expect(await badXmlParts(bytes)).toEqual([]);
    const summary = new ExcelJS.Workbook();
    await summary.xlsx.load(bytes as unknown as ArrayBuffer);
    const texts: string[] = [];
    summary.worksheets[0].eachRow((row) => row.eachCell((cell) => void texts.push(String(cell.value))));
    expect(texts.some((t) => t.includes('深圳市\ufffe中心'))).toBe(true);
  });
});

import fc from 'fast-check';
import { FunctionArgumentError } from '../../src/functions/errors';
import { FUNCTIONS } from '../../src/functions/register';
import { scoreIndicator } from '../../src/functions/functions';
import { analyse } from '../../src/workbook/analyse/analyse';
import { readCell, readTarget, SETTINGS_MARKER, SETTINGS_SHEET } from '../../src/workbook/read';
import type { CellValue, WorkbookSnapshot } from '../../src/workbook/port';
import { shenzhenSnapshot, sheet } from '../workbook/fixtures';

/**
 * Text that names a member of Object.prototype ("constructor", "__proto__", "toString"…) must read as
 * any other text of its shape: a lookup by workbook text into a plain object finds the inherited member
 * and once crashed the reading ("1.5constructor" → DecimalError) or chose a rule ("constructor" as a
 * PERF.SCORE_INDICATOR direction scored 20 of 20 for 480 against 500).
 */

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);
/** the same text with the name spelt in capitals: no member of Object.prototype, same characters' kinds */
const twin = (text: string, name: string) => text.split(name).join(name.toUpperCase());
const prototypeName = fc.constantFrom(...PROTOTYPE_NAMES);
const numberText = fc.constantFrom('', '5', '1.5', '-2', '≥5', '98.7%', '（1.5）', '500');

function withoutText<T>(value: T, text: string, name: string): string {
  return JSON.stringify(value).split(name).join(name.toUpperCase()).split(twin(text, name)).join('TEXT');
}

function outcomeOf(snapshot: WorkbookSnapshot): unknown {
  const r = analyse(snapshot);
  if (!r.ok) return { refused: r.message };
  return { total: r.analysis.scored.total.toString(), warnings: r.analysis.warnings.map((w) => `${w.code} ${w.sheet}!${w.address ?? ''} ${w.message}`) };
}

describe('text naming an Object.prototype member reads as any other text', () => {
  test('a cell and a target: "5constructor" reads as "5CONSTRUCTOR" does', () => {
    fc.assert(
      fc.property(numberText, prototypeName, (n, name) => {
        const text = `${n}${name}`;
        expect(withoutText(readCell(text), text, name)).toBe(withoutText(readCell(twin(text, name)), text, name));
        expect(withoutText(readTarget(text), text, name)).toBe(withoutText(readTarget(twin(text, name)), text, name));
      }),
      { numRuns: 120 },
    );
  });

  test('in a score cell, a 基础数据 value, a unit cell and a table header, the analysis is the twin’s', () => {
    fc.assert(
      fc.property(fc.constantFrom('1.5', '5', ''), prototypeName, fc.constantFrom('score', 'value', 'unit', 'header', 'name'), (n, name, where) => {
        const build = (text: string): WorkbookSnapshot => {
          const snap = shenzhenSnapshot(where === 'score' ? { 固定资产利用率: text } : {}, where === 'value' ? { 年初预算: text } : {});
          const table = snap.sheets[0].values;
          const data = snap.sheets[1].values;
          if (where === 'unit') data[3][2] = text;
          if (where === 'header') table[2][6] = text;
          if (where === 'name') table[33][4] = text;
          return snap;
        };
        const text = `${n}${name}`;
        expect(withoutText(outcomeOf(build(text)), text, name)).toBe(withoutText(outcomeOf(build(twin(text, name))), text, name));
      }),
      { numRuns: 40 },
    );
  });

  test('a leaf path, rule and figure binding in the settings sheet named like a prototype member change nothing', () => {
    const settingsRows = (name: string): CellValue[][] => [
      [SETTINGS_MARKER, '1', null],
      ['override', name, 'procurement-execution'],
      ['figure', name, '评分表!A1'],
      ['rule', name, '满分'],
    ];
    const plain = outcomeOf(shenzhenSnapshot());
    for (const name of PROTOTYPE_NAMES) {
      const snap = shenzhenSnapshot();
      snap.sheets.push(sheet(SETTINGS_SHEET, settingsRows(name)));
      expect(outcomeOf(snap)).toEqual(plain);
    }
  });

  test('PERF.SCORE_INDICATOR(480, 500, 20, "constructor") is #VALUE!, not 20', () => {
    // 480 ÷ 500 × 20 = 19.2 for a positive indicator; "constructor" is no direction at all.
    expect(scoreIndicator(480, 500, 20, '正向')).toBe(19.2);
    expect(() => scoreIndicator(480, 500, 20, 'constructor')).toThrow(FunctionArgumentError);
    expect(() => scoreIndicator(480, 500, 20, '__proto__')).toThrow(FunctionArgumentError);
  });

  test('every PERF.* argument holding such a text gives a number or #VALUE!, never another error', () => {
    const base: Record<string, CellValue[]> = {
      SCORE_EXECUTION: [0.2624, 0.5131, 0.7651, 0.987, 1, 2],
      SCORE_RATIO: [7, 8, 6, 1],
      SCORE_PROCUREMENT: [4.73, 5.34, 1],
      SCORE_TIERS: [0.9093, '>=90%:1; >=75%:0.7; >=60%:0.4; else:0'],
      SCORE_DEDUCT: [8, 1, 4],
      SCORE_INDICATOR: ['480人次', '≥500人次', 20, '正向'],
      SCORE_BUDGET: [180, 200, 10],
      RATE: [4.73, 5.34],
      ROUND: [2.675, 2],
      GRADE: [96.88],
    };
    fc.assert(
      fc.property(fc.constantFrom(...FUNCTIONS), fc.nat(), numberText, prototypeName, ({ id, fn }, at, n, name) => {
        const args = [...base[id]];
        args[at % args.length] = `${n}${name}`;
        const call = () => (id === 'SCORE_TIERS' && at % args.length === 1 ? fn(args[0], [[args[1]]]) : fn(...args));
        let result: unknown;
        try {
          result = call();
        } catch (error) {
          expect(error).toBeInstanceOf(FunctionArgumentError);
          return;
        }
        expect(typeof result === 'string' || Number.isFinite(result)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

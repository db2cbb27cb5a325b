/**
 * PERF.* in WPS: every function of functions.json registered under PERF through a fake `wps` with
 * AddCustomFunction, each giving what the Excel function gives for the same arguments, in direct
 * calls and in cell formulas the fake calculates; an older build reports the functions unavailable.
 */
import { FUNCTIONS } from '../../src/functions/register';
import { FunctionsMetadata, MIN_BUILD, NAMESPACE, registerWpsFunctions } from '../../src/hosts/wps/registerFunctions';
import { workbookFromRows, cellValue } from '../fakes/office/model';
import { makeWps } from '../fakes/wps/install';
import { wpsFunctionsMetadata } from './metadata';
import { portOver } from './helpers';

let metadata: FunctionsMetadata;
beforeAll(async () => {
  metadata = await wpsFunctionsMetadata();
});

/** Arguments as a cell formula passes them: numbers, text, null for an omitted one, blocks as rows. */
const CASES: Record<string, unknown[][]> = {
  SCORE_EXECUTION: [
    [0.2624, 0.5131, 0.7651, 0.987],
    ['26.24%', '51.31%', '76.51%', '98.70%', 1, 2],
    [26.24, 51.31, 76.51, 98.7, null, null],
  ],
  SCORE_RATIO: [
    [8, 8, 6],
    [480, 500, 10, 1.2],
    ['4.73', '5.34', 1],
  ],
  SCORE_PROCUREMENT: [
    [4.73, 5.34, 1],
    [6, 5.34, 1],
    ['4.73', '5.34'],
  ],
  SCORE_TIERS: [
    [0.9093, [['>=90%:1; >=75%:0.7; >=60%:0.4; else:0']]],
    [4 / 27, [['<5%:1; <=10%:0.5; else:0']]],
    ['98.6%', [['>=95%:6; >=90%:4; >=80%:2; else:1']]],
    [0.15, [['=0', 3], ['<=10%', 2], ['<=20%', 1], ['<=30%', 0.5], ['其他', 0]]],
  ],
  SCORE_DEDUCT: [
    [5, 0, 1],
    [8, 1, 4],
    [3, 5, 1],
  ],
  SCORE_INDICATOR: [
    [480, 500, 10],
    ['33天', '≤30天', 10],
    ['98%', '≥95%', 5],
  ],
  SCORE_BUDGET: [
    [111, 120],
    [518.56, 533.46, 10],
  ],
  RATE: [
    [4.73, 5.34],
    [1920.03, 2058.65],
  ],
  ROUND: [
    [2.675, 2],
    [5.987, 2],
    [1.005, null],
  ],
  GRADE: [[96.88], [85], [59.99]],
};

function outcome(call: () => unknown): { value?: unknown; error?: string } {
  try {
    return { value: call() };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

describe('registration with wps.AddCustomFunction', () => {
  test(`every function of functions.json is registered under ${NAMESPACE} with its Chinese metadata`, () => {
    const { root, addon } = makeWps(workbookFromRows('Book1.xlsx', [{ name: 'Sheet1', rows: [] }]), { build: MIN_BUILD });
    const result = registerWpsFunctions(root as never, metadata);
    expect(result.available).toBe(true);
    const names = metadata.functions.map((f) => f.name);
    expect(names.length).toBe(FUNCTIONS.length);
    expect(result.registered).toEqual(names.map((n) => `PERF.${n}`));
    expect(addon.registrations.map((r) => `${r.namespace}.${r.name}`)).toEqual(result.registered);
    for (const reg of addon.registrations) {
      const meta = metadata.functions.find((f) => f.name === reg.name)!;
      expect(reg.namespace).toBe('PERF');
      expect(reg.metadata?.description).toBe(meta.description);
      expect(reg.metadata?.description).toMatch(/[\u4e00-\u9fff]/);
      expect(reg.metadata?.parameters.map((p) => p.name)).toEqual(meta.parameters.map((p) => p.name));
      expect(reg.metadata?.parameters.every((p) => /[\u4e00-\u9fff]/.test(p.description ?? ''))).toBe(true);
    }
    expect(Object.keys(CASES).sort()).toEqual(names.slice().sort());
  });

  test('each registered function returns what the Excel function returns for the same arguments', () => {
    const { root, addon } = makeWps(workbookFromRows('Book1.xlsx', [{ name: 'Sheet1', rows: [] }]));
    registerWpsFunctions(root as never, metadata);
    let compared = 0;
    for (const { id, fn } of FUNCTIONS) {
      const wpsFn = addon.registrations.find((r) => r.name === id)!.fn;
      for (const args of CASES[id]) {
        const excel = outcome(() => fn(...args));
        const wps = outcome(() => wpsFn(...args));
        expect({ id, args, ...wps }).toEqual({ id, args, ...excel });
        expect(excel.error).toBeUndefined();
        compared++;
      }
    }
    expect(compared).toBe(Object.values(CASES).flat().length);
    // spot values from the seeds, so the comparison is not between two wrong answers
    const call = (name: string, ...args: unknown[]) => addon.registrations.find((r) => r.name === name)!.fn(...args);
    expect(call('SCORE_EXECUTION', 0.2624, 0.5131, 0.7651, 0.987)).toBe(5.99);
    expect(call('SCORE_PROCUREMENT', 4.73, 5.34, 1)).toBe(1.89);
    expect(call('ROUND', 2.675, 2)).toBe(2.68);
    expect(call('GRADE', 96.88)).toBe('优');
  });

  test('a bad argument fails the same way in both hosts, and WPS-only argument shapes are accepted', () => {
    const { root, addon } = makeWps(workbookFromRows('Book1.xlsx', [{ name: 'Sheet1', rows: [] }]));
    registerWpsFunctions(root as never, metadata);
    const wpsFn = (name: string) => addon.registrations.find((r) => r.name === name)!.fn;
    const excelFn = (name: string) => FUNCTIONS.find((f) => f.id === name)!.fn;
    for (const [name, args] of [
      ['RATE', [1, 0]],
      ['SCORE_DEDUCT', [5, 1.5, 1]],
      ['SCORE_RATIO', ['abc', 5, 1]],
    ] as [string, unknown[]][]) {
      const excel = outcome(() => excelFn(name)(...args));
      expect(excel.error).toBeTruthy();
      expect(outcome(() => wpsFn(name)(...args))).toEqual(excel);
    }
    // WPS may pass a one-row block flat, an omitted argument as undefined, or a Range object
    const tiers = [['>=90%', 1], ['>=75%', 0.7], ['else', 0]];
    expect(wpsFn('SCORE_TIERS')(0.8, ['>=90%:1; >=75%:0.7; else:0'])).toBe(0.7);
    expect(wpsFn('SCORE_TIERS')(0.8, { Value2: tiers })).toBe(excelFn('SCORE_TIERS')(0.8, tiers));
    expect(wpsFn('ROUND')(5.987, undefined)).toBe(excelFn('ROUND')(5.987, null));
  });

  test('in cell formulas the fake calculates PERF.* through the registered functions', async () => {
    const data = workbookFromRows('Book1.xlsx', [
      {
        name: 'Sheet1',
        rows: [
          [4.73, 5.34, 1, '>=90%', 1],
          [0.2624, 0.5131, 0.7651, '>=75%', 0.7],
          [0.987, null, null, 'else', 0],
        ],
      },
    ]);
    const { port, wps } = portOver(data);
    registerWpsFunctions(wps.root as never, metadata);
    const formulas: [string, string, unknown][] = [
      ['A5', '=PERF.SCORE_PROCUREMENT(A1,B1,C1)', 1.89],
      ['A6', '=PERF.SCORE_EXECUTION(A2,B2,C2,A3)', 5.99],
      ['A7', '=PERF.SCORE_TIERS(0.8,D1:E3)', 0.7],
      ['A8', '=PERF.ROUND(PERF.RATE(A1,B1)*100,2)', 88.58],
      ['A9', '=PERF.GRADE(96.88)', '优'],
      ['A10', '=PERF.RATE(A1,0)', '#VALUE!'],
    ];
    await port.applyPlan({
      title: '公式',
      changes: formulas.map(([address, formula, value]) => ({
        kind: 'cell' as const,
        sheet: 'Sheet1',
        address,
        value: typeof value === 'string' && value.startsWith('#') ? null : (value as number | string),
        formula,
        previous: { value: null, formula: null },
      })),
    });
    for (const [address, formula, value] of formulas) {
      expect([address, cellValue(wps.host.data, 'Sheet1', address)]).toEqual([address, value]);
      expect(wps.host.data.sheets[0].cells[address].f).toBe(formula);
    }
  });
});

describe("functions.json in the vocabulary of WPS's own tool", () => {
  // wpsjs functionsScanner (src/vite_plugins.js): string, number, boolean, bool, any; ranges `[][]`; optional `?`
  const WPS_TYPE = /^(string|number|boolean|bool|any)(\[\]\[\])?\??$/;

  test('optional parameters end in ?, a range is any[][], and nothing of Excel’s metadata is left', () => {
    const type = (fn: string, param: string) => metadata.functions.find((f) => f.name === fn)!.parameters.find((p) => p.name === param)!.type;
    expect(type('SCORE_TIERS', 'tiers')).toBe('any[][]');
    expect(type('SCORE_TIERS', 'value')).toBe('any');
    expect(type('SCORE_EXECUTION', 'quarter_points')).toBe('any?');
    expect(type('SCORE_INDICATOR', 'direction')).toBe('string?');
    expect(metadata.functions.find((f) => f.name === 'GRADE')!.result).toEqual({ type: 'string' });
    for (const fn of metadata.functions) {
      expect(Object.keys(fn).sort()).toEqual(['description', 'name', 'parameters', 'result']);
      expect(fn.result.type).toMatch(/^(string|number|boolean|bool|any)(\[\]\[\])?$/);
      for (const p of fn.parameters) {
        expect(Object.keys(p).sort()).toEqual(['description', 'name', 'type']);
        expect({ fn: fn.name, p: p.name, type: p.type }).toEqual({ fn: fn.name, p: p.name, type: expect.stringMatching(WPS_TYPE) });
      }
    }
  });

  test('the strict fake refuses metadata WPS’s tool would never write', () => {
    const { root, addon } = makeWps(workbookFromRows('Book1.xlsx', [{ name: 'Sheet1', rows: [] }]));
    const add = (meta: unknown) => () => root.AddCustomFunction!('PERF', 'T', () => 1, meta as never);
    const param = (p: Record<string, unknown>) => ({ result: { type: 'number' }, parameters: [{ name: 'a', ...p }] });
    expect(add(param({ type: 'any', dimensionality: 'matrix' }))).toThrow(/dimensionality/);
    expect(add(param({ type: 'any', optional: true }))).toThrow(/optional/);
    expect(add(param({ type: 'matrix' }))).toThrow(/类型无效 matrix/);
    expect(add(param({ type: 'any[]' }))).toThrow(/类型无效 any\[\]/);
    expect(add(param({ type: 'any[][][]' }))).toThrow(/类型无效/);
    expect(add(param({ type: 'integer' }))).toThrow(/类型无效 integer/);
    expect(add({ result: { type: 'number?' }, parameters: [] })).toThrow(/结果类型无效/);
    expect(add({ result: { type: 'number', dimensionality: 'scalar' }, parameters: [] })).toThrow(/dimensionality/);
    expect(addon.registrations).toEqual([]);
    // what the tool writes is taken
    for (const type of ['any[][]?', 'string?', 'bool', 'number[][]']) expect(add(param({ type }))).not.toThrow();
    expect(addon.registrations.map((r) => r.name)).toEqual(['T']);
  });
});

describe('a WPS build older than 12.1.0.20540', () => {
  test('has no AddCustomFunction: registration reports it, nothing throws, and PERF.* shows #NAME?', async () => {
    const data = workbookFromRows('Book1.xlsx', [{ name: 'Sheet1', rows: [[1.005]] }]);
    const { port, wps } = portOver(data, { build: '11.1.0.11664' });
    expect(typeof (wps.root as unknown as Record<string, unknown>).AddCustomFunction).toBe('undefined');
    const result = registerWpsFunctions(wps.root as never, metadata);
    expect(result.available).toBe(false);
    expect(result.registered).toEqual([]);
    expect(result.available ? '' : result.message).toContain(MIN_BUILD);
    await port.applyPlan({
      title: '公式',
      changes: [{ kind: 'cell', sheet: 'Sheet1', address: 'B1', value: 1.01, formula: '=PERF.ROUND(A1,2)', previous: { value: null, formula: null } }],
    });
    expect(cellValue(wps.host.data, 'Sheet1', 'B1')).toBe('#NAME?');
  });

  test('a functions.json that disagrees with the code is refused', () => {
    const { root } = makeWps(workbookFromRows('Book1.xlsx', [{ name: 'Sheet1', rows: [] }]));
    const short = { functions: metadata.functions.slice(1) };
    expect(() => registerWpsFunctions(root as never, short)).toThrow(/SCORE_EXECUTION/);
  });
});

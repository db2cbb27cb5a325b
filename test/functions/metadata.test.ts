import { readFileSync } from 'fs';
import { join } from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import zh from '../../src/functions/descriptions.zh-CN.json';
import { FUNCTIONS, registerFunctions } from '../../src/functions/register';
import { DIST, ROOT, ensureDistBuilt as ensureBuilt } from '../support/build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require('../../scripts/localize-metadata.js') as {
  localizeMetadata: (json: string, zh: unknown) => string;
};

interface Param {
  name: string;
  description: string;
  type: string;
  optional?: boolean;
  dimensionality?: string;
}
interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: Param[];
  result: { type: string };
}

const EXPECTED: Record<string, string[]> = {
  SCORE_EXECUTION: ['q1', 'q2', 'q3', 'q4', 'quarter_points?', 'annual_points?'],
  SCORE_RATIO: ['actual', 'target', 'points', 'cap?'],
  SCORE_PROCUREMENT: ['actual', 'plan', 'policy_points?'],
  SCORE_TIERS: ['value', 'tiers'],
  SCORE_DEDUCT: ['points', 'count', 'per_item'],
  SCORE_INDICATOR: ['actual', 'target', 'points', 'direction?'],
  SCORE_BUDGET: ['executed', 'budget', 'points?'],
  RATE: ['numerator', 'denominator'],
  ROUND: ['value', 'digits?'],
  GRADE: ['total'],
};

const CJK = /[\u4e00-\u9fff]/;

function signature(fn: Fn): string[] {
  return fn.parameters.map((p) => `${p.name}${p.optional ? '?' : ''}`);
}

describe('functions.json from the JSDoc in functions.ts', () => {
  let generated: { functions: Fn[] };

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(join(ROOT, 'src/functions/functions.ts'));
    expect(result.errors).toEqual([]);
    generated = JSON.parse(result.metadataJson);
  });

  it('holds every function with its parameters, English descriptions', () => {
    expect(Object.fromEntries(generated.functions.map((f) => [f.id, signature(f)]))).toEqual(EXPECTED);
    for (const fn of generated.functions) {
      expect(fn.name).toBe(fn.id);
      expect(fn.description.length).toBeGreaterThan(10);
      for (const p of fn.parameters) expect(p.description.length).toBeGreaterThan(3);
    }
    const tiers = generated.functions.find((f) => f.id === 'SCORE_TIERS');
    expect(tiers?.parameters[1].dimensionality).toBe('matrix');
    expect(generated.functions.find((f) => f.id === 'GRADE')?.result.type).toBe('string');
  });

  it('matches the list register.ts associates, in the same order', () => {
    expect(FUNCTIONS.map((f) => f.id)).toEqual(generated.functions.map((f) => f.id));
    const calls: string[] = [];
    expect(registerFunctions({ associate: (id) => calls.push(id) })).toBe(10);
    expect(calls).toEqual(Object.keys(EXPECTED));
    expect(registerFunctions(undefined)).toBe(0);
  });

  it('the zh-CN copy has the same ids and parameters with Chinese descriptions', () => {
    const localized = JSON.parse(localizeMetadata(JSON.stringify(generated), zh)) as { functions: Fn[] };
    expect(localized.functions.map((f) => [f.id, signature(f)])).toEqual(generated.functions.map((f) => [f.id, signature(f)]));
    for (const fn of localized.functions) {
      expect(fn.description).toMatch(CJK);
      for (const p of fn.parameters) expect(p.description).toMatch(CJK);
    }
  });

  it('refuses a function without a Chinese text', () => {
    const { GRADE: _omit, ...partial } = zh as Record<string, unknown>;
    expect(() => localizeMetadata(JSON.stringify(generated), partial)).toThrow(/GRADE: 缺少中文说明/);
    const extra = { ...(zh as Record<string, unknown>), NOPE: { description: '无', parameters: {} } };
    expect(() => localizeMetadata(JSON.stringify(generated), extra)).toThrow(/NOPE/);
  });

  it('the build emits both files: functions.json as generated, functions.zh-CN.json localized', () => {
    ensureBuilt();
    const built = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as { functions: Fn[] };
    const builtZh = JSON.parse(readFileSync(join(DIST, 'functions.zh-CN.json'), 'utf8')) as { functions: Fn[] };
    expect(built).toEqual(generated);
    expect(builtZh.functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
    expect(builtZh.functions.map(signature)).toEqual(built.functions.map(signature));
    expect(builtZh.functions[0].description).toMatch(CJK);
  }, 120_000);
});

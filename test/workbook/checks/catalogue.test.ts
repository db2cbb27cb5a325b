import * as fs from 'fs';
import * as path from 'path';
import { CHECK_FINDINGS, CHECKS, findingName } from '../../../src/workbook/checks';
import { RULE_ERRORS } from '../../../src/engine/errors';

describe('the catalogue of finding codes', () => {
  it('names the checks’ codes and the engine’s rule errors alike', () => {
    expect(findingName('SUM_MISMATCH')).toBe('合计与明细不符');
    expect(findingName('DIVIDE_BY_ZERO')).toBe('分母为 0');
  });

  it('holds every check the analysis runs', () => {
    for (const { code } of CHECKS) expect(Object.keys(CHECK_FINDINGS)).toContain(code);
  });

  it('holds every code the README lists', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Checks'), readme.indexOf('## Command line'));
    const listed = [...section.matchAll(/`([A-Z][A-Z0-9_]+)`/g)].map((m) => m[1]);
    expect(listed.length).toBeGreaterThan(15);
    const known = new Set([...Object.keys(CHECK_FINDINGS), ...Object.keys(RULE_ERRORS)]);
    expect(listed.filter((c) => !known.has(c))).toEqual([]);
  });
});

import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { DIST, ensureDistBuilt as ensureBuilt } from '../support/build';
import { bundleSizes, startFiles } from '../../bench/bundleSize';

// acorn is webpack's own parser, so it is always installed with the build
// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = require('acorn') as { parse(code: string, options: { ecmaVersion: number; sourceType: string }): unknown };

describe('the production build', () => {
  beforeAll(() => ensureBuilt(), 120_000);

  it('emits only ES2017 JavaScript (Fluent ships newer syntax and is lowered)', () => {
    const scripts = readdirSync(DIST).filter((f) => f.endsWith('.js'));
    expect(scripts).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js', 'runtime.js']));
    const failures = scripts.flatMap((file) => {
      try {
        acorn.parse(readFileSync(join(DIST, file), 'utf8'), { ecmaVersion: 2017, sourceType: 'script' });
        return [];
      } catch (error) {
        return [`${file}: ${(error as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });

  it('lists the start files of the task pane page for the size budget', () => {
    const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
    const files = startFiles(html);
    expect(files[0]).toBe('runtime.js');
    expect(files).toEqual(expect.arrayContaining(['functions.js', 'taskpane.js']));
    const sizes = bundleSizes(DIST);
    expect(sizes.files.map((f) => f.file)).toEqual(['taskpane.html', ...files]);
    expect(sizes.total).toBe(sizes.files.reduce((n, f) => n + f.gzipBytes, 0));
    for (const f of sizes.files) expect(f.gzipBytes).toBeGreaterThan(100);
  });

  it('keeps the custom functions free of the metadata loader’s unguarded associate calls', () => {
    const functions = readFileSync(join(DIST, 'functions.js'), 'utf8');
    expect(functions).not.toMatch(/CustomFunctions\.associate\("/);
    expect(functions).toContain('SCORE_EXECUTION');
  });
});

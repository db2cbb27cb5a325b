import * as fs from 'fs';
import * as path from 'path';

/**
 * The layers import one way only, and a folder with an index is entered through it. Read from the
 * source files themselves, so a new file is checked the day it is written.
 */

const SRC = path.resolve(__dirname, '../../src');

/** Lower number = lower layer; a file may import its own layer or a lower one. */
const LAYERS: Record<string, number> = {
  engine: 0,
  frameworks: 1,
  workbook: 2,
  hosts: 3,
  functions: 3,
  report: 3,
  taskpane: 4,
  cli: 4,
};

/**
 * The workbook's rooms by stage; `port.ts` and `index.ts` at its top belong to none. `targets/` (the
 * 绩效目标表 review) reads cells and names its findings' severities from `checks/`, builds its own plan
 * from the port's types, and `analyse/` takes a department framework's target-setting figures from it,
 * so it sits between `checks/` and `analyse/`.
 */
const ROOMS: Record<string, number> = { read: 0, rules: 1, forms: 2, checks: 3, targets: 3.5, analyse: 4, plan: 5, review: 6, monitor: 7 };

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

const IMPORT = /(import|export)\s+(type\s+)?(?:[\s\S]*?\s+from\s+)?'(\.{1,2}\/[^']*)'/g;

function resolveModule(fromFile: string, spec: string): string | null {
  const base = path.resolve(path.dirname(fromFile), spec);
  for (const candidate of [base + '.ts', base + '.tsx', path.join(base, 'index.ts'), path.join(base, 'index.tsx'), base]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function importsOf(file: string): Import[] {
  const text = fs.readFileSync(file, 'utf8');
  const out: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const to = resolveModule(file, m[3]);
    if (to && to.startsWith(SRC + path.sep)) out.push({ from: file, to, typeOnly: Boolean(m[2]) });
  }
  return out;
}

const rel = (file: string) => path.relative(SRC, file).split(path.sep).join('/');
const top = (file: string) => rel(file).split('/')[0];
const room = (file: string) => {
  const parts = rel(file).split('/');
  return parts[0] === 'workbook' && parts.length > 2 ? parts[1] : null;
};

const FILES = sourceFiles(SRC);
const IMPORTS = FILES.flatMap(importsOf);

/** Folders with an index: a file outside the folder imports only the index. */
const DOORS = [...new Set(FILES.filter((f) => /\/index\.tsx?$/.test(f)).map((f) => path.dirname(f)))].filter((d) => d !== SRC && path.dirname(d) !== SRC);

export function layerViolations(imports: Import[]): string[] {
  return imports
    .filter((i) => LAYERS[top(i.to)] !== undefined && LAYERS[top(i.from)] !== undefined && LAYERS[top(i.to)] > LAYERS[top(i.from)])
    .map((i) => `${rel(i.from)} → ${rel(i.to)}`);
}

export function roomViolations(imports: Import[]): string[] {
  return imports
    .filter((i) => {
      const a = room(i.from);
      const b = room(i.to);
      // types may name a later stage's shape (a check describes a leaf of the analysed tree)
      return a !== null && b !== null && a !== b && ROOMS[b] > ROOMS[a] && !i.typeOnly;
    })
    .map((i) => `${rel(i.from)} → ${rel(i.to)}`);
}

export function doorViolations(imports: Import[]): string[] {
  return imports
    .filter((i) => {
      const door = DOORS.find((d) => i.to.startsWith(d + path.sep) && !i.from.startsWith(d + path.sep));
      return door !== undefined && !/^index\.tsx?$/.test(path.relative(door, i.to));
    })
    .map((i) => `${rel(i.from)} → ${rel(i.to)}`);
}

describe('import boundaries', () => {
  it('reads the imports of every source file', () => {
    expect(FILES.length).toBeGreaterThan(100);
    expect(IMPORTS.length).toBeGreaterThan(FILES.length);
    expect(IMPORTS.some((i) => rel(i.from) === 'workbook/analyse/analyse.ts' && rel(i.to) === 'workbook/read/index.ts')).toBe(true);
  });

  it('no file imports from a layer above its own', () => {
    expect(layerViolations(IMPORTS)).toEqual([]);
  });

  it('no workbook room takes code from a later stage', () => {
    expect(roomViolations(IMPORTS)).toEqual([]);
  });

  it('a folder with an index is entered only through it', () => {
    expect(doorViolations(IMPORTS)).toEqual([]);
  });

  it('would catch each kind of violation', () => {
    const at = (p: string) => path.join(SRC, p);
    expect(layerViolations([{ from: at('engine/grade.ts'), to: at('workbook/index.ts'), typeOnly: true }])).toHaveLength(1);
    expect(roomViolations([{ from: at('workbook/read/detectTable.ts'), to: at('workbook/plan/index.ts'), typeOnly: false }])).toHaveLength(1);
    expect(roomViolations([{ from: at('workbook/checks/context.ts'), to: at('workbook/analyse/index.ts'), typeOnly: true }])).toHaveLength(0);
    expect(doorViolations([{ from: at('hosts/file/applyPlan.ts'), to: at('workbook/read/address.ts'), typeOnly: false }])).toHaveLength(1);
    expect(doorViolations([{ from: at('workbook/plan/undo.ts'), to: at('workbook/plan/verifyPlan.ts'), typeOnly: false }])).toHaveLength(0);
  });
});

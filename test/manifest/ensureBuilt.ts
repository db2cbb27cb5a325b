import { execFileSync } from 'child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync, writeFileSync } from 'fs';
import { join } from 'path';

/**
 * The tests read what the build emits. `npm test` builds first; when jest runs alone this builds dist/
 * once if it is missing or older than its sources. A lock directory keeps parallel workers from
 * building into dist/ at the same time.
 */
export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

const OUTPUTS = ['taskpane.html', 'functions.js', 'functions.json', 'functions.zh-CN.json'];
const CACHE = join(ROOT, 'node_modules', '.cache');
const LOCK = join(CACHE, 'perfscore-build.lock');
// webpack leaves unchanged outputs untouched (compareBeforeEmit), so a stamp records the last build
const STAMP = join(CACHE, 'perfscore-build.stamp');

function newestSource(): number {
  const files = [
    'webpack.config.js',
    'manifest.xml',
    'scripts/localize-metadata.js',
    ...readdirSync(join(ROOT, 'src/functions')).map((f) => `src/functions/${f}`),
  ];
  return Math.max(...files.map((f) => statSync(join(ROOT, f)).mtimeMs));
}

function mtime(file: string): number {
  return existsSync(file) ? statSync(file).mtimeMs : 0;
}

function isFresh(): boolean {
  if (!OUTPUTS.every((f) => existsSync(join(DIST, f)))) return false;
  const built = Math.max(mtime(STAMP), ...OUTPUTS.map((f) => mtime(join(DIST, f))));
  return built >= newestSource();
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  if (isFresh()) return;
  mkdirSync(CACHE, { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 120_000) throw new Error(`构建锁未释放：${LOCK}`);
      sleep(250);
    }
  }
  try {
    if (!isFresh()) {
      execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'pipe' });
      writeFileSync(STAMP, new Date().toISOString());
    }
  } finally {
    rmdirSync(LOCK);
  }
}

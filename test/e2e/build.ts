/**
 * What the browser test needs built: dist/ (the add-in, by the project's webpack config) and the
 * Office.js fake bundle. `npm test` builds dist/ first; run alone, the test builds whatever is
 * missing or older than its sources, under the same lock the other build-reading tests use.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');
export const FAKE_DIR = path.join(ROOT, 'node_modules', '.cache', 'perfscore-fake');
export const FAKE_BUNDLE = path.join(FAKE_DIR, 'office-fake.js');
const LOCK = path.join(ROOT, 'node_modules', '.cache', 'perfscore-build.lock');

function newest(dir: string): number {
  let latest = 0;
  if (!fs.existsSync(dir)) return latest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }
  return latest;
}

function mtime(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function locked(job: () => void): void {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  for (let waited = 0; ; waited += 250) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      if (waited > 300_000) throw new Error(`构建锁未释放：${LOCK}`);
      sleep(250);
    }
  }
  try {
    job();
  } finally {
    fs.rmdirSync(LOCK);
  }
}

function webpack(args: string[]): void {
  try {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), ...args], { cwd: ROOT, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`构建失败（webpack ${args.join(' ')}）：\n${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`);
  }
}

export function ensureTaskpaneBuilt(): void {
  const sources = Math.max(newest(path.join(ROOT, 'src')), mtime(path.join(ROOT, 'webpack.config.js')));
  const fresh = () => ['taskpane.html', 'taskpane.js'].every((f) => mtime(path.join(DIST, f)) >= sources);
  if (fresh()) return;
  locked(() => {
    if (!fresh()) webpack(['--mode', 'production']);
  });
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) throw new Error(`dist/taskpane.html 不存在：请先运行 npm run build（${DIST}）`);
}

export function ensureFakeBuilt(): void {
  const dir = path.join(ROOT, 'test', 'fakes', 'office');
  if (mtime(FAKE_BUNDLE) >= newest(dir)) return;
  fs.mkdirSync(FAKE_DIR, { recursive: true });
  webpack(['--config', path.join(dir, 'webpack.config.js'), '--env', `outDir=${FAKE_DIR}`]);
}

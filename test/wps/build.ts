/**
 * What the WPS browser test needs built: dist/wps/ (npm run build:wps) and the ET fake bundle. The
 * Excel build cleans dist/, so the WPS build runs under the same lock the Excel build tests use, and
 * the test serves a private copy of dist/wps/.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const WPS_DIST = path.join(ROOT, 'dist', 'wps');
export const FAKE_DIR = path.join(ROOT, 'node_modules', '.cache', 'perfscore-fake');
export const WPS_FAKE_BUNDLE = path.join(FAKE_DIR, 'wps-fake.js');
const LOCK = path.join(ROOT, 'node_modules', '.cache', 'perfscore-build.lock');
const OUTPUTS = ['main.js', 'bootstrap.js', 'taskpane.html', 'taskpane.js', 'functions.json', 'manifest.xml', 'ribbon.xml'];

function newest(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(target).reduce((latest, name) => Math.max(latest, newest(path.join(target, name))), 0);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function locked<T>(job: () => T): T {
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
    return job();
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

function sourcesTime(): number {
  return Math.max(newest(path.join(ROOT, 'src')), newest(path.join(ROOT, 'wps')), newest(path.join(ROOT, 'webpack.wps.config.js')));
}

/** Builds dist/wps/ when missing or older than its sources, and returns a private copy of it. */
export function wpsBuildCopy(): string {
  return locked(() => {
    const fresh = OUTPUTS.every((f) => newest(path.join(WPS_DIST, f)) >= sourcesTime());
    if (!fresh) webpack(['--config', path.join(ROOT, 'webpack.wps.config.js'), '--mode', 'production']);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-wps-dist-'));
    fs.cpSync(WPS_DIST, copy, { recursive: true });
    return copy;
  });
}

export function ensureWpsFakeBuilt(): void {
  const dir = path.join(ROOT, 'test', 'fakes', 'wps');
  const sources = Math.max(newest(dir), newest(path.join(ROOT, 'test', 'fakes', 'office')));
  if (newest(WPS_FAKE_BUNDLE) >= sources) return;
  fs.mkdirSync(FAKE_DIR, { recursive: true });
  webpack(['--config', path.join(dir, 'webpack.config.js'), '--env', `outDir=${FAKE_DIR}`]);
}

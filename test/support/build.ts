/**
 * What the tests that read built output need built, in one place: the Excel add-in (dist/), the WPS
 * add-in (dist/wps/) and the two fake-host bundles the browser tests load. `npm test` builds dist/ and
 * dist/wps/ before jest, so there nothing is rebuilt here; run alone, a test builds whatever is
 * missing or older than its sources.
 *
 * One rule says whether a target is fresh: all its outputs exist, and either its stamp (written when a
 * build run from here succeeds, with the time that build started) or its newest output is at least
 * as new as the newest of its inputs. The stamp is needed because webpack leaves an output it would
 * write unchanged untouched, so after a source edit that does not change it the outputs alone would
 * look stale forever; the outputs' own times let a build run by `npm run build` (CI) count as well.
 *
 * Builds run under one directory lock shared by every target and every jest worker: the Excel build
 * cleans dist/ (keeping dist/wps/), and two workers must not write one bundle at the same time. A lock
 * whose holder died (same host, process gone) or that is older than LOCK_TIMEOUT_MS is removed.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** the checkout: the nearest folder up with a package.json (so the bench, compiled into lib/, finds it too) */
function checkoutRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}
export const ROOT = checkoutRoot(__dirname);
export const DIST = path.join(ROOT, 'dist');
export const WPS_DIST = path.join(DIST, 'wps');
/** what the WPS build writes for IT: the offline folder and the lists that name it */
export const WPS_DEPLOY = path.join(DIST, 'wps-deploy');
// in the checkout itself, not node_modules: two checkouts sharing one node_modules must not share fakes
const CACHE = path.join(ROOT, '.cache');
export const FAKE_DIR = path.join(CACHE, 'perfscore-fake');
export const FAKE_BUNDLE = path.join(FAKE_DIR, 'office-fake.js');
export const WPS_FAKE_BUNDLE = path.join(FAKE_DIR, 'wps-fake.js');

const STAMPS = path.join(CACHE, 'perfscore-build');
/** one line per build run from here: which target, why, how long (read it to see whether a run rebuilt) */
export const BUILD_LOG = path.join(STAMPS, 'build.log');
const LOCK = path.join(CACHE, 'perfscore-build.lock');
const LOCK_OWNER = path.join(LOCK, 'owner.json');
/** how long a waiter waits for the lock, and the age after which a lock counts as abandoned */
export const LOCK_TIMEOUT_MS = 10 * 60_000;
const LOCK_POLL_MS = 250;

interface Target {
  /** stamp file name and log name */
  name: string;
  /** what a message calls it */
  label: string;
  /** files that must exist after a build */
  outputs: string[];
  /** newest time of everything the build writes (webpack may leave some outputs untouched) */
  newestOutput(): number;
  /** files and folders (recursively) the output is made from */
  inputs: string[];
  webpackArgs: string[];
  /** the npm script that builds it, for the message when it cannot be built */
  hint: string;
}

const inRoot = (...parts: string[]) => path.join(ROOT, ...parts);
/** inputs every target shares: the TypeScript settings ts-loader reads and the installed dependencies */
// the example workbook is inlined into both panes (打开示例工作簿)
const COMMON_INPUTS = [inRoot('tsconfig.json'), inRoot('package-lock.json'), inRoot('examples', 'shenzhen-2024.xlsx')];

const DIST_TARGET: Target = {
  name: 'dist',
  label: 'Excel 加载项（dist/）',
  outputs: ['taskpane.html', 'taskpane.js', 'functions.js', 'functions.json', 'functions.zh-CN.json', 'manifest.xml'].map((f) => path.join(DIST, f)),
  // dist/wps/ and dist/wps-deploy/ belong to the WPS build
  newestOutput: () => newestMtime(DIST, (full) => full !== WPS_DIST && full !== WPS_DEPLOY),
  inputs: [inRoot('src'), inRoot('assets'), inRoot('webpack.config.js'), inRoot('manifest.xml'), inRoot('scripts', 'localize-metadata.js'), ...COMMON_INPUTS],
  webpackArgs: ['--mode', 'production'],
  hint: 'npm run build',
};

const WPS_TARGET: Target = {
  name: 'wps',
  label: 'WPS 加载项（dist/wps/）',
  outputs: [
    ...['index.html', 'main.js', 'bootstrap.js', 'taskpane.html', 'taskpane.js', 'functions.json', 'manifest.xml', 'ribbon.xml', 'package.json'].map((f) => path.join(WPS_DIST, f)),
    path.join(DIST, 'wps-deploy', 'offline', 'publish.xml'),
  ],
  newestOutput: () => newestMtime(WPS_DIST),
  inputs: [
    inRoot('src'),
    inRoot('wps'),
    inRoot('assets'),
    inRoot('webpack.wps.config.js'),
    inRoot('package.json'),
    ...['localize-metadata.js', 'wps-functions.js', 'wps-deploy.js'].map((f) => inRoot('scripts', f)),
    ...COMMON_INPUTS,
  ],
  webpackArgs: ['--config', inRoot('webpack.wps.config.js'), '--mode', 'production'],
  hint: 'npm run build:wps',
};

function fakeTarget(host: 'office' | 'wps', bundle: string, inputDirs: string[]): Target {
  return {
    name: `${host}-fake`,
    label: `${host === 'office' ? 'Office.js' : 'WPS'} 假宿主脚本（${path.relative(ROOT, bundle)}）`,
    outputs: [bundle],
    newestOutput: () => newestMtime(bundle),
    inputs: [...inputDirs.map((d) => inRoot('test', 'fakes', d)), inRoot('test', 'fakes', 'webpackFake.js'), ...COMMON_INPUTS],
    webpackArgs: ['--config', inRoot('test', 'fakes', host, 'webpack.config.js'), '--env', `outDir=${FAKE_DIR}`],
    hint: `webpack --config test/fakes/${host}/webpack.config.js`,
  };
}

const OFFICE_FAKE_TARGET = fakeTarget('office', FAKE_BUNDLE, ['office']);
// the WPS fake reuses the Office fake's workbook model and formula engine
const WPS_FAKE_TARGET = fakeTarget('wps', WPS_FAKE_BUNDLE, ['wps', 'office']);

/** dist/: the Excel add-in, by webpack.config.js (what `npm run build` makes). */
export function ensureDistBuilt(): void {
  ensureBuilt(DIST_TARGET);
}

/** dist/wps/: the WPS add-in, by webpack.wps.config.js (what `npm run build:wps` makes). */
export function ensureWpsDistBuilt(): void {
  ensureBuilt(WPS_TARGET);
}

/**
 * Builds dist/wps/ when missing or stale and returns a private copy of it, taken under the build lock
 * so no other worker's WPS build (which cleans dist/wps/) runs during the copy. The caller removes it.
 */
export function wpsDistCopy(): string {
  return withBuildLock(() => {
    buildIfStale(WPS_TARGET);
    const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'perfscore-wps-dist-'));
    fs.cpSync(WPS_DIST, copy, { recursive: true });
    return copy;
  });
}

/** The Office.js fake bundle (FAKE_BUNDLE) the Excel browser tests load instead of office.js. */
export function ensureOfficeFakeBuilt(): void {
  ensureBuilt(OFFICE_FAKE_TARGET);
}

/** The ET fake bundle (WPS_FAKE_BUNDLE) the WPS browser test loads before the task pane page. */
export function ensureWpsFakeBuilt(): void {
  ensureBuilt(WPS_FAKE_TARGET);
}

// ---------------------------------------------------------------------------------------------------
// freshness

/** Newest mtime of a file, or of a folder and everything under it (folders count: a deleted file changes its folder). */
function newestMtime(target: string, include: (full: string) => boolean = () => true): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const name of fs.readdirSync(target)) {
    const full = path.join(target, name);
    if (include(full)) latest = Math.max(latest, newestMtime(full, include));
  }
  return latest;
}

function mtime(file: string): number {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

const stampOf = (target: Target) => path.join(STAMPS, `${target.name}.stamp`);

/** Why the target must be built, or null when it is fresh. */
function staleness(target: Target): string | null {
  const missing = target.outputs.find((f) => !fs.existsSync(f));
  if (missing) return `缺少 ${path.relative(ROOT, missing)}`;
  const sources = Math.max(...target.inputs.map((input) => newestMtime(input)));
  if (mtime(stampOf(target)) >= sources) return null;
  if (target.newestOutput() >= sources) return null;
  return '源文件比上次构建新';
}

// ---------------------------------------------------------------------------------------------------
// building

function ensureBuilt(target: Target): void {
  if (staleness(target) === null) return;
  withBuildLock(() => buildIfStale(target));
}

/** Under the lock: checks again (another worker may just have built it), builds, stamps. */
function buildIfStale(target: Target): void {
  const reason = staleness(target);
  if (reason === null) return;
  const started = Date.now();
  runWebpack(target);
  const still = target.outputs.find((f) => !fs.existsSync(f));
  if (still) throw new Error(`构建后仍缺少 ${path.relative(ROOT, still)}：请运行 ${target.hint} 查看原因`);
  // the stamp carries the time the build started: a source saved during the build still counts as newer
  fs.mkdirSync(STAMPS, { recursive: true });
  const stamp = stampOf(target);
  fs.writeFileSync(stamp, `${new Date(started).toISOString()} ${target.label}\n`);
  fs.utimesSync(stamp, new Date(started), new Date(started));
  const line = `${new Date(started).toISOString()} pid ${process.pid} 构建 ${target.label}（${reason}），用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`;
  fs.appendFileSync(BUILD_LOG, `${line}\n`);
  process.stderr.write(`[perfscore] ${line}\n`);
}

function runWebpack(target: Target): void {
  try {
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), ...target.webpackArgs], {
      cwd: ROOT,
      stdio: 'pipe',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const e = error as { stdout?: Buffer; stderr?: Buffer; message?: string };
    const output = `${e.stdout?.toString() ?? ''}\n${e.stderr?.toString() ?? ''}`.trim() || (e.message ?? String(error));
    throw new Error(`构建失败：${target.label}（webpack ${target.webpackArgs.join(' ')}）\n${output}`);
  }
}

// ---------------------------------------------------------------------------------------------------
// the lock

interface LockOwner {
  pid: number;
  host: string;
  since: string;
  token: string;
}

/** Held by this module instance: a job run under the lock may call another that takes it. */
let held = false;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function readOwner(dir: string): LockOwner | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'owner.json'), 'utf8')) as LockOwner;
  } catch {
    return null; // just created (owner not written yet), or gone
  }
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Why the lock at LOCK is abandoned, or null while its holder may still be building. */
function abandoned(owner: LockOwner | null): string | null {
  const age = Date.now() - mtime(LOCK);
  if (mtime(LOCK) > 0 && age > LOCK_TIMEOUT_MS) return `已存在 ${Math.round(age / 1000)} 秒`;
  if (owner && owner.host === os.hostname() && !processAlive(owner.pid)) return `持有进程 ${owner.pid} 已退出`;
  return null;
}

/**
 * Removes an abandoned lock: renamed aside first, so of several waiters only one removes it, and
 * put back if what was renamed turns out to be a newer holder's lock.
 */
function removeAbandoned(owner: LockOwner | null, reason: string): void {
  const aside = `${LOCK}.stale-${process.pid}-${Date.now()}`;
  try {
    fs.renameSync(LOCK, aside);
  } catch {
    return; // someone else removed it
  }
  const taken = readOwner(aside);
  if (owner && taken && taken.token !== owner.token) {
    try {
      fs.renameSync(aside, LOCK);
      return;
    } catch {
      // the lock was taken again meanwhile; the renamed one is dropped below
    }
  }
  fs.rmSync(aside, { recursive: true, force: true });
  process.stderr.write(`[perfscore] 移除遗留的构建锁（${reason}）：${LOCK}\n`);
}

export function withBuildLock<T>(job: () => T): T {
  if (held) return job();
  fs.mkdirSync(CACHE, { recursive: true });
  const token = `${os.hostname()}-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;
  const start = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(LOCK);
    const reason = abandoned(owner);
    if (reason) {
      removeAbandoned(owner, reason);
      continue;
    }
    if (Date.now() - start > LOCK_TIMEOUT_MS) {
      const by = owner ? `进程 ${owner.pid}@${owner.host}，自 ${owner.since}` : '持有者未知';
      throw new Error(`等待构建锁超时（${LOCK_TIMEOUT_MS / 1000} 秒，${by}）：${LOCK}`);
    }
    sleep(LOCK_POLL_MS);
  }
  const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), token };
  fs.writeFileSync(LOCK_OWNER, JSON.stringify(owner));
  held = true;
  try {
    return job();
  } finally {
    held = false;
    // release only our own lock (if it was judged abandoned and taken over, it is not ours any more)
    if (readOwner(LOCK)?.token === token) fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

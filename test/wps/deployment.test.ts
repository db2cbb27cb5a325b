/**
 * The deployment files of the WPS build, checked against what Kingsoft's `wpsjs` (2.2.3) reads and
 * writes: package.json with name, version and addonType "et" in the add-in folder; the offline folder
 * `<name>_<version>` holding the whole add-in, named by a `<jsplugin>` entry; with a server address the
 * online `<jspluginonline>` entries, whose url is the folder holding index.html and ribbon.xml.
 */
import * as fs from 'fs';
import * as path from 'path';
import { XMLParser } from 'fast-xml-parser';
import { ensureWpsDistBuilt, ROOT, WPS_DEPLOY, WPS_DIST } from '../support/build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const deploy = require('../../scripts/wps-deploy.js') as {
  deploymentFiles(o: { name: string; version: string; address?: string }): Record<string, string>;
  addonPackageJson(o: { name: string; version: string; description: string }): string;
};

const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

type Entry = Record<string, string>;
function entries(xml: string, tag: 'jsplugin' | 'jspluginonline'): Entry[] {
  const root = parser.parse(xml) as { jsplugins?: Record<string, Entry | Entry[]> };
  expect(root.jsplugins).toBeDefined();
  const found = root.jsplugins![tag];
  return found === undefined ? [] : Array.isArray(found) ? found : [found];
}

function files(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), base) : [path.relative(base, path.join(dir, e.name))]));
}

beforeAll(() => ensureWpsDistBuilt(), 300_000);

describe('the WPS add-in folder', () => {
  test('package.json names the add-in as manifest.xml does, with its version and addonType et', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(WPS_DIST, 'package.json'), 'utf8')) as Record<string, string>;
    const manifest = fs.readFileSync(path.join(WPS_DIST, 'manifest.xml'), 'utf8');
    expect(pkg.name).toBe(/<Name>([^<]+)<\/Name>/.exec(manifest)![1]);
    expect(pkg.name).toMatch(/^[A-Za-z0-9_]+$/); // wpsjs refuses other names
    expect(pkg.addonType).toBe('et');
    expect(pkg.version).toBe(VERSION);
  });
});

describe('dist/wps-deploy', () => {
  const folder = `perfscore_${VERSION}`;

  test(`the offline folder ${'<name>_<version>'} is the whole add-in, byte for byte`, () => {
    const offline = path.join(WPS_DEPLOY, 'offline', folder);
    const inFolder = files(offline).sort();
    expect(inFolder).toEqual(files(WPS_DIST).sort());
    expect(inFolder).toEqual(expect.arrayContaining(['index.html', 'ribbon.xml', 'main.js', 'functions.json', 'manifest.xml', 'package.json', 'taskpane.html']));
    for (const f of inFolder) expect([f, fs.readFileSync(path.join(offline, f)).equals(fs.readFileSync(path.join(WPS_DIST, f)))]).toEqual([f, true]);
  });

  test('offline/publish.xml lists that folder by name and version, as jsaddons holds them side by side', () => {
    const list = entries(fs.readFileSync(path.join(WPS_DEPLOY, 'offline', 'publish.xml'), 'utf8'), 'jsplugin');
    expect(list).toEqual([{ name: 'perfscore', type: 'et', url: folder, version: VERSION }]);
    expect(fs.existsSync(path.join(WPS_DEPLOY, 'offline', list[0].url, 'index.html'))).toBe(true);
  });
});

describe('deploymentFiles', () => {
  test('with an address: the online lists point at the folder (ending in /), the offline list at <name>.7z there', () => {
    const out = deploy.deploymentFiles({ name: 'perfscore', version: '1.2.0', address: 'https://oa.example.gov.cn/addins/perfscore' });
    expect(Object.keys(out).sort()).toEqual(['README.txt', 'offline/jsplugins.xml', 'offline/publish.xml', 'online/jsplugins.xml', 'online/publish.xml']);
    const online = { name: 'perfscore', type: 'et', url: 'https://oa.example.gov.cn/addins/perfscore/' };
    expect(entries(out['online/publish.xml'], 'jspluginonline')).toEqual([online]);
    expect(entries(out['online/jsplugins.xml'], 'jspluginonline')).toEqual([online]);
    expect(entries(out['offline/jsplugins.xml'], 'jsplugin')).toEqual([{ name: 'perfscore', type: 'et', url: 'https://oa.example.gov.cn/addins/perfscore/perfscore.7z', version: '1.2.0' }]);
    expect(out['README.txt']).toContain('%APPDATA%\\kingsoft\\wps\\jsaddons\\');
    expect(out['README.txt']).toContain('~/.local/share/Kingsoft/wps/jsaddons/');
  });

  test('without an address no online list is written; a bad address or name is refused in Chinese', () => {
    expect(Object.keys(deploy.deploymentFiles({ name: 'perfscore', version: '1.0.0' })).sort()).toEqual(['README.txt', 'offline/publish.xml']);
    expect(() => deploy.deploymentFiles({ name: 'perfscore', version: '1.0.0', address: 'ftp://host/x/' })).toThrow('应以 http:// 或 https:// 开头');
    expect(() => deploy.deploymentFiles({ name: 'perfscore', version: '1.0.0', address: 'intranet/perfscore' })).toThrow('服务器地址无效');
    expect(() => deploy.addonPackageJson({ name: '绩效', version: '1.0.0', description: '' })).toThrow('只能是字母、数字和下划线');
  });
});

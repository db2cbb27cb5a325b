/**
 * The production manifest: `npm run build -- --env address=https://…` writes the address into every
 * URL of manifest.xml (AppDomain gets the origin) and leaves no localhost; an address Office would not
 * load (http, localhost) fails the build. Checked through the build's own CopyWebpackPlugin pattern.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { XMLParser } from 'fast-xml-parser';
import { ROOT } from '../support/build';

type Pattern = { from: string; to: string; transform?: (content: Buffer) => Buffer | string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as (env: Record<string, unknown>, argv: { mode: string }) => { plugins: { patterns?: Pattern[] }[] };

const source = readFileSync(join(ROOT, 'manifest.xml'));

function builtManifest(env: Record<string, unknown>): string {
  const pattern = config(env, { mode: 'production' })
    .plugins.flatMap((p) => p.patterns ?? [])
    .find((p) => p.from === 'manifest.xml')!;
  return String(pattern.transform ? pattern.transform(source) : source);
}

describe('the production manifest', () => {
  test('with an address: every URL is on it, AppDomain is its origin, no localhost is left', () => {
    const xml = builtManifest({ address: 'https://perfscore.example.gov.cn/addin/' });
    expect(xml).not.toMatch(/localhost/i);
    const urls = [...xml.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) expect(url.startsWith('https://perfscore.example.gov.cn/addin/')).toBe(true);
    expect(urls).toContain('https://perfscore.example.gov.cn/addin/taskpane.html');
    expect([...xml.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/g)].map((m) => m[1])).toEqual(['https://perfscore.example.gov.cn']);
    expect(() => new XMLParser().parse(xml)).not.toThrow();
  });

  test('without an address the development manifest is copied as it is', () => {
    expect(builtManifest({})).toBe(source.toString());
  });

  test('an address Office would not load is refused', () => {
    expect(() => config({ address: 'http://perfscore.example.gov.cn/' }, { mode: 'production' })).toThrow('必须是 https://');
    expect(() => config({ address: 'https://localhost:3000/' }, { mode: 'production' })).toThrow('不能是本机');
    expect(() => config({ address: 'perfscore' }, { mode: 'production' })).toThrow('地址无效');
  });
});

import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { XMLParser } from 'fast-xml-parser';
import { DIST, ROOT, ensureDistBuilt as ensureBuilt } from '../support/build';

/**
 * Offline checks of manifest.xml: well-formed, children in the order Microsoft's schema requires
 * (OfficeAppManifestV1_1.xsd, TaskPaneAppVersionOverridesV1_0.xsd), every resid resolved, every URL
 * served by the build.
 */

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const ordered = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as XmlNode[];

function tag(node: XmlNode): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}
function children(node: XmlNode): XmlNode[] {
  const value = node[tag(node)];
  return Array.isArray(value) ? (value as XmlNode[]).filter((c) => !('#text' in c) && !('?xml' in c)) : [];
}
function attrs(node: XmlNode): Record<string, string> {
  return node[':@'] ?? {};
}
function child(node: XmlNode, name: string): XmlNode {
  const found = children(node).find((c) => tag(c) === name);
  if (!found) throw new Error(`<${tag(node)}> has no <${name}>`);
  return found;
}
function all(node: XmlNode, visit: (n: XmlNode, parent: XmlNode | null) => void, parent: XmlNode | null = null): void {
  visit(node, parent);
  for (const c of children(node)) all(c, visit, node);
}
function text(node: XmlNode): string {
  const value = node[tag(node)] as { '#text'?: string }[];
  return String(value.find((v) => '#text' in v)?.['#text'] ?? '');
}

/** Children must be a subsequence of the schema's xs:sequence. */
function expectOrder(node: XmlNode, sequence: string[]): void {
  const names = children(node).map(tag);
  let last = -1;
  for (const name of names) {
    const at = sequence.indexOf(name);
    expect({ element: tag(node), child: name, allowed: at >= 0 }).toEqual({ element: tag(node), child: name, allowed: true });
    expect({ element: tag(node), child: name, inOrder: at >= last }).toEqual({ element: tag(node), child: name, inOrder: true });
    last = at;
  }
}

const root = ordered.find((n) => tag(n) === 'OfficeApp') as XmlNode;
const versionOverrides = child(root, 'VersionOverrides');
const host = child(child(versionOverrides, 'Hosts'), 'Host');
const resources = child(versionOverrides, 'Resources');

function resourceIds(group: string): Map<string, XmlNode> {
  return new Map(children(child(resources, group)).map((n) => [attrs(n).id, n]));
}
const images = resourceIds('bt:Images');
const urls = resourceIds('bt:Urls');
const shortStrings = resourceIds('bt:ShortStrings');
const longStrings = resourceIds('bt:LongStrings');

describe('manifest.xml', () => {
  it('parses and is a task pane add-in for Excel with the fixed identity', () => {
    expect(attrs(root)['xsi:type']).toBe('TaskPaneApp');
    expect(text(child(root, 'Id'))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(text(child(root, 'Version'))).toBe('1.0.0.0');
    expect(text(child(root, 'DefaultLocale'))).toBe('zh-CN');
    const displayName = child(root, 'DisplayName');
    expect(attrs(displayName).DefaultValue).toBe('绩效评分助手');
    expect(attrs(child(displayName, 'Override'))).toEqual({ Locale: 'en-US', Value: 'PerfScore' });
    expect(attrs(child(root, 'Description')).DefaultValue).toMatch(/[\u4e00-\u9fff]/);
    expect(attrs(child(child(root, 'Description'), 'Override')).Locale).toBe('en-US');
    expect(attrs(child(child(root, 'Hosts'), 'Host')).Name).toBe('Workbook');
    expect(text(child(root, 'Permissions'))).toBe('ReadWriteDocument');
    expect(attrs(versionOverrides)['xsi:type']).toBe('VersionOverridesV1_0');
    expect(attrs(host)['xsi:type']).toBe('Workbook');
  });

  it('requires the shared runtime, the custom functions runtime with CustomFunctions.Error (1.2), and ExcelApi 1.7', () => {
    const sets = children(child(child(root, 'Requirements'), 'Sets')).map((s) => [attrs(s).Name, attrs(s).MinVersion]);
    expect(sets).toEqual([
      ['SharedRuntime', '1.1'],
      ['CustomFunctionsRuntime', '1.2'],
      ['ExcelApi', '1.7'],
    ]);
    // the code really uses what the 1.2 set brings
    expect(readFileSync(join(ROOT, 'src', 'functions', 'errors.ts'), 'utf8')).toMatch(/new cf\.Error\(/);
  });

  it('keeps every element in the order the schema requires', () => {
    expectOrder(root, [
      'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
      'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
      'Dictionary', 'VersionOverrides', 'ExtendedOverrides',
    ]);
    expectOrder(versionOverrides, ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins']);
    expectOrder(host, ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']);
    const customFunctions = child(child(host, 'AllFormFactors'), 'ExtensionPoint');
    expect(attrs(customFunctions)['xsi:type']).toBe('CustomFunctions');
    expectOrder(customFunctions, ['Script', 'Page', 'Metadata', 'Namespace']);
    const desktop = child(host, 'DesktopFormFactor');
    expectOrder(desktop, ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    expectOrder(child(desktop, 'GetStarted'), ['Title', 'Description', 'LearnMoreUrl']);
    expectOrder(resources, ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    const surface = child(desktop, 'ExtensionPoint');
    expect(attrs(surface)['xsi:type']).toBe('PrimaryCommandSurface');
    expectOrder(surface, ['OfficeTab', 'CustomTab']);
    const group = child(child(surface, 'OfficeTab'), 'Group');
    expectOrder(group, ['Label', 'Icon', 'Control']);
    const button = child(group, 'Control');
    expect(attrs(button)['xsi:type']).toBe('Button');
    expectOrder(button, ['Label', 'Supertip', 'Icon', 'Action']);
    expectOrder(child(button, 'Supertip'), ['Title', 'Description']);
    const action = child(button, 'Action');
    expect(attrs(action)['xsi:type']).toBe('ShowTaskpane');
    expectOrder(action, ['TaskpaneId', 'SourceLocation', 'Title']);
  });

  it('uses one long-lived shared runtime: the task pane page hosts the functions', () => {
    expect(attrs(child(child(host, 'Runtimes'), 'Runtime'))).toEqual({ resid: 'Taskpane.Url', lifetime: 'long' });
    const customFunctions = child(child(host, 'AllFormFactors'), 'ExtensionPoint');
    expect(attrs(child(child(customFunctions, 'Page'), 'SourceLocation')).resid).toBe('Taskpane.Url');
    expect(attrs(child(child(customFunctions, 'Script'), 'SourceLocation')).resid).toBe('Functions.Script.Url');
    expect(attrs(child(child(customFunctions, 'Metadata'), 'SourceLocation')).resid).toBe('Functions.Metadata.Url');
    expect(attrs(child(host, 'DesktopFormFactor')).resid).toBeUndefined();
    expect(attrs(child(child(host, 'DesktopFormFactor'), 'FunctionFile')).resid).toBe('Taskpane.Url');
  });

  it('resolves every resid to a resource of the right kind', () => {
    const kindOf = (element: string): Map<string, XmlNode> => {
      if (element === 'bt:Image') return images;
      if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl', 'Runtime'].includes(element)) return urls;
      if (element === 'Description') return longStrings;
      return shortStrings; // Title, Label, Namespace
    };
    const seen: string[] = [];
    all(versionOverrides, (node, parent) => {
      const resid = attrs(node).resid;
      if (!resid) return;
      const kind = tag(node) === 'Description' && parent && tag(parent) === 'Supertip' ? longStrings : kindOf(tag(node));
      expect({ element: tag(node), resid, resolved: kind.has(resid) }).toEqual({ element: tag(node), resid, resolved: true });
      expect(resid.length).toBeLessThanOrEqual(32);
      seen.push(resid);
    });
    expect(seen.length).toBeGreaterThan(15);
    // nothing in Resources is left unused
    for (const id of [...images.keys(), ...urls.keys(), ...shortStrings.keys(), ...longStrings.keys()]) {
      if (id !== 'Icon.64x64') expect({ id, used: seen.includes(id) }).toEqual({ id, used: true });
    }
  });

  it('gives Chinese strings with en-US overrides (the namespace stays PERF)', () => {
    for (const [id, node] of [...shortStrings, ...longStrings]) {
      if (id === 'Functions.Namespace') continue;
      expect(attrs(node).DefaultValue).toMatch(/[\u4e00-\u9fff]/);
      expect(attrs(child(node, 'bt:Override')).Locale).toBe('en-US');
      expect(attrs(child(node, 'bt:Override')).Value).not.toMatch(/[\u4e00-\u9fff]/);
    }
    for (const node of shortStrings.values()) expect(attrs(node).DefaultValue.length).toBeLessThanOrEqual(125);
    for (const node of longStrings.values()) expect(attrs(node).DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it('names the PERF namespace and points the zh-CN metadata at the Chinese file', () => {
    expect(attrs(shortStrings.get('Functions.Namespace') as XmlNode).DefaultValue).toBe('PERF');
    const metadata = urls.get('Functions.Metadata.Url') as XmlNode;
    expect(attrs(metadata).DefaultValue).toBe('https://localhost:3000/functions.json');
    expect(attrs(child(metadata, 'bt:Override'))).toEqual({ Locale: 'zh-CN', Value: 'https://localhost:3000/functions.zh-CN.json' });
  });

  it('points every URL at a file the build emits', () => {
    ensureBuilt();
    const found: string[] = [];
    all(root, (node) => {
      for (const value of Object.values(attrs(node))) if (value.startsWith('https://')) found.push(value);
      if (tag(node) === 'AppDomain') found.push(`${text(node)}/`);
    });
    const files = [...new Set(found)].filter((u) => u.startsWith('https://localhost:3000/') && !u.endsWith('/'));
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const url of files) {
      const file = url.replace('https://localhost:3000/', '');
      expect({ url, emitted: existsSync(join(DIST, file)) }).toEqual({ url, emitted: true });
    }
    for (const url of found) expect(url.startsWith('https://localhost:3000/') || url.startsWith('http://schemas.microsoft.com/')).toBe(true);
    // functions.json ids carry no namespace: the manifest adds PERF.
    const metadata = JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')) as { functions: { id: string }[] };
    for (const fn of metadata.functions) expect(fn.id).toMatch(/^[A-Z][A-Z_]*$/);
  }, 120_000);

  it('the task pane page loads office.js first, then the functions and task pane bundles', () => {
    ensureBuilt();
    const html = readFileSync(join(DIST, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*src="?([^"\s>]+)"?/g)].map((m) => m[1]);
    expect(scripts[0]).toBe('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    expect(scripts).toContain('functions.js');
    expect(scripts).toContain('taskpane.js');
    expect(scripts.indexOf('functions.js')).toBeLessThan(scripts.indexOf('taskpane.js'));
    for (const s of scripts.slice(1)) expect(existsSync(join(DIST, s))).toBe(true);
  }, 120_000);
});

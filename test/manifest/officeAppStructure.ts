/**
 * The structure Microsoft's schema gives a task pane add-in's <OfficeApp>, checked without the XSD
 * (no registry package ships it: office-addin-manifest 3.0.0 has no .xsd). The order is the xs:sequence
 * of OfficeApp and its TaskPaneApp extension (OfficeAppManifestV1_1.xsd, as
 * https://learn.microsoft.com/previous-versions/office/dn482624(v=office.15) prints it); the
 * required children are the OfficeApp reference's "must contain" list for TaskPane.
 */
import { XMLParser } from 'fast-xml-parser';

export const TASKPANE_SEQUENCE = [
  'Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl',
  'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions',
  'Dictionary', 'VersionOverrides', 'ExtendedOverrides',
];
export const TASKPANE_REQUIRED = ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions'];

type XmlNode = Record<string, unknown>;

/** The problems a schema check would report for the <OfficeApp> of this text; empty when none. */
export function officeAppProblems(xml: string): string[] {
  const doc = new XMLParser({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as XmlNode[];
  const root = doc.find((n) => 'OfficeApp' in n);
  if (!root) return ['没有 <OfficeApp> 根元素'];
  const names = (root.OfficeApp as XmlNode[]).map((c) => Object.keys(c).find((k) => k !== ':@') ?? '').filter((n) => n !== '#text');
  const problems: string[] = [];
  let last = -1;
  for (const name of names) {
    const at = TASKPANE_SEQUENCE.indexOf(name);
    if (at < 0) problems.push(`<${name}> is not a child of <OfficeApp>`);
    else if (at < last) problems.push(`<${name}> comes after <${TASKPANE_SEQUENCE[last]}>`);
    else if (at === last) problems.push(`<${name}> occurs twice`);
    else last = at;
  }
  for (const name of TASKPANE_REQUIRED) if (!names.includes(name)) problems.push(`<${name}> is missing`);
  return problems;
}

import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';

/** A character outside XML 1.0's Char production (a lone surrogate half included). */
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Every XML part of a package that is not well-formed or holds a character XML forbids, with the reason. */
export async function badXmlParts(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const bad: string[] = [];
  for (const name of Object.keys(zip.files)) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const text = await zip.file(name)!.async('string');
    const valid = XMLValidator.validate(text);
    if (valid !== true) bad.push(`${name}: ${valid.err.msg}`);
    const m = NOT_XML_CHAR.exec(text);
    if (m) bad.push(`${name}: U+${m[0].charCodeAt(0).toString(16).toUpperCase()} at ${m.index}`);
  }
  return bad;
}

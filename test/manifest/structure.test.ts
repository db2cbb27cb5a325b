/**
 * manifest.xml against the structure the schema states for <OfficeApp>,
 * with the failures the schema would report for an element out of order and a required one missing.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { ROOT } from '../support/build';
import { officeAppProblems } from './officeAppStructure';

const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('<OfficeApp> structure as the schema states it', () => {
  test('manifest.xml has every required child, each once, in the schema order', () => {
    expect(officeAppProblems(xml)).toEqual([]);
  });

  test('an element out of order is reported: <Version> moved after <ProviderName>', () => {
    const version = /\s*<Version>[^<]*<\/Version>/.exec(xml)![0];
    const moved = xml.replace(version, '').replace(/(<ProviderName>[^<]*<\/ProviderName>)/, `$1${version}`);
    expect(officeAppProblems(moved)).toEqual(['<Version> comes after <ProviderName>']);
  });

  test('a required element missing is reported: no <DefaultSettings>', () => {
    const without = xml.replace(/\s*<DefaultSettings>[\s\S]*?<\/DefaultSettings>/, '');
    expect(without).not.toBe(xml);
    expect(officeAppProblems(without)).toEqual(['<DefaultSettings> is missing']);
  });

  test('an element the schema does not know and a repeated one are reported', () => {
    expect(officeAppProblems(xml.replace('<Permissions>', '<Permission>').replace('</Permissions>', '</Permission>'))).toEqual([
      '<Permission> is not a child of <OfficeApp>',
      '<Permissions> is missing',
    ]);
    const id = /<Id>[^<]*<\/Id>/.exec(xml)![0];
    expect(officeAppProblems(xml.replace(id, `${id}${id}`))).toEqual(['<Id> occurs twice']);
  });
});

/** functions.json as the WPS build emits it: generated from the JSDoc, with the Chinese descriptions, in WPS's vocabulary. */
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import zh from '../../src/functions/descriptions.zh-CN.json';
import type { FunctionsMetadata } from '../../src/hosts/wps/registerFunctions';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require('../../scripts/localize-metadata.js') as { localizeMetadata: (json: string, zh: unknown) => string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { wpsFunctionsJson } = require('../../scripts/wps-functions.js') as { wpsFunctionsJson: (json: string) => string };

export async function wpsFunctionsMetadata(): Promise<FunctionsMetadata> {
  const result = await generateCustomFunctionsMetadata(path.resolve(__dirname, '../../src/functions/functions.ts'));
  if (result.errors.length) throw new Error(result.errors.join('\n'));
  return JSON.parse(wpsFunctionsJson(localizeMetadata(result.metadataJson, zh))) as FunctionsMetadata;
}

'use strict';
/**
 * Builds the zh-CN copy of functions.json: same ids, names, types and order; Chinese descriptions
 * taken from src/functions/descriptions.zh-CN.json. Any id or parameter without a Chinese text is an
 * error, so a new function cannot ship half translated. Used by the webpack build and by the tests.
 */

/**
 * @param {string} metadataJson functions.json as generated
 * @param {Record<string, {description: string, parameters: Record<string, string>}>} zh
 * @returns {string}
 */
function localizeMetadata(metadataJson, zh) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const ids = new Set();
  for (const fn of metadata.functions) {
    ids.add(fn.id);
    const text = zh[fn.id];
    if (!text) {
      problems.push(`${fn.id}: 缺少中文说明`);
      continue;
    }
    fn.description = text.description;
    for (const p of fn.parameters || []) {
      if (!text.parameters || !text.parameters[p.name]) problems.push(`${fn.id}.${p.name}: 缺少参数中文说明`);
      else p.description = text.parameters[p.name];
    }
  }
  for (const id of Object.keys(zh)) if (!ids.has(id)) problems.push(`${id}: 中文说明对应的函数不存在`);
  if (problems.length > 0) throw new Error(`functions.zh-CN.json 无法生成：\n${problems.join('\n')}`);
  return JSON.stringify(metadata, null, 4);
}

module.exports = { localizeMetadata };

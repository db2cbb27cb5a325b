'use strict';
/**
 * functions.json for WPS, in the vocabulary WPS's own tool writes (wpsjs `functionsScanner`,
 * src/vite_plugins.js of the wpsjs package): each function `{ name, description, parameters: [{ name,
 * description, type }], result: { type } }`, with no id. A type is one of string, number, boolean, bool
 * or any; a range is two-dimensional (`any[][]`, the tool refuses one-dimensional arrays); an optional
 * parameter ends in `?` (`any?`). Excel's metadata (dimensionality, optional) is translated, never copied.
 */

const BASE_TYPES = new Set(['string', 'number', 'boolean', 'any']);

/** Excel's type and dimensionality as WPS writes them. */
function wpsType(type, dimensionality, optional) {
  let out = BASE_TYPES.has(type) ? type : 'any';
  if (dimensionality === 'matrix') out += '[][]';
  if (optional) out += '?';
  return out;
}

/**
 * @param {string} excelJson functions.json as custom-functions-metadata writes it (localized or not)
 * @returns {string} the WPS functions.json
 */
function wpsFunctionsJson(excelJson) {
  const excel = JSON.parse(excelJson);
  const functions = excel.functions.map((fn) => {
    if (fn.id !== fn.name) throw new Error(`${fn.id}: WPS 以函数名注册，id 与名称必须相同（${fn.name}）`);
    return {
      name: fn.name,
      description: fn.description || '',
      parameters: (fn.parameters || []).map((p) => ({ name: p.name, description: p.description || '', type: wpsType(p.type, p.dimensionality, p.optional) })),
      result: { type: wpsType(fn.result && fn.result.type, fn.result && fn.result.dimensionality, false) },
    };
  });
  return JSON.stringify({ functions }, null, 2);
}

module.exports = { wpsFunctionsJson, wpsType };

/*
 * Webpack loader of the WPS build: rewrites Unicode property escapes (\p{L}, \p{Script=Han}, ES2018
 * regex syntax that TypeScript leaves as written) into explicit code-point ranges (ES2015 /u syntax),
 * computed from this Node's own Unicode tables, so older embedded Chromium can parse the bundle.
 */
const cache = new Map();

function hex(cp) {
  return `\\u{${cp.toString(16).toUpperCase()}}`;
}

/** "L" → "\u{41}-\u{5A}\u{61}-\u{7A}…": the ranges of code points the property matches. */
function ranges(property) {
  if (cache.has(property)) return cache.get(property);
  const re = new RegExp(`^\\p{${property}}$`, 'u');
  let out = '';
  let start = -1;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const hit = cp < 0x110000 && !(cp >= 0xd800 && cp <= 0xdfff) && re.test(String.fromCodePoint(cp));
    if (hit && start < 0) start = cp;
    if (!hit && start >= 0) {
      out += start === cp - 1 ? hex(start) : `${hex(start)}-${hex(cp - 1)}`;
      start = -1;
    }
  }
  cache.set(property, out);
  return out;
}

/** The body of one regex literal with every \p{…} expanded, in or out of a character class. */
function rewriteBody(body) {
  let out = '';
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\') {
      const m = /^\\p\{([A-Za-z_=]+)\}/.exec(body.slice(i));
      if (m) {
        out += inClass ? ranges(m[1]) : `[${ranges(m[1])}]`;
        i += m[0].length - 1;
        continue;
      }
      if (body[i + 1] === 'P') throw new Error(`\\P{…} is not supported by the WPS build: /${body}/`);
      out += ch + (body[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === ']') inClass = false;
    out += ch;
  }
  return out;
}

const REGEX_LITERAL = /(^|[^\w$)\]\s]\s*|[=(,:;!&|?{}]\s*|return\s+)\/((?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\n[])+)\/([a-z]*)/g;

module.exports = function unicodePropertyLoader(source) {
  if (!source.includes('\\p{')) return source;
  return source.replace(REGEX_LITERAL, (whole, lead, body, flags) => {
    if (!body.includes('\\p{') || !flags.includes('u')) return whole;
    return `${lead}/${rewriteBody(body)}/${flags}`;
  });
};

module.exports.rewriteBody = rewriteBody;

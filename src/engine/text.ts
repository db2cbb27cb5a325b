/**
 * Text as typed into cells, made comparable: full-width forms and ideographic spaces are common in
 * Chinese workbooks (９８．７％, “已 公开”) and must not make a different value.
 */

/** Full-width ASCII (digits, ．％＞＜＝：etc.) and ideographic space → half-width. */
export function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Compatibility forms folded and every space removed, for matching words (已公开, 基本达成). */
export function compactText(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

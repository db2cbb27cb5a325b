/**
 * What a person would see wrong on a screen, measured in the page: text squeezed to a character or
 * two a line, Chinese left in an English screen (outside workbook text, marked data-workbook), and
 * Chinese drawn as empty boxes because no CJK font is installed.
 */
import type { Page } from 'playwright-core';

export interface Squeezed {
  text: string;
  lines: number;
}

/**
 * Every visible text of 2+ characters that wraps to lines of fewer than `minPerLine` characters on
 * average (e.g. a button label one character a line). Lines are the distinct tops of the text's boxes.
 */
export function squeezedTexts(page: Page, minPerLine = 4): Promise<Squeezed[]> {
  return page.evaluate((min) => {
    const out: { text: string; lines: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent ?? '').replace(/\s+/g, '');
      if (text.length < 2 || node.parentElement?.closest('option, script, style')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => Math.round(r.top)));
      if (tops.size >= 2 && text.length / tops.size < min) out.push({ text, lines: tops.size });
    }
    return out;
  }, minPerLine);
}

const CJK = '[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef]';

/** A string's CJK characters (ideographs, CJK punctuation, full-width forms), for the English checks. */
export const CJK_PATTERN = new RegExp(CJK);

/**
 * Names of sheets and columns as they stand in the workbook (the unit's 基础数据, the sheets we add):
 * an English sentence names them as the user sees them on the sheet tabs.
 */
export const WORKBOOK_NAMES = ['基础数据', '自评报告', '审核汇总', '检查结果', '偏差原因'];

/**
 * Visible texts holding CJK characters outside workbook text (elements marked data-workbook), text
 * meant to be Chinese (an element with lang="zh…", such as the button that switches to Chinese), and
 * the workbook's own sheet and column names.
 */
export function cjkOutsideWorkbook(page: Page): Promise<string[]> {
  return page.evaluate(([pattern, names]) => {
    const cjk = new RegExp(pattern);
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      const own = (names as string[]).reduce((rest, name) => rest.split(name).join(''), text);
      if (!parent || !cjk.test(own) || parent.closest('[data-workbook], [lang^="zh"], option, script, style')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      if ([...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) out.push(text.trim());
    }
    return out;
  }, [CJK, WORKBOOK_NAMES] as const);
}

/**
 * Whether Chinese renders as glyphs: 评 drawn in the pane's own font stack must differ from a code
 * point no font has (U+10FFFD), which every browser draws as its missing-glyph box. Equal pixels mean
 * the Chinese on the screen is boxes too.
 */
export function chineseRendersAsGlyphs(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const pane = document.querySelector('.fui-FluentProvider') ?? document.body;
    const family = getComputedStyle(pane).fontFamily || 'sans-serif';
    const draw = (text: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 40;
      canvas.height = 40;
      const ctx = canvas.getContext('2d')!;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, 40, 40);
      ctx.fillStyle = '#000';
      ctx.font = `28px ${family}`;
      ctx.textBaseline = 'top';
      ctx.fillText(text, 4, 4);
      return Array.from(ctx.getImageData(0, 0, 40, 40).data);
    };
    const glyph = draw('评');
    const box = draw('\u{10FFFD}');
    const other = draw('分');
    const same = (a: number[], b: number[]) => a.every((v, i) => v === b[i]);
    // two different characters drawn alike are boxes as well
    return !same(glyph, box) && !same(glyph, other);
  });
}

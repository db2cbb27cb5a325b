import { FIGURE_MEANINGS } from '../../frameworks/figureMeanings';
import { readLabel, type LabelReading } from './labelMeaning';

/**
 * Which figure each labelled row of the 基础数据 sheets names, read as a clerk reads the sheet:
 *
 * 1. by its own words (`readLabel`);
 * 2. by the row above, for a label that alone could be several figures: 其中基本支出 under 年初预算 is
 *    the year-start basic budget, 实际支出 under “三公”经费预算数 the 三公 spending (`after` in the
 *    meanings data);
 * 3. by elimination, for a label that could be one of two figures when the other is named by its own
 *    words on another row (资产原值 beside 在用资产原值).
 *
 * What stays open is ambiguous and reported; nothing is chosen by position alone.
 */

export type RowHow = 'label' | 'context' | 'elimination';

export interface RowFigure {
  /** the figure the row names, when one is settled */
  figure?: string;
  how?: RowHow;
  /** the figures it could be, when it stays ambiguous */
  candidates?: string[];
  /** the nearest figures, best first, when it names none */
  nearest?: string[];
  reading: LabelReading;
}

export interface LabelledRow {
  sheet: string;
  label: string;
}

/** The partial candidates a reading offers: its ambiguous set, or the one half-match of a `none`. */
function openCandidates(r: LabelReading): string[] {
  if (r.kind === 'ambiguous') return r.candidates;
  if (r.kind === 'none' && r.ranked.length === 1 && r.ranked[0].score > 0 && !r.ranked[0].full) return [r.ranked[0].id];
  return [];
}

/** `rows` in sheet order; `skip` marks rows that are not figures (单位名称, 年度). */
export function assignRows(rows: readonly LabelledRow[], ids: readonly string[], skip: (i: number) => boolean = () => false, named?: ReadonlyMap<string, string>): RowFigure[] {
  const out: RowFigure[] = rows.map((row, i) => (skip(i) ? { reading: { kind: 'none', ranked: [] } } : { reading: readLabel(row.label, ids, named) }));
  const claimed = new Set<string>();
  out.forEach((r) => {
    if (r.reading.kind === 'figure') {
      r.figure = r.reading.id;
      r.how = 'label';
      claimed.add(r.reading.id);
    }
  });
  // the row above, in the same sheet, settles a part name
  out.forEach((r, i) => {
    if (r.figure || skip(i)) return;
    const open = openCandidates(r.reading);
    let above = i - 1;
    while (above >= 0 && skip(above)) above -= 1;
    const prev = above >= 0 && rows[above].sheet === rows[i].sheet ? out[above].figure : undefined;
    if (!prev || open.length === 0) return;
    const fits = open.filter((id) => FIGURE_MEANINGS[id]?.after?.includes(prev));
    if (fits.length === 1) {
      r.figure = fits[0];
      r.how = 'context';
      claimed.add(fits[0]);
    }
  });
  // one of two, the other named elsewhere by its own words
  out.forEach((r, i) => {
    if (r.figure || skip(i) || r.reading.kind !== 'ambiguous' || r.reading.candidates.length !== 2) return;
    const rest = r.reading.candidates.filter((id) => !claimed.has(id));
    if (rest.length === 1) {
      r.figure = rest[0];
      r.how = 'elimination';
    }
  });
  out.forEach((r, i) => {
    if (r.figure || skip(i)) return;
    if (r.reading.kind === 'ambiguous') r.candidates = r.reading.candidates;
    else r.nearest = r.reading.ranked.slice(0, 3).map((x) => x.id);
  });
  return out;
}

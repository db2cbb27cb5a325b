/**
 * Every row of the 基础数据 sheets (and each cell bound in the settings) with its use: the figure it
 * gives and how it was settled, or why it gives none (ambiguous with its candidates, not recognised
 * with the nearest figures…), so no row goes unaccounted for. Workbook text is rendered as text.
 */
import type { Analysis } from '../../workbook/analyse';
import type { DataRowUse } from '../../workbook/read';
import { useShared } from '../styles';
import { figureName } from './figureBinding';
import { useFigureT, type FigureStringKey, type FigureTranslate } from './figureStrings';

function rowText(t: FigureTranslate, analysis: Analysis, r: DataRowUse): string {
  const figure = r.figure ? figureName(analysis, r.figure) : '';
  const names = (ids: string[] | undefined) => (ids ?? []).map((id) => figureName(analysis, id)).join('、');
  if (r.use === 'used') return t(`use_${r.how ?? 'label'}` as FigureStringKey, { figure });
  if (r.use === 'ambiguous') return t('use_ambiguous', { candidates: names(r.candidates) });
  if (r.use === 'unrecognised' && r.nearest?.length) return t('use_nearest', { candidates: names(r.nearest) });
  return t(`use_${r.use}` as FigureStringKey, { figure });
}

export function DataRowList({ analysis }: { analysis: Analysis }) {
  const t = useFigureT();
  const s = useShared();
  const rows = analysis.figureRows;
  if (rows.length === 0) return null;
  return (
    <details>
      <summary className={s.muted} style={{ cursor: 'pointer' }}>
        {t('rowsTitle', { n: rows.length })}
      </summary>
      <ul data-testid="figure-rows" className={s.muted} style={{ margin: '4px 0 0', paddingLeft: 16, wordBreak: 'break-word' }}>
        {rows.map((r) => (
          <li key={`${r.sheet}!${r.labelAddress}!${r.valueAddress}`} data-use={r.use}>
            <span className={s.mono}>
              {r.sheet}!<span style={{ whiteSpace: 'nowrap' }}>{r.use === 'used' ? r.valueAddress : r.labelAddress}</span>
            </span>{' '}
            “{r.label}”：{rowText(t, analysis, r)}
          </li>
        ))}
      </ul>
    </details>
  );
}

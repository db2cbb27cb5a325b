/**
 * 评分 by indicator: each leaf as a short card (its name in full, however long the sheet or the name;
 * points, the unit's score, the verified score and how it was obtained; the rule and figures in one
 * line, as the 得分说明 column says it; its findings), 50 to a page so a 1,000-leaf table stays quick.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Warning } from '../../workbook/checks';
import { useT } from '../i18n';
import { useShared } from '../styles';
import { Pager } from '../paging/Pager';
import { usePaged } from '../paging/usePaged';
import { ObtainedBadge } from './ObtainedBadge';
import type { IndicatorRow } from './indicatorRows';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: '3px',
    padding: '7px 2px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  name: { fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-word', color: tokens.colorNeutralForeground1 },
  parents: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100, wordBreak: 'break-word' },
  figures: { display: 'flex', flexWrap: 'wrap', columnGap: '10px', rowGap: '2px', alignItems: 'center', fontVariantNumeric: 'tabular-nums' },
  figure: { whiteSpace: 'nowrap' },
  line: { color: tokens.colorNeutralForeground2, wordBreak: 'break-word' },
  finding: { color: tokens.colorPaletteDarkOrangeForeground1, wordBreak: 'break-word' },
  error: { color: tokens.colorPaletteRedForeground1, wordBreak: 'break-word' },
});

export function IndicatorList({ rows, onSelect }: { rows: readonly IndicatorRow[]; onSelect(w: Warning): void }) {
  const t = useT();
  const s = useShared();
  const c = useStyles();
  const paged = usePaged(rows);
  return (
    <>
      <ol className={c.list} data-testid="indicators" start={paged.first}>
        {paged.shown.map(({ item: row }) => (
          <li key={row.key} className={c.item} data-testid="indicator">
            {row.parents.length > 0 && <span className={c.parents} data-workbook>{row.parents.join(' › ')}</span>}
            <span className={c.name} data-testid="indicator-name" data-workbook>
              {row.name}
            </span>
            <span className={c.figures}>
              <ObtainedBadge kind={row.kind} />
              <span className={c.figure}>
                <span className={s.muted}>{t('colPoints')} </span>
                {row.points}
              </span>
              <span className={c.figure} data-testid="unit-score">
                <span className={s.muted}>{t('colTyped')} </span>
                {row.unitScore ?? t('blankScore')}
              </span>
              <span className={c.figure} data-testid="computed-score">
                <span className={s.muted}>{t('colComputed')} </span>
                <strong>{row.verified ?? t('notVerified')}</strong>
              </span>
            </span>
            {row.line && (
              <span className={`${c.line} ${s.clamp}`} title={row.line} data-testid="indicator-line" data-workbook>
                {row.line}
              </span>
            )}
            {row.findings.map((w, i) => (
              <span
                key={`${w.code}-${i}`}
                className={w.severity === 'error' ? c.error : c.finding}
                title={w.address ? t('clickToSelect') : undefined}
                onClick={() => onSelect(w)}
                style={{ cursor: w.address ? 'pointer' : undefined }}
                data-workbook
              >
                {w.message}
              </span>
            ))}
          </li>
        ))}
      </ol>
      <Pager paged={paged} label={t('indicatorsTitle')} />
    </>
  );
}

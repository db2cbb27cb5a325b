/**
 * 风险信号: the signs reviewers look for (the same list and weights `perfscore review` ranks units by),
 * as this one workbook shows them: each with its weight and the cells where it was seen, a click on a
 * cell selecting it in the workbook; the risk total; and a note that the weights are our reading.
 */
import { Button, Text } from '@fluentui/react-components';
import { parseSheetCell } from '../../workbook/read';
import { riskOf, type RedFlag } from '../../workbook/review';
import { useShared } from '../styles';
import { flagKey, useReviewT } from './reviewStrings';

export interface RiskSignalsProps {
  flags: readonly RedFlag[];
  onSelect(sheet: string, address: string): void;
}

const CELL_BUTTON = { minWidth: 0, padding: 0, height: 'auto', fontSize: 12, fontWeight: 600, textDecoration: 'underline', textAlign: 'left', whiteSpace: 'normal', overflowWrap: 'anywhere' } as const;

export function RiskSignals({ flags, onSelect }: RiskSignalsProps) {
  const t = useReviewT();
  const s = useShared();
  return (
    <section className={s.section} data-testid="risk-signals" aria-label={t('riskTitle')}>
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{t('riskTitle')}</span>
        {flags.length > 0 && <span data-testid="risk-total">{t('riskTotal', { total: riskOf(flags) })}</span>}
      </div>
      {flags.length === 0 ? (
        <Text className={s.muted} data-testid="risk-none">
          {t('riskNone')}
        </Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: 6, fontSize: 12 }}>
          {flags.map((flag) => (
            <li key={flag.code} data-testid={`risk-flag-${flag.code}`} style={{ display: 'flex', flexWrap: 'wrap', columnGap: 8, rowGap: 2, alignItems: 'baseline' }}>
              <span style={{ fontWeight: 600 }} data-testid="risk-name">
                {t(flagKey(flag.code))}
              </span>
              <span className={s.muted} data-testid="risk-weight">
                {t('riskWeight', { weight: flag.weight })}
              </span>
              {flag.cells.map((cell) => {
                // a leaf with no cell of its own is named by its path: shown, not clickable
                const at = parseSheetCell(cell);
                return at ? (
                  <Button key={cell} appearance="transparent" size="small" title={t('clickToSelect')} style={CELL_BUTTON} onClick={() => onSelect(at.sheet, at.address)} data-testid="risk-cell">
                    <span data-workbook>{cell}</span>
                  </Button>
                ) : (
                  <span key={cell} data-workbook>
                    {cell}
                  </span>
                );
              })}
              {flag.count > flag.cells.length && <span className={s.muted}>{t('riskMore', { count: flag.count })}</span>}
            </li>
          ))}
        </ul>
      )}
      <Text className={s.muted} data-testid="risk-note">
        {t('riskNote')}
      </Text>
    </section>
  );
}

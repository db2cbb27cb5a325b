/**
 * Step 2 (评分): the result by indicator (name, points, the unit's score, the computed score, how it was
 * obtained, the rule and figures, findings), the totals side by side, then every cell the write will
 * change for those who check cell by cell, and the checks.
 */
import { useContext, useMemo, useState } from 'react';
import { Button } from '@fluentui/react-components';
import type { Analysis } from '../../workbook/analyse';
import type { Warning } from '../../workbook/checks';
import type { WritePlan } from '../../workbook/port';
import { LangContext, useT } from '../i18n';
import { useShared } from '../styles';
import { gradeLabel, showScore } from '../format';
import { changeCount } from '../../workbook/plan';
import { scoreSummary } from '../score/indicatorRows';
import { IndicatorList } from '../score/IndicatorList';
import { CellChanges } from '../score/CellChanges';
import { OBTAINED } from '../score/ObtainedBadge';
import { Pager } from '../paging/Pager';
import { usePaged } from '../paging/usePaged';
import { bySeverity, WarningList } from './WarningList';
import { Pill, Toggle } from './ui';

export interface ScorePanelProps {
  analysis: Analysis;
  plan: WritePlan | null;
  planError: string | null;
  formulas: boolean;
  busy: boolean;
  onFormulas(on: boolean): void;
  onSelect(w: Warning): void;
  onNext(): void;
}

export function ScorePanel({ analysis, plan, planError, formulas, busy, onFormulas, onSelect, onNext }: ScorePanelProps) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const s = useShared();
  const summary = useMemo(() => scoreSummary(analysis), [analysis]);
  const [cellsOpen, setCellsOpen] = useState(false);
  const sorted = useMemo(() => bySeverity(analysis.warnings), [analysis]);
  const warnings = usePaged(sorted);
  const { unscored, claimed } = summary;
  return (
    <div role="tabpanel" aria-label={t('tabScore')} style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <span className={s.intro}>{t('scoreIntro')}</span>
      <section className={s.section} aria-label={t('total')}>
        <div className={s.sectionHead} style={{ flexWrap: 'wrap', rowGap: 4 }}>
          <span className={s.sectionTitle}>
            {t('total')} <span data-testid="total" style={{ fontSize: 20, marginLeft: 6 }}>{showScore(summary.total)}</span>
            <span className={s.muted}> / {showScore(summary.max)}</span>
          </span>
          {summary.complete ? (
            <span data-testid="grade">
              <Pill tone={summary.grade === '优' ? 'solidGood' : summary.grade === '差' ? 'solidDanger' : 'solidCaution'}>
                {t('grade')} {gradeLabel(summary.grade, lang)}
              </Pill>
            </span>
          ) : (
            <span data-testid="grade">
              <Pill tone="solidCaution" title={t('incompleteHint', { n: unscored })}>
                {t('incomplete')}
              </Pill>
            </span>
          )}
        </div>
        {!summary.complete && <span className={s.missing}>{t('incompleteHint', { n: unscored })}</span>}
        <span className={s.muted} data-testid="unit-total">
          {t('unitTotal', { total: claimed.stated ?? claimed.sumOfLeaves ?? '—' })}
          {claimed.stated !== null && claimed.sumOfLeaves !== null && claimed.stated !== claimed.sumOfLeaves ? t('unitLeafSum', { sum: claimed.sumOfLeaves }) : ''}
          {claimed.blankLeaves > 0 ? t('unitBlank', { n: claimed.blankLeaves }) : ''}
        </span>
        <span className={s.row} style={{ columnGap: 6, rowGap: 4 }} data-testid="obtained-counts">
          {(Object.keys(OBTAINED) as (keyof typeof OBTAINED)[])
            .filter((k) => summary.counts[k] > 0)
            .map((k) => (
              <span key={k} className={s.muted} style={{ whiteSpace: 'nowrap' }}>
                {t(OBTAINED[k].label)} {summary.counts[k]}
              </span>
            ))}
        </span>
        <Toggle checked={formulas} onChange={onFormulas} label={t('optionFormulas')} disabled={busy} />
        {!formulas && <span className={s.muted}>{t('optionFormulasHint')}</span>}
      </section>

      <section className={s.section} aria-label={t('indicatorsTitle')}>
        <div className={s.sectionHead}>
          <span className={s.sectionTitle}>{t('indicatorsTitle')}</span>
          <span className={s.muted}>{t('leafCountShort', { n: summary.rows.length })}</span>
        </div>
        <IndicatorList rows={summary.rows} onSelect={onSelect} />
      </section>

      <section className={s.section} aria-label={t('planTitle')}>
        <div className={s.sectionHead}>
          <span className={s.sectionTitle}>{t('planTitle')}</span>
          {plan && <span className={s.muted}>{t('planCount', { n: changeCount(plan) })}</span>}
        </div>
        {planError && <span className={s.missing}>{planError}</span>}
        {plan && (
          <Button size="small" appearance="subtle" onClick={() => setCellsOpen(!cellsOpen)} aria-expanded={cellsOpen} style={{ alignSelf: 'flex-start' }}>
            {cellsOpen ? t('cellChangesHide') : t('cellChangesShow')}
          </Button>
        )}
        {plan && cellsOpen && <CellChanges plan={plan} />}
      </section>

      <section className={s.section} aria-label={t('warnings')}>
        <div className={s.sectionHead}>
          <span className={s.sectionTitle}>{t('warnings')}</span>
          <span className={s.muted}>{analysis.warnings.length}</span>
        </div>
        <WarningList warnings={warnings.shown.map((w) => w.item)} onSelect={onSelect} />
        <Pager paged={warnings} label={t('warnings')} />
      </section>

      <div className={s.actions}>
        <Button appearance="primary" onClick={onNext} disabled={busy || !plan}>
          {t('nextWrite')}
        </Button>
      </div>
    </div>
  );
}

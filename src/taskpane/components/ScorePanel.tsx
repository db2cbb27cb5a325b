/**
 * Step 2 (评分): the write plan as a preview, cell by cell, old → new, with the checks beside it.
 */
import { changeCount } from '../../workbook/plan';
import { Button } from '@fluentui/react-components';
import type { Analysis } from '../../workbook/analyse';
import type { Warning } from '../../workbook/checks';
import type { WritePlan } from '../../workbook/port';
import { useT } from '../i18n';
import { PlanHead } from '../write/PlanHead';
import { describeChange } from '../write/planText';
import { useShared } from '../styles';
import { showScore } from '../format';
import { WarningList } from './WarningList';
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
  const s = useShared();
  const scored = analysis.scored;
  return (
    <div role="tabpanel" aria-label={t('tabScore')} style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <span className={s.intro}>{t('scoreIntro')}</span>
      <section className={s.section}>
        <div className={s.sectionHead}>
          <span className={s.sectionTitle}>
            {t('total')} <span data-testid="total" style={{ fontSize: 20, marginLeft: 6 }}>{showScore(scored.total)}</span>
            <span className={s.muted}> / {showScore(scored.max)}</span>
          </span>
          <Pill tone={scored.grade === '优' ? 'solidGood' : scored.grade === '差' ? 'solidDanger' : 'solidCaution'}>
            {t('grade')} {scored.grade}
          </Pill>
        </div>
        <Toggle checked={formulas} onChange={onFormulas} label={t('optionFormulas')} disabled={busy} />
        {!formulas && <span className={s.muted}>{t('optionFormulasHint')}</span>}
      </section>

      <section className={s.section} aria-label={t('planTitle')}>
        <div className={s.sectionHead}>
          <span className={s.sectionTitle}>{plan?.title ?? t('planTitle')}</span>
          {plan && <span className={s.muted}>{t('planCount', { n: changeCount(plan) })}</span>}
        </div>
        {planError && <span className={s.missing}>{planError}</span>}
        {plan && (
          <div className={s.tableWrap}>
            <table className={s.table} data-testid="plan" style={{ tableLayout: 'fixed' }}>
              <colgroup>
                <col style={{ width: '27%' }} />
                <col style={{ width: '26%' }} />
                <col />
              </colgroup>
              <PlanHead />
              <tbody>
                {plan.changes.map((change, i) => {
                  const d = describeChange(change, t);
                  return (
                    <tr key={i}>
                      <td className={s.clip} title={d.where}>
                        <span className={s.address}>{d.where}</span>
                      </td>
                      <td className={s.muted}>
                        <span className={s.clamp} title={d.old}>
                          {d.old}
                        </span>
                      </td>
                      <td>
                        <span className={s.clamp} title={d.next} style={{ fontWeight: typeof (change as { value?: unknown }).value === 'number' ? 600 : 400 }}>
                          {d.next}
                        </span>
                        {d.formula && (
                          <span className={`${s.mono} ${s.clamp}`} title={d.formula}>
                            {d.formula}
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className={s.section} aria-label={t('warnings')}>
        <div className={s.sectionHead}>
          <span className={s.sectionTitle}>{t('warnings')}</span>
          <span className={s.muted}>{analysis.warnings.length}</span>
        </div>
        <WarningList warnings={analysis.warnings} onSelect={onSelect} />
      </section>

      <div className={s.actions}>
        <Button appearance="primary" onClick={onNext} disabled={busy || !plan}>
          {t('nextWrite')}
        </Button>
      </div>
    </div>
  );
}

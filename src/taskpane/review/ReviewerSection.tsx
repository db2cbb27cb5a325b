/**
 * The reviewer's name and date, and the totals before and after the review as drafted so far.
 */
import { Field, Input } from '@fluentui/react-components';
import type { ReviewTotalsAfter } from '../../workbook/review';
import { useContext } from 'react';
import { gradeLabel, showScore } from '../format';
import { LangContext } from '../i18n';
import { useShared } from '../styles';
import { useReviewT } from './reviewStrings';

export interface ReviewerSectionProps {
  reviewer: string;
  date: string;
  totals: ReviewTotalsAfter;
  onReviewer(name: string): void;
  onDate(date: string): void;
}

export function ReviewerSection({ reviewer, date, totals, onReviewer, onDate }: ReviewerSectionProps) {
  const t = useReviewT();
  const { lang } = useContext(LangContext);
  const s = useShared();
  return (
    <section className={s.section}>
      <div className={s.row}>
        <Field label={t('reviewer')} required style={{ flex: '1 1 120px' }}>
          <Input value={reviewer} placeholder={t('reviewerPlaceholder')} onChange={(_, d) => onReviewer(d.value)} data-testid="review-reviewer" />
        </Field>
        <Field label={t('date')} required style={{ flex: '1 1 120px' }}>
          <Input value={date} onChange={(_, d) => onDate(d.value)} data-testid="review-date" />
        </Field>
      </div>
      <div className={s.stat} data-testid="review-totals">
        <span className={s.statLabel}>{t('totalsBefore')}</span>
        <span data-testid="review-total-before">
          {showScore(totals.before)}
          {t('gradeInParens', { grade: gradeLabel(totals.gradeBefore, lang) })}
        </span>
        <span className={s.statLabel}>{t('totalsAfter')}</span>
        <span data-testid="review-total-after">
          {showScore(totals.after)}
          {t('gradeInParens', { grade: gradeLabel(totals.gradeAfter, lang) })}
        </span>
        <span className={s.statLabel}>{t('openDisputes')}</span>
        <span data-testid="review-disputes">{totals.disputes}</span>
      </div>
    </section>
  );
}

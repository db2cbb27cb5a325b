/**
 * The review history the workbook keeps (hidden sheet), latest first: who, when, which leaf, what changed.
 */
import { Text } from '@fluentui/react-components';
import type { ReviewModel } from '../../workbook/review';
import { showScore } from '../format';
import { useShared } from '../styles';
import { statusKey, useReviewT } from './reviewStrings';

export function History({ model }: { model: ReviewModel }) {
  const t = useReviewT();
  const s = useShared();
  const entries = model.state.history.entries;
  return (
    <section className={s.section} data-testid="review-history">
      <span className={s.sectionTitle}>{t('history')}</span>
      {entries.length === 0 ? (
        <Text className={s.muted}>{t('historyEmpty')}</Text>
      ) : (
        <ul style={{ margin: 0, paddingLeft: 18, fontSize: 12 }}>
          {[...entries].reverse().map((e, i) => (
            <li key={i}>
              {t('historyLine', {
                batch: e.batch,
                reviewer: e.reviewer,
                date: e.date,
                leaf: e.path[e.path.length - 1] ?? '',
                status: t(statusKey(e.status)),
                scores:
                  e.new !== null && (e.old === null || !e.new.eq(e.old))
                    ? `${showScore(e.old)} → ${showScore(e.new)}`
                    : e.new === null && e.status === '有异议'
                      ? t('pending')
                      : showScore(e.new ?? e.old),
              })}
              {e.reason ? `：${e.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

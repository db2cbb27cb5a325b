/** The review's checkpoints: points, the highest grade the checks allow, and the judgement as typed. */
import { fixed } from '../../engine/decimal';
import type { TargetReview } from '../../workbook/targets';
import { useShared } from '../styles';
import { useTargetsT } from './targetsStrings';

export function CheckpointTable({ review }: { review: TargetReview }) {
  const t = useTargetsT();
  const s = useShared();
  const judged = review.checkpoints.filter((c) => c.state.kind === 'scored').length;
  return (
    <section className={s.section} data-testid="targets-review">
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{t('targetsReview')}</span>
      </div>
      <span className={s.muted}>{t('targetsJudgeHint', { sheet: review.sheet })}</span>
      <div className={s.tableWrap}>
        <table className={s.table}>
          <tbody>
            {review.checkpoints.map((c, i) => (
              <tr key={c.checkpoint.name} data-testid={`targets-checkpoint-${i}`}>
                <td>{c.checkpoint.part}</td>
                <td>{c.checkpoint.name}</td>
                <td>{c.checkpoint.points}</td>
                <td>{c.highest === '优' ? '' : t('targetsHighest', { grade: c.highest })}</td>
                <td title={c.state.kind === 'refused' ? c.state.message : undefined}>
                  {c.state.kind === 'scored' ? `${fixed(c.state.score)} ${c.state.grade}` : c.state.kind === 'pending' ? t('targetsPending') : t('targetsRefused')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <span data-testid="targets-total">
        {review.total !== null ? t('targetsTotal', { total: fixed(review.total), grade: review.grade ?? '' }) : t('targetsTotalPending', { n: judged, all: review.checkpoints.length })}
      </span>
      {review.problems.map((p) => (
        <span key={p} className={s.muted}>
          {p}
        </span>
      ))}
    </section>
  );
}

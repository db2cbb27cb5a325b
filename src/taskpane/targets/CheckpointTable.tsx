/** The review's checkpoints: points, the highest grade the checks allow, and the judgement as typed. */
import { fixed } from '../../engine/decimal';
import type { TargetReview } from '../../workbook/targets';
import { useContext } from 'react';
import { gradeLabel } from '../format';
import { LangContext } from '../i18n';
import { useShared } from '../styles';
import { useTargetsT } from './targetsStrings';

export function CheckpointTable({ review }: { review: TargetReview }) {
  const t = useTargetsT();
  const s = useShared();
  const { lang } = useContext(LangContext);
  const judged = review.checkpoints.filter((c) => c.state.kind === 'scored').length;
  return (
    <section className={s.section} data-testid="targets-review">
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{t('targetsReview')}</span>
      </div>
      <span className={s.muted}>{t('targetsJudgeHint', { sheet: review.sheet })}</span>
      <div className={s.tableWrap}>
        {/* each checkpoint is a group of two rows: its part and name across the whole width (a narrow
            pane must not squeeze them into columns two characters wide), then its points and judgement */}
        <table className={s.table}>
          {review.checkpoints.map((c, i) => (
            <tbody key={c.checkpoint.name} data-testid={`targets-checkpoint-${i}`}>
              <tr>
                <td colSpan={3} style={{ borderBottom: 'none', paddingBottom: 0, wordBreak: 'break-word' }} data-workbook>
                  {c.checkpoint.part} · {c.checkpoint.name}
                </td>
              </tr>
              <tr>
                <td className={s.num} style={{ textAlign: 'left', whiteSpace: 'nowrap' }}>{c.checkpoint.points}</td>
                <td style={{ whiteSpace: 'nowrap' }}>{c.highest === '优' ? '' : t('targetsHighest', { grade: gradeLabel(c.highest, lang) })}</td>
                <td style={{ whiteSpace: 'nowrap' }} title={c.state.kind === 'refused' ? c.state.message : undefined}>
                  {c.state.kind === 'scored' ? `${fixed(c.state.score)} ${gradeLabel(c.state.grade, lang)}` : c.state.kind === 'pending' ? t('targetsPending') : t('targetsRefused')}
                </td>
              </tr>
            </tbody>
          ))}
        </table>
      </div>
      <span data-testid="targets-total">
        {review.total !== null ? t('targetsTotal', { total: fixed(review.total), grade: review.grade ? gradeLabel(review.grade, lang) : '' }) : t('targetsTotalPending', { n: judged, all: review.checkpoints.length })}
      </span>
      {review.problems.map((p) => (
        <span key={p} className={s.muted} data-workbook>
          {p}
        </span>
      ))}
    </section>
  );
}

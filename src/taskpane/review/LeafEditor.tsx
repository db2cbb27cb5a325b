/**
 * The selected leaf: where it is, its self and computed score with how the score was computed, its
 * figures and findings, an earlier review; and the reviewer's status, 审核得分 and 审核意见 for it.
 */
import { Field, Input, Radio, RadioGroup, Text, Textarea } from '@fluentui/react-components';
import { REVIEW_STATUSES, type ReviewLeaf, type ReviewStatus } from '../../workbook/review';
import { showScore } from '../format';
import { useShared } from '../styles';
import type { Draft } from './reviewDraft';
import { statusKey, useReviewT } from './reviewStrings';

export interface LeafEditorProps {
  leaf: ReviewLeaf;
  draft: Draft | undefined;
  onChange(patch: Partial<Draft>): void;
}

export function LeafEditor({ leaf, draft, onChange }: LeafEditorProps) {
  const t = useReviewT();
  const s = useShared();
  const status = draft?.status ?? '未审';
  const note =
    leaf.status === 'scored' ? null : leaf.status === 'judgement' ? t('judgementNote') : leaf.status === 'missing-input' ? t('missingNote') : t('errorNote');
  return (
    <section className={s.section} data-testid="review-editor">
      <div className={s.sectionTitle}>
        {t('editorTitle')} <span data-workbook>{leaf.name}</span>
      </div>
      <div className={s.stat}>
        <span className={s.statLabel}>{t('path')}</span>
        <span data-workbook>{leaf.path.join(' / ')}</span>
        <span className={s.statLabel}>{t('scoreCell')}</span>
        <span className={s.mono} data-workbook>
          {leaf.scoreCell ? `${leaf.sheet}!${leaf.scoreCell}` : '—'}
        </span>
        <span className={s.statLabel}>{t('selfScore')}</span>
        <span>{showScore(leaf.selfScore)}</span>
        <span className={s.statLabel}>{t('systemScore')}</span>
        <span>
          {showScore(leaf.systemScore)}
          {note && <span className={s.muted}> ({note})</span>}
        </span>
      </div>
      {leaf.steps.length > 0 && (
        <div>
          <div className={s.muted}>{t('computedNote')}</div>
          <ul style={{ margin: '2px 0 0', paddingLeft: 18, fontSize: 12 }} data-workbook>
            {leaf.steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ul>
        </div>
      )}
      {leaf.figures.length > 0 && (
        <div>
          <div className={s.muted}>{t('leafFigures')}</div>
          <table className={s.table}>
            <tbody>
              {leaf.figures.map((f) => (
                <tr key={f.id}>
                  <td data-workbook>{f.label}</td>
                  <td className={f.missing ? s.missing : s.num}>{f.missing ? t('missingFigure') : f.display}</td>
                  <td className={s.mono} data-workbook>
                    {f.cell ?? ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div>
        <div className={s.muted}>{t('findings')}</div>
        {leaf.warnings.length === 0 ? (
          <Text size={200}>{t('noWarnings')}</Text>
        ) : (
          <ul style={{ margin: '2px 0 0', paddingLeft: 18, fontSize: 12 }} data-testid="review-leaf-warnings">
            {leaf.warnings.map((w, i) => (
              <li key={i}>
                <span data-workbook>
                  <span className={s.mono}>{w.address ? `${w.sheet}!${w.address}` : w.sheet}</span> {w.message}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      {leaf.prior && (
        <Text size={200}>
          {t('prior')}：
          {t('priorLine', {
            status: t(statusKey(leaf.prior.status)),
            score: showScore(leaf.prior.reviewedScore),
            reason: leaf.prior.reason ? `；${leaf.prior.reason}` : '',
          })}
        </Text>
      )}
      <Field label={t('status')}>
        <RadioGroup layout="horizontal" value={status} onChange={(_, d) => onChange({ status: d.value as ReviewStatus })} data-testid="review-status">
          {REVIEW_STATUSES.map((x) => (
            <Radio key={x} value={x} label={t(statusKey(x))} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t('reviewedScore')} hint={t('reviewedScoreHint', { max: showScore(leaf.max) })}>
        <Input
          value={draft?.score ?? ''}
          inputMode="decimal"
          // a score typed on a leaf still 未审 reviews it: otherwise the score would silently not count
          onChange={(_, d) => onChange(status === '未审' && d.value.trim() !== '' ? { score: d.value, status: '已审' } : { score: d.value })}
          data-testid="review-score"
        />
      </Field>
      <Field label={t('reason')} hint={t('reasonHint')}>
        <Textarea value={draft?.reason ?? ''} resize="vertical" onChange={(_, d) => onChange({ reason: d.value })} data-testid="review-reason" />
      </Field>
    </section>
  );
}

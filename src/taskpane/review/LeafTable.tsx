/**
 * Every leaf with its points, self, computed and reviewed score and status; a click selects it for
 * the editor, 采纳 accepts the score in force.
 */
import { Badge, Button, Text, tokens } from '@fluentui/react-components';
import { reviewedScore, type ReviewModel, type ReviewStatus } from '../../workbook/review';
import { showScore } from '../format';
import { useShared } from '../styles';
import type { ReviewTotalsAfter } from '../../workbook/review';
import { draftDecision, type Drafts } from './reviewDraft';
import { statusKey, useReviewT } from './reviewStrings';

function statusColour(status: ReviewStatus): 'informative' | 'success' | 'danger' {
  return status === '已审' ? 'success' : status === '有异议' ? 'danger' : 'informative';
}

export interface LeafTableProps {
  model: ReviewModel;
  drafts: Drafts;
  totals: ReviewTotalsAfter;
  selected: string | null;
  onSelect(key: string): void;
  onAccept(key: string): void;
}

export function LeafTable({ model, drafts, totals, selected, onSelect, onAccept }: LeafTableProps) {
  const t = useReviewT();
  const s = useShared();
  return (
    <section className={s.section}>
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{t('leavesTitle')}</span>
        <Text className={s.muted}>{t('leavesCount', { n: model.leaves.length, done: totals.reviewed, disputed: totals.disputes })}</Text>
      </div>
      <div className={s.tableWrap}>
        {/* each leaf is a group of two rows: its name across the whole width (a narrow pane must not
            squeeze it into a column two characters wide), then its figures under the headings */}
        <table className={s.table}>
          <thead>
            <tr>
              <th>{t('colPoints')}</th>
              <th className={s.num}>{t('colSelf')}</th>
              <th className={s.num}>{t('colSystem')}</th>
              <th className={s.num}>{t('colReviewed')}</th>
              <th style={{ whiteSpace: 'nowrap' }}>{t('colStatus')}</th>
              <th />
            </tr>
          </thead>
          {model.leaves.map((l, i) => {
            const draft = drafts[l.key];
            const status = draft?.status ?? '未审';
            const tint = l.key === selected ? tokens.colorBrandBackground2 : i % 2 ? tokens.colorNeutralBackground2 : tokens.colorNeutralBackground1;
            return (
              <tbody
                key={l.key}
                data-testid={`review-leaf-${i}`}
                aria-selected={l.key === selected}
                onClick={() => onSelect(l.key)}
                // a row outline is clipped by the scrolling table; the selected leaf is tinted instead
                style={{ cursor: 'pointer' }}
              >
                <tr style={{ backgroundColor: tint }}>
                  <td colSpan={6} title={l.path.join(' / ')} style={{ borderBottom: 'none', paddingBottom: 0, wordBreak: 'break-word' }} data-testid="leaf-name-review">
                    <span data-workbook>{l.name}</span>
                    {l.warnings.length > 0 && (
                      <Badge size="small" appearance="tint" color="warning" style={{ marginLeft: 4 }}>
                        {t('warningsBadge', { n: l.warnings.length })}
                      </Badge>
                    )}
                  </td>
                </tr>
                <tr style={{ backgroundColor: tint }}>
                  <td className={s.num} style={{ textAlign: 'left' }}>{showScore(l.max)}</td>
                  <td className={s.num}>{showScore(l.selfScore)}</td>
                  <td className={s.num}>{showScore(l.systemScore)}</td>
                  <td className={s.num}>{status === '未审' ? '' : showScore(reviewedScore(l, draftDecision(draft)))}</td>
                  <td style={{ whiteSpace: 'nowrap' }}>
                    <Badge size="small" appearance="outline" color={statusColour(status)}>
                      {t(statusKey(status))}
                    </Badge>
                  </td>
                  <td>
                    <Button
                      size="small"
                      appearance="subtle"
                      title={t('acceptTitle', { score: showScore(l.current) })}
                      data-testid={`review-accept-${i}`}
                      style={{ minWidth: 0, paddingLeft: 4, paddingRight: 4, whiteSpace: 'nowrap' }}
                      onClick={(e) => {
                        e.stopPropagation();
                        onAccept(l.key);
                      }}
                    >
                      {t('accept')}
                    </Button>
                  </td>
                </tr>
              </tbody>
            );
          })}
        </table>
      </div>
    </section>
  );
}

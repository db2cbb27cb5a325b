/**
 * The review write as previewed: each change, where, what was there, what will be.
 */
import { changeCount } from '../../workbook/plan';
import { Text } from '@fluentui/react-components';
import type { Analysis } from '../../workbook/analyse';
import type { WritePlan } from '../../workbook/port';
import { useShared } from '../styles';
import { PlanHead } from '../write/PlanHead';
import { describeChange } from '../write/planText';
import { useReviewT } from './reviewStrings';

export function PlanPreview({ plan, analysis }: { plan: WritePlan; analysis: Analysis }) {
  const t = useReviewT();
  const s = useShared();
  // the table's own sheet first: that is where the reviewer looks for what changes
  // column widths are layout, not content: a reviewer is not asked about them
  const rows = plan.changes
    .filter((c) => c.kind !== 'column-width')
    .map((c) => ({ c, line: describeChange(c, t) }))
    .sort((a, b) => Number(b.c.kind !== 'cell' || b.c.sheet === analysis.table.sheet) - Number(a.c.kind !== 'cell' || a.c.sheet === analysis.table.sheet));
  return (
    <section className={s.section} data-testid="review-plan">
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{plan.title}</span>
        <Text className={s.muted}>{t('planCount', { n: changeCount(plan) })}</Text>
      </div>
      <div className={s.tableWrap}>
        <table className={s.table}>
          <PlanHead />
          <tbody>
            {rows.map(({ line }, i) => (
              <tr key={i}>
                <td className={s.mono}>{line.where}</td>
                <td>{line.old}</td>
                <td style={{ whiteSpace: 'pre-wrap' }}>{line.next}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

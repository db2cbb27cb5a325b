/**
 * Every change of a plan, cell by cell, under the name of its sheet (said once, so a long sheet name
 * does not crowd out the addresses), 50 to a page.
 */
import type { WritePlan } from '../../workbook/port';
import { useT } from '../i18n';
import { useShared } from '../styles';
import { PlanHead } from '../write/PlanHead';
import { describeChange } from '../write/planText';
import { Pager } from '../paging/Pager';
import { usePaged } from '../paging/usePaged';

/** Visually hidden, still in the text: one line, so it never wraps a character at a time. */
const HIDDEN = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

export function CellChanges({ plan }: { plan: WritePlan }) {
  const t = useT();
  const s = useShared();
  const paged = usePaged(plan.changes);
  return (
    <>
      <div className={s.tableWrap}>
        <table className={s.table} data-testid="plan" style={{ tableLayout: 'fixed' }}>
          <colgroup>
            <col style={{ width: '22%' }} />
            <col style={{ width: '30%' }} />
            <col />
          </colgroup>
          <PlanHead />
          <tbody>
            {paged.shown.flatMap(({ item: change, index }) => {
              const d = describeChange(change, t);
              const sheetRow =
                index === 0 || plan.changes[index - 1].sheet !== change.sheet || paged.shown[0].index === index
                  ? [
                      <tr key={`sheet-${index}`} data-testid="plan-sheet">
                        <td colSpan={3} style={{ fontWeight: 600, wordBreak: 'break-word' }} data-workbook>
                          {change.sheet}
                        </td>
                      </tr>,
                    ]
                  : [];
              const where = d.where.startsWith(`${change.sheet}!`) ? d.where.slice(change.sheet.length + 1) : '';
              return [
                ...sheetRow,
                <tr key={index}>
                  <td>
                    {/* the sheet is said once above; read out (and found by search) with its sheet all the same */}
                    {where && <span style={HIDDEN}>{change.sheet}!</span>}
                    <span className={s.address}>{where}</span>
                  </td>
                  <td className={s.muted} data-workbook>
                    <span className={s.clamp} title={d.old}>
                      {d.old}
                    </span>
                  </td>
                  <td data-workbook>
                    <span className={s.clamp} title={d.next} style={{ fontWeight: typeof (change as { value?: unknown }).value === 'number' ? 600 : 400 }}>
                      {d.next}
                    </span>
                    {d.formula && (
                      <span className={`${s.mono} ${s.clamp}`} title={d.formula}>
                        {d.formula}
                      </span>
                    )}
                  </td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
      </div>
      <Pager paged={paged} label={t('planTitle')} />
    </>
  );
}

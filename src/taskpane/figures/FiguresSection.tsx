/**
 * 识别's 基础数据 (its own chunk, loaded with the first 识别): each figure found with its value and cell,
 * each missing one in red; 使用选中单元格 binds a missing figure to the cell the user selected in the
 * workbook (any sheet), 不是此数据 refuses a wrong match. Either is saved by a guarded, undoable write of
 * the settings sheet, after which 识别 runs over the workbook as written. Then every row's use.
 */
import { Button } from '@fluentui/react-components';
import type { Analysis } from '../../workbook/analyse';
import type { WorkbookSnapshot, WritePlan } from '../../workbook/port';
import { leavesOf } from '../../engine/treeWalk';
import { showFigure } from '../format';
import { usePort } from '../PortContext';
import { useShared } from '../styles';
import { Pill } from '../components/ui';
import { guardedApply, guardedUndo, type GuardedWrite } from '../write/guardedWrite';
import type { WriteLifecycle, WriteStep } from '../write/useWriteLifecycle';
import { BindingWrite } from './BindingWrite';
import { DataRowList } from './DataRowList';
import { figureName, planFigureBinding, REFUSED, selectionTarget } from './figureBinding';
import { useFigureT } from './figureStrings';

export interface FiguresSectionProps {
  analysis: Analysis;
  write: WriteLifecycle<GuardedWrite>;
  busy: WriteStep | 'detect' | null;
  /** the workbook as a write or an undo left it: `before` (as read to check) with `applied` */
  onApplied(before: WorkbookSnapshot, applied: WritePlan): void;
  onReload(): void;
}

export default function FiguresSection({ analysis, write, busy, onApplied, onReload }: FiguresSectionProps) {
  const t = useFigureT();
  const s = useShared();
  const { port } = usePort();
  const figures = [...analysis.figures.values()];
  const missing = [...new Set(leavesOf(analysis.scored.roots).flatMap((l) => l.missing))];
  const bindings = analysis.settings.figureBindings;
  const locked = !!busy || write.pending;

  // the selection is read when the user asks (one round trip); the plan is shown before anything is written
  const pick = (id: string) =>
    void write.preview(async () => {
      if (!port.getSelection) throw new Error('此表格程序不能读取选中的单元格：请在「基础数据」表中补上此数据项。');
      return planFigureBinding(analysis, id, selectionTarget(analysis.snapshot, await port.getSelection()));
    });
  const refuse = (id: string) => write.show(planFigureBinding(analysis, id, REFUSED));
  const save = () => {
    const plan = write.plan;
    if (plan) void write.write(() => guardedApply(port, plan), (made) => onApplied(made.before, made.written));
  };
  const undo = () => void write.undo((made) => guardedUndo(port, made.written), (undone) => onApplied(undone.before, undone.undo));

  return (
    <section className={s.section} aria-label={t('figures')}>
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{t('figures')}</span>
        <span className={s.row}>
          <Pill tone="good">{t('figuresFound', { n: figures.length })}</Pill>
          {missing.length > 0 && <Pill tone="danger">{t('figuresMissing', { n: missing.length })}</Pill>}
        </span>
      </div>
      <div className={s.tableWrap}>
        <table className={s.table}>
          <thead>
            <tr>
              <th>{t('colFigure')}</th>
              <th className={s.num}>{t('colValue')}</th>
              <th>{t('colCell')}</th>
            </tr>
          </thead>
          <tbody>
            {missing.map((id) => (
              <tr key={`missing-${id}`} data-testid="figure-missing">
                <td>
                  <div>{figureName(analysis, id)}</div>
                  <Button size="small" appearance="subtle" onClick={() => pick(id)} disabled={locked}>
                    {t('useSelection')}
                  </Button>
                </td>
                <td className={`${s.num} ${s.missing}`}>{bindings[id] === REFUSED ? t('refusedFigure') : t('missingFigure')}</td>
                <td>—</td>
              </tr>
            ))}
            {figures.map((f) => (
              <tr key={f.id} data-testid="figure-found">
                <td>
                  <div>{f.label}</div>
                  <Button size="small" appearance="subtle" onClick={() => refuse(f.id)} disabled={locked}>
                    {t('notThis')}
                  </Button>
                </td>
                <td className={s.num}>{showFigure(f.value, f.unit)}</td>
                <td className={s.mono} data-workbook>
                  {/* the sheet may break across lines, the address never does (a narrow pane put "B4" one character a line) */}
                  {f.sheet}!<span style={{ whiteSpace: 'nowrap' }}>{f.address}</span>
                  {f.how === 'setting' && <div className={s.muted}>{t('boundBy')}</div>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missing.length > 0 && <span className={s.muted}>{t('bindHint')}</span>}
      <BindingWrite write={write} busy={busy} onSave={save} onUndo={undo} onReload={onReload} />
      <DataRowList analysis={analysis} />
    </section>
  );
}

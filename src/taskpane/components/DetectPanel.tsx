/**
 * Step 1 (识别): the detected table, each leaf with its rule, where the rule came from and its
 * 评分标准 (LeavesSection), 确认规则 (handed in as `confirm`), the raw figures found or missing with
 * their cells, a way to choose another sheet or framework, and for the national project form its 评分设置.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { Detection, ScoringChoice } from '../session';
import { useT } from '../i18n';
import { useShared } from '../styles';
import { showFigure } from '../format';
import { Pill, SelectField, Spinner } from './ui';
import { ScoringSettings } from './ScoringSettings';
import { leavesOf } from '../../engine/treeWalk';

// the leaves with their rules, texts and corrections: loaded with the first 识别 (App starts it with the session)
const LeavesSection = lazy(() => import(/* webpackChunkName: "rules" */ './LeavesSection'));

export interface DetectPanelProps {
  detection: Detection | null;
  busy: boolean;
  onDetect(): void;
  onChoose(choice: { sheet?: string; framework?: string }): void;
  /** the leaf of override key `key` is to be scored by framework leaf `value`, 'none' (判断评分) or 'table' */
  onRule(key: string, value: string): void;
  /** the leaf's rule corrected in words (null: the correction dropped) */
  onEdit(key: string, text: string | null): void;
  /** 确认规则, shown under the leaves */
  confirm?: ReactNode;
  /** 评分设置 changed (national form): over-achievement threshold or reverse formula */
  onScoring(change: ScoringChoice): void;
  onNext(): void;
}

export function DetectPanel({ detection, busy, onDetect, onChoose, onRule, onEdit, confirm, onScoring, onNext }: DetectPanelProps) {
  const t = useT();
  const s = useShared();
  const analysis = detection?.analysis ?? null;
  const leaves = analysis ? leavesOf(analysis.scored.roots) : [];
  const figures = analysis ? [...analysis.figures.values()] : [];
  const missingIds = [...new Set(leaves.flatMap((l) => l.missing))];
  const figureLabel = (id: string) => analysis?.figureDefs[id]?.label ?? analysis?.framework.figures[id]?.label ?? id;
  const sheetNames = detection ? detection.snapshot.sheets.filter((x) => !x.hidden).map((x) => x.name) : [];

  return (
    <div role="tabpanel" aria-label={t('tabDetect')} style={{ display: 'flex', flexDirection: 'column', rowGap: 10 }}>
      <span className={s.intro}>{t('detectIntro')}</span>
      <div className={s.actions}>
        <Button appearance={detection ? 'secondary' : 'primary'} onClick={onDetect} disabled={busy} icon={busy ? <Spinner /> : undefined}>
          {detection ? t('redetectButton') : t('detectButton')}
        </Button>
        {busy && <span className={s.muted}>{t('detecting')}</span>}
      </div>

      {detection && (
        <section className={s.section} aria-label={t('tableFound')}>
          <div className={s.sectionHead}>
            <span className={s.sectionTitle}>{t('tableFound')}</span>
            {analysis && <Pill tone="brand">{analysis.table.range}</Pill>}
          </div>
          {analysis ? (
            <div className={s.stat}>
              <span className={s.statLabel}>{t('tableSheet')}</span>
              <span>{analysis.table.sheet}</span>
              <span className={s.statLabel}>{t('framework')}</span>
              <span>{analysis.framework.title}</span>
              {analysis.unitName && (
                <>
                  <span className={s.statLabel}>单位</span>
                  <span>
                    {analysis.unitName}
                    {analysis.year ? `（${analysis.year}年度）` : ''}
                  </span>
                </>
              )}
            </div>
          ) : (
            <span className={s.missing}>{detection.message ?? t('errorNoTable')}</span>
          )}
          {analysis && analysis.notes.length > 0 && (
            <ul className={s.muted} style={{ margin: 0, paddingLeft: 16 }}>
              {analysis.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          )}
          <div className={s.row}>
            <SelectField
              label={t('chooseSheet')}
              value={detection.choices.sheet ?? ''}
              onChange={(v) => onChoose({ sheet: v || undefined })}
              disabled={busy}
              options={[{ value: '', text: t('autoChoice') }, ...sheetNames.map((n) => ({ value: n, text: n }))]}
            />
            <SelectField
              label={t('chooseFramework')}
              value={detection.choices.framework ?? ''}
              onChange={(v) => onChoose({ framework: v || undefined })}
              disabled={busy}
              options={[{ value: '', text: t('autoChoice') }, ...detection.frameworks.map((f) => ({ value: f.id, text: f.title }))]}
            />
          </div>
        </section>
      )}

      {analysis && detection?.scoring && <ScoringSettings scoring={detection.scoring} busy={busy} onChange={onScoring} />}

      {analysis && detection && (
        <Suspense fallback={<Spinner label={t('leaves')} />}>
          <LeavesSection detection={detection} busy={busy} onRule={onRule} onEdit={onEdit} />
        </Suspense>
      )}

      {analysis && confirm}

      {analysis && (
        <section className={s.section} aria-label={t('figures')}>
          <div className={s.sectionHead}>
            <span className={s.sectionTitle}>{t('figures')}</span>
            <span className={s.row}>
              <Pill tone="good">{t('figuresFound', { n: figures.length })}</Pill>
              {missingIds.length > 0 && <Pill tone="danger">{t('figuresMissing', { n: missingIds.length })}</Pill>}
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
                {missingIds.map((id) => (
                  <tr key={`missing-${id}`}>
                    <td>{figureLabel(id)}</td>
                    <td className={`${s.num} ${s.missing}`}>{t('missingFigure')}</td>
                    <td>—</td>
                  </tr>
                ))}
                {figures.map((f) => (
                  <tr key={f.id}>
                    <td>{f.label}</td>
                    <td className={s.num}>{showFigure(f.value, f.unit)}</td>
                    <td className={s.mono}>
                      {f.sheet}!{f.address}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {missingIds.length > 0 && <span className={s.muted}>{t('missingHint')}</span>}
        </section>
      )}

      {analysis && (
        <div className={s.actions}>
          <Button appearance="primary" onClick={onNext} disabled={busy}>
            {t('nextScore')}
          </Button>
        </div>
      )}
    </div>
  );
}

/**
 * Step 1 (识别): the detected table, each leaf with its rule, where the rule came from and its
 * 评分标准 (LeavesSection), 确认规则 (handed in as `confirm`), the raw figures found or missing with
 * their cells (handed in as `figures`), a way to choose another sheet or framework, and for the national project form its 评分设置.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import type { Detection, ScoringChoice } from '../session';
import { useT } from '../i18n';
import { useShared } from '../styles';
import { Pill, SelectField, Spinner } from './ui';

// the leaves with their rules, texts and corrections: loaded with the first 识别 (App starts it with the session)
const LeavesSection = lazy(() => import(/* webpackChunkName: "rules" */ './LeavesSection'));
// the first-run view: a chunk of its own, so the pane's start stays small (it appears a moment after the button)
const FirstRun = lazy(() => import(/* webpackChunkName: "first-run" */ '../firstRun/FirstRun').then((m) => ({ default: m.FirstRun })));
// the national form's 评分设置, shown only once such a form is read
const ScoringSettings = lazy(() => import(/* webpackChunkName: "rules" */ './ScoringSettings').then((m) => ({ default: m.ScoringSettings })));

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
  /** 基础数据: each figure found or missing, its binding to a selected cell, every row's use */
  figures?: ReactNode;
  /** 评分设置 changed (national form): over-achievement threshold or reverse formula */
  onScoring(change: ScoringChoice): void;
  onNext(): void;
}

export function DetectPanel({ detection, busy, onDetect, onChoose, onRule, onEdit, confirm, figures, onScoring, onNext }: DetectPanelProps) {
  const t = useT();
  const s = useShared();
  const analysis = detection?.analysis ?? null;
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

      {!detection && (
        <Suspense fallback={null}>
          <FirstRun />
        </Suspense>
      )}

      {detection && (
        <section className={s.section} aria-label={t('tableFound')}>
          <div className={s.sectionHead}>
            <span className={s.sectionTitle}>{t('tableFound')}</span>
            {analysis && <Pill tone="brand">{analysis.table.range}</Pill>}
          </div>
          {analysis ? (
            <div className={s.stat}>
              <span className={s.statLabel}>{t('tableSheet')}</span>
              <span data-workbook>{analysis.table.sheet}</span>
              <span className={s.statLabel}>{t('framework')}</span>
              <span data-workbook>{analysis.framework.title}</span>
              {analysis.unitName && (
                <>
                  <span className={s.statLabel}>{t('unitName')}</span>
                  <span data-workbook>
                    {analysis.unitName}
                    {analysis.year ? t('unitYear', { year: analysis.year }) : ''}
                  </span>
                </>
              )}
            </div>
          ) : (
            <span className={s.missing} data-workbook data-testid="detect-message">
              {detection.message ?? t('errorNoTable')}
            </span>
          )}
          {analysis && analysis.notes.length > 0 && (
            <ul className={s.muted} style={{ margin: 0, paddingLeft: 16 }} data-workbook>
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

      {analysis && detection?.scoring && (
        <Suspense fallback={null}>
          <ScoringSettings scoring={detection.scoring} busy={busy} onChange={onScoring} />
        </Suspense>
      )}

      {analysis && detection && (
        <Suspense fallback={<Spinner label={t('leaves')} />}>
          <LeavesSection detection={detection} busy={busy} onRule={onRule} onEdit={onEdit} />
        </Suspense>
      )}

      {analysis && confirm}

      {analysis && figures}

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

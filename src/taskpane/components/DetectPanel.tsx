/**
 * Step 1 (识别): the detected table, each leaf with its rule or 判断评分 and a choice of another rule
 * (a mismatch fixed), the raw figures found or missing with their cells, a way to choose another
 * sheet or framework, and for the national project form its 评分设置.
 */
import { Button } from '@fluentui/react-components';
import type { Detection, ScoringChoice } from '../session';
import type { FrameworkGroup, FrameworkLeaf } from '../../frameworks/types';
import { useT } from '../i18n';
import { useShared } from '../styles';
import { ruleKindLabel, showFigure, showScore } from '../format';
import { CompactSelect, Pill, SelectField, Spinner, type SelectGroup } from './ui';
import { ScoringSettings } from './ScoringSettings';
import { leavesOf } from '../../engine/treeWalk';

export interface DetectPanelProps {
  detection: Detection | null;
  busy: boolean;
  onDetect(): void;
  onChoose(choice: { sheet?: string; framework?: string }): void;
  /** the leaf of override key `key` is to be scored by framework leaf `value`, or 'none' (判断评分) */
  onRule(key: string, value: string): void;
  /** 评分设置 changed (national form): over-achievement threshold or reverse formula */
  onScoring(change: ScoringChoice): void;
  onNext(): void;
}

function frameworkLeaf(nodes: (FrameworkGroup | FrameworkLeaf)[], id: string): FrameworkLeaf | null {
  for (const n of nodes) {
    if ('id' in n && n.id === id) return n;
    if ('children' in n) {
      const found = frameworkLeaf(n.children, id);
      if (found) return found;
    }
  }
  return null;
}

export function DetectPanel({ detection, busy, onDetect, onChoose, onRule, onScoring, onNext }: DetectPanelProps) {
  const t = useT();
  const s = useShared();
  const analysis = detection?.analysis ?? null;
  const leaves = analysis ? leavesOf(analysis.scored.roots) : [];
  const figures = analysis ? [...analysis.figures.values()] : [];
  const missingIds = [...new Set(leaves.flatMap((l) => l.missing))];
  const figureLabel = (id: string) => analysis?.figureDefs[id]?.label ?? analysis?.framework.figures[id]?.label ?? id;
  const sheetNames = detection ? detection.snapshot.sheets.filter((x) => !x.hidden).map((x) => x.name) : [];
  const rules = detection?.rules ?? null;
  const ruleGroups: SelectGroup[] = rules
    ? [
        { label: '', options: [{ value: 'none', text: t('ruleNone') }] },
        ...rules.groups.map((g) => ({ label: g.name, options: g.options.map((o) => ({ value: o.id, text: o.name })) })),
      ]
    : [];

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

      {analysis && (
        <section className={s.section} aria-label={t('leaves')}>
          <div className={s.sectionHead}>
            <span className={s.sectionTitle}>{t('leaves')}</span>
            <span className={s.muted}>{t('leafCount', { n: leaves.length, rules: leaves.filter((l) => l.ruleId).length })}</span>
          </div>
          <div className={s.tableWrap}>
            <table className={s.table} style={{ tableLayout: 'fixed' }}>
              <colgroup>
                <col />
                <col style={{ width: 44 }} />
                <col style={{ width: 48 }} />
              </colgroup>
              <thead>
                <tr>
                  <th>
                    {t('colIndicator')} · {t('colRule')}
                  </th>
                  <th className={s.num}>{t('colPoints')}</th>
                  <th className={s.num} title={t('colComputed')}>{t('colComputedShort')}</th>
                </tr>
              </thead>
              <tbody>
                {leaves.map((leaf, i) => {
                  const known = leaf.ruleId ? frameworkLeaf(analysis.framework.tree, leaf.ruleId) : null;
                  const choice = leaf.ref ? rules?.leaves[leaf.ref] : undefined;
                  return (
                    <tr key={`${leaf.ref ?? ''}-${i}`} title={leaf.steps.map((x) => x.text).join('\n')}>
                      <td>
                        <div style={{ wordBreak: 'break-word' }} data-testid="leaf-name">
                          {leaf.name}
                        </div>
                        <div className={s.row} style={{ columnGap: 4, rowGap: 3, marginTop: 3 }}>
                          <span className={s.row} style={{ columnGap: 4, rowGap: 2 }} data-testid="leaf-rule">
                            {leaf.ruleId ? (
                              <Pill tone={leaf.status === 'missing-input' ? 'caution' : 'good'}>{ruleKindLabel(known?.rule?.kind)}</Pill>
                            ) : (
                              <Pill tone="neutral">{t('ruleJudgement')}</Pill>
                            )}
                            {choice?.overridden && <Pill tone="brand">{t('ruleChanged')}</Pill>}
                          </span>
                          {choice && (
                            <span style={{ flex: '1 1 110px', minWidth: 0 }}>
                              <CompactSelect
                                label={t('ruleFor', { name: leaf.name })}
                                title={t('ruleHint')}
                                value={choice.current}
                                groups={ruleGroups}
                                marked={choice.overridden}
                                disabled={busy}
                                onChange={(v) => onRule(choice.key, v)}
                              />
                            </span>
                          )}
                        </div>
                      </td>
                      <td className={s.num}>{showScore(leaf.max)}</td>
                      <td className={s.num}>{showScore(leaf.score)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {rules && Object.keys(rules.leaves).length > 0 && <span className={s.muted}>{t('ruleHint')}</span>}
        </section>
      )}

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

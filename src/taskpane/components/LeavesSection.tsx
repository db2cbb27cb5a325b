/**
 * 识别's 三级指标: each leaf with its points and computed score, how it is scored (the rule kind, or
 * 判断评分), where its rule came from, its 评分标准 beside the rule read from it, and the choices: another
 * rule from the framework, the framework rule offered, or the rule corrected in words. Loaded with the
 * first 识别 (its own chunk, with 确认规则), not with the pane.
 */
import type { Detection } from '../session';
import { useContext } from 'react';
import { LangContext, useT } from '../i18n';
import { useShared } from '../styles';
import { ruleKindLabel, showScore } from '../format';
import { leavesOf } from '../../engine/treeWalk';
import { CompactSelect, Pill, type SelectGroup } from './ui';
import { LeafRuleText } from './LeafRuleText';
import { RuleSourceBadge } from './RuleSourceBadge';
import { Pager } from '../paging/Pager';
import { usePaged } from '../paging/usePaged';

export interface LeavesSectionProps {
  detection: Detection;
  busy: boolean;
  /** the leaf of override key `key` is to be scored by framework leaf `value`, 'none' (判断评分) or 'table' */
  onRule(key: string, value: string): void;
  /** the leaf's rule corrected in words (null: the correction dropped) */
  onEdit(key: string, text: string | null): void;
}

export default function LeavesSection({ detection, busy, onRule, onEdit }: LeavesSectionProps) {
  const t = useT();
  const { lang } = useContext(LangContext);
  const s = useShared();
  const analysis = detection.analysis;
  if (!analysis) return null;
  const leaves = leavesOf(analysis.scored.roots);
  const paged = usePaged(leaves);
  const rules = detection.rules;
  // the rule each leaf is scored by, as attached (a framework's, one read from the text, the form's)
  const kinds = new Map(analysis.layout.leaves.map((l) => [l.ref, l.rule?.kind]));
  const ruleGroups: SelectGroup[] = rules
    ? [
        { label: '', options: [{ value: 'none', text: t('ruleNone') }] },
        ...rules.groups.map((g) => ({ label: g.name, options: g.options.map((o) => ({ value: o.id, text: o.name })) })),
      ]
    : [];
  // a leaf scored by its own text (or that was, before a choice of this session) may go back to it
  const withTable: SelectGroup[] = [{ label: '', options: [{ value: 'table', text: t('ruleTable') }, ...(ruleGroups[0]?.options ?? [])] }, ...ruleGroups.slice(1)];

  return (
    <section className={s.section} aria-label={t('leaves')}>
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{t('leaves')}</span>
        <span className={s.muted}>{t('leafCount', { n: leaves.length, rules: leaves.filter((l) => l.ruleId).length })}</span>
      </div>
      <div className={s.tableWrap} style={{ maxHeight: 520 }}>
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
              <th className={s.num} title={t('colComputed')}>
                {t('colComputedShort')}
              </th>
            </tr>
          </thead>
          <tbody>
            {paged.shown.map(({ item: leaf, index: i }) => {
              const choice = leaf.ref ? rules?.leaves[leaf.ref] : undefined;
              const view = leaf.ref ? detection.leafRules[leaf.ref] : undefined;
              const kind = leaf.ref ? kinds.get(leaf.ref) : undefined;
              return (
                <tr key={`${leaf.ref ?? ''}-${i}`} title={leaf.steps.map((x) => x.text).join('\n')}>
                  <td>
                    <div style={{ wordBreak: 'break-word' }} data-testid="leaf-name" data-workbook>
                      {leaf.name}
                    </div>
                    <div className={s.row} style={{ columnGap: 4, rowGap: 3, marginTop: 3 }}>
                      <span className={s.row} style={{ columnGap: 4, rowGap: 2 }} data-testid="leaf-rule">
                        {leaf.ruleId ? (
                          <Pill tone={leaf.status === 'missing-input' ? 'caution' : 'good'}>{ruleKindLabel(kind, lang)}</Pill>
                        ) : (
                          // a judgement of its own (source 判断评分) is said once, by the source badge
                          view?.source !== 'none' && <Pill tone="neutral">{t('ruleJudgement')}</Pill>
                        )}
                        {choice?.overridden && <Pill tone="brand">{t('ruleChanged')}</Pill>}
                      </span>
                      {view && <RuleSourceBadge source={view.source} />}
                      {choice && (
                        <span style={{ flex: '1 1 110px', minWidth: 0 }}>
                          <CompactSelect
                            label={t('ruleFor', { name: leaf.name })}
                            title={t('ruleHint')}
                            value={choice.current}
                            groups={choice.natural === 'table' ? withTable : ruleGroups}
                            marked={choice.overridden}
                            disabled={busy}
                            onChange={(v) => onRule(choice.key, v)}
                          />
                        </span>
                      )}
                    </div>
                    {view && (
                      <LeafRuleText
                        // a new reading (confirmed, undone) closes a field opened on the old one
                        key={`${view.source}:${view.reading ?? ''}`}
                        view={view}
                        frameworkTitle={analysis.framework.title}
                        editText={detection.choices.ruleEdits?.[view.key]}
                        edit={detection.edits[view.key] ?? null}
                        busy={busy}
                        onRule={onRule}
                        onEdit={onEdit}
                      />
                    )}
                  </td>
                  <td className={s.num}>{showScore(leaf.max)}</td>
                  <td className={s.num}>{showScore(leaf.score)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <Pager paged={paged} label={t('leaves')} />
      {rules && Object.keys(rules.leaves).length > 0 && <span className={s.muted}>{t('ruleHint')}</span>}
    </section>
  );
}

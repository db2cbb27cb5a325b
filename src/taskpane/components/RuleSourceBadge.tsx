/**
 * Where a leaf's rule came from, as a small badge: 表内评分标准, 指标体系同名指标, 用户确认, 表式规则
 * or 判断评分 (the names of RULE_SOURCE_NAMES, in i18n.ts with their English).
 */
import type { RuleSource } from '../../workbook/read';
import { useT, type StringKey } from '../i18n';
import { Pill, type PillTone } from './ui';

export const SOURCE_STRINGS = {
  'table-text': 'sourceTableText',
  framework: 'sourceFramework',
  user: 'sourceUser',
  form: 'sourceForm',
  none: 'sourceNone',
} as const satisfies Record<RuleSource, StringKey>;

const TONES: Record<RuleSource, PillTone> = { 'table-text': 'good', framework: 'caution', user: 'brand', form: 'good', none: 'neutral' };

export function RuleSourceBadge({ source }: { source: RuleSource }) {
  const t = useT();
  return (
    <span data-testid="leaf-source" title={t('ruleSourceTitle')}>
      <Pill tone={TONES[source]}>{t(SOURCE_STRINGS[source])}</Pill>
    </span>
  );
}

/**
 * How a leaf's score was obtained, as a badge: 计算 / 自评核验 / 判断 / 缺数据, its meaning on hover.
 */
import { useT, type StringKey } from '../i18n';
import { Pill, type PillTone } from '../components/ui';
import type { ObtainedKind } from './indicatorRows';

export const OBTAINED: Record<ObtainedKind, { label: StringKey; hint: StringKey; tone: PillTone }> = {
  computed: { label: 'obtainedComputed', hint: 'obtainedComputedHint', tone: 'good' },
  selfChecked: { label: 'obtainedSelfChecked', hint: 'obtainedSelfCheckedHint', tone: 'brand' },
  judgement: { label: 'obtainedJudgement', hint: 'obtainedJudgementHint', tone: 'neutral' },
  missing: { label: 'obtainedMissing', hint: 'obtainedMissingHint', tone: 'caution' },
};

export function ObtainedBadge({ kind }: { kind: ObtainedKind }) {
  const t = useT();
  const o = OBTAINED[kind];
  return (
    <span data-testid="obtained" data-kind={kind} style={{ whiteSpace: 'nowrap' }}>
      <Pill tone={o.tone} title={t(o.hint)}>
        {t(o.label)}
      </Pill>
    </span>
  );
}

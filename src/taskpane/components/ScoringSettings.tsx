/**
 * 评分设置 in 识别, shown only for the national project form (its indicator rows come from the
 * workbook): 超额完成提示 off or on at a ratio of the target (100–300%, 130% by default), and the reverse
 * indicators' formula. A change re-analyses the snapshot already read; 写入 saves both in _perfscore.
 */
import { useEffect, useState } from 'react';
import { D } from '../../engine/decimal';
import type { ScoringChoice, ScoringSettings as InForce } from '../session';
import { useT } from '../i18n';
import { useShared } from '../styles';
import { CompactNumber, CompactSelect, Pill } from './ui';

const DEFAULT_PERCENT = '130';
const MIN_PERCENT = 100;
const MAX_PERCENT = 300;

/** "1.3" → "130" (a stored ratio that is not a number shows the default). */
function percentOf(ratio: string): string {
  try {
    return new D(ratio).times(100).toString();
  } catch {
    return DEFAULT_PERCENT;
  }
}

/** "130" or "130%" → "1.3"; null unless a number from 100 to 300. */
function ratioOf(text: string): string | null {
  const bare = text.trim().replace(/[%％]$/, '');
  if (!/^\d+(\.\d+)?$/.test(bare)) return null;
  const p = new D(bare);
  if (p.lt(MIN_PERCENT) || p.gt(MAX_PERCENT)) return null;
  return p.div(100).toString();
}

export interface ScoringSettingsProps {
  scoring: InForce;
  busy: boolean;
  onChange(change: ScoringChoice): void;
}

export function ScoringSettings({ scoring, busy, onChange }: ScoringSettingsProps) {
  const t = useT();
  const s = useShared();
  const threshold = scoring.overAchievementThreshold;
  const on = threshold !== null;
  const applied = on ? percentOf(threshold) : null;
  // what is typed: applied once it is a ratio from 100% to 300%, restored on leaving the box otherwise
  const [draft, setDraft] = useState(applied ?? DEFAULT_PERCENT);
  useEffect(() => {
    if (applied !== null) setDraft(applied);
  }, [applied]);
  const invalid = on && ratioOf(draft) === null;
  const changed = on || scoring.reverseFormula !== 'deviation';

  // the controls keep their width; a long label (English, a narrow pane) wraps instead
  const grid = { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', alignItems: 'center', columnGap: 10, rowGap: 6 } as const;
  return (
    <section className={s.section} aria-label={t('scoringSettings')}>
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{t('scoringSettings')}</span>
        {changed && <Pill tone="brand">{t('ruleChanged')}</Pill>}
      </div>
      <div style={grid} className={s.intro}>
        <span>{t('overAchievement')}</span>
        <span style={{ display: 'flex', alignItems: 'center', columnGap: 4, minWidth: 0 }}>
          <span style={{ flex: '0 0 62px' }}>
            <CompactSelect
              label={t('overAchievement')}
              value={on ? 'on' : 'off'}
              groups={[{ label: '', options: [{ value: 'off', text: t('optionOff') }, { value: 'on', text: t('optionOn') }] }]}
              marked={on}
              disabled={busy}
              onChange={(v) => onChange({ overAchievementThreshold: v === 'on' ? (ratioOf(draft) ?? ratioOf(DEFAULT_PERCENT)) : null })}
            />
          </span>
          {on && (
            <>
              <span aria-hidden>≥</span>
              <CompactNumber
                label={t('overAchievementRatio')}
                value={draft}
                min={MIN_PERCENT}
                max={MAX_PERCENT}
                step={5}
                marked
                invalid={invalid}
                disabled={busy}
                onChange={(v) => {
                  setDraft(v);
                  const ratio = ratioOf(v);
                  if (ratio !== null && ratio !== threshold) onChange({ overAchievementThreshold: ratio });
                }}
                onBlur={() => {
                  if (applied !== null && ratioOf(draft) === null) setDraft(applied);
                }}
              />
              <span aria-hidden>%</span>
            </>
          )}
        </span>
        <span>{t('reverseFormula')}</span>
        <span style={{ minWidth: 0 }}>
          <CompactSelect
            label={t('reverseFormula')}
            value={scoring.reverseFormula}
            groups={[
              {
                label: '',
                options: [
                  { value: 'deviation', text: t('reverseDeviation') },
                  { value: 'quotient', text: t('reverseQuotient') },
                ],
              },
            ]}
            marked={scoring.reverseFormula !== 'deviation'}
            disabled={busy}
            onChange={(v) => onChange({ reverseFormula: v === 'quotient' ? 'quotient' : 'deviation' })}
          />
        </span>
      </div>
      {invalid && <span className={s.missing}>{t('overAchievementInvalid')}</span>}
      <span className={s.muted}>{t('scoringHint')}</span>
    </section>
  );
}

/**
 * 确认规则 in 识别: how many rules the workbook will hold, the write plan as a preview (cell, old → new),
 * a guarded write of it and its undo, the same lifecycle as every other write of the pane. Refused when
 * a cell of the settings sheet changed since the preview; never while a correction does not read.
 */
import { changeCount } from '../../workbook/plan';
import { Button } from '@fluentui/react-components';
import type { ConfirmPreview } from '../ruleConfirm';
import type { RulesConfirmed } from '../session';
import { useT } from '../i18n';
import { useShared } from '../styles';
import { ConflictNotice } from '../write/ConflictNotice';
import { KeptNotice } from '../write/KeptNotice';
import { describeChange } from '../write/planText';
import type { WriteLifecycle, WriteStep } from '../write/useWriteLifecycle';
import { Notice, Spinner } from './ui';

export interface ConfirmRulesProps {
  preview: ConfirmPreview;
  write: WriteLifecycle<RulesConfirmed>;
  busy: WriteStep | 'detect' | null;
  onConfirm(): void;
  onUndo(): void;
  /** read the workbook again (after a refused write) */
  onReload(): void;
}

export default function ConfirmRules({ preview, write, busy, onConfirm, onUndo, onReload }: ConfirmRulesProps) {
  const t = useT();
  const s = useShared();
  const { conflicts, written, undone, kept, pending } = write;
  const { plan, unreadable } = preview;
  const blocked = unreadable.length > 0;
  const nothing = plan.changes.length === 0;
  return (
    <section className={s.section} aria-label={t('confirmTitle')} data-testid="confirm-rules">
      <div className={s.sectionHead}>
        <span className={s.sectionTitle}>{t('confirmTitle')}</span>
        {!nothing && <span className={s.muted}>{t('confirmCount', { rules: preview.rules, edited: preview.edited })}</span>}
      </div>
      <span className={s.intro}>{t('confirmIntro')}</span>
      {blocked && (
        <span className={s.missing} role="alert">
          {t('confirmBlocked', { n: unreadable.length, names: unreadable.map((k) => k.split('/').pop()).join('、') })}
        </span>
      )}
      {nothing && !pending && <span className={s.muted}>{t('confirmNothing')}</span>}
      {!nothing && !pending && (
        <details>
          <summary className={s.muted} style={{ cursor: 'pointer' }}>
            {t('confirmPreview', { n: changeCount(plan) })}
          </summary>
          <ul data-testid="confirm-plan" className={s.muted} style={{ margin: '4px 0 0', paddingLeft: 16, wordBreak: 'break-word' }}>
            {plan.changes.map((c, i) => {
              const line = describeChange(c, t);
              return <li key={i}>{line.old ? `${line.where}：${line.old} → ${line.next}` : `${line.where}：${line.next}`}</li>;
            })}
          </ul>
        </details>
      )}
      <div className={s.actions}>
        <Button
          appearance="primary"
          onClick={onConfirm}
          disabled={!!busy || pending || blocked || nothing || (!!conflicts && conflicts.length > 0)}
          icon={busy === 'write' ? <Spinner /> : undefined}
        >
          {busy === 'write' ? t('confirming') : t('confirmButton')}
        </Button>
        <Button appearance="secondary" onClick={onUndo} disabled={!!busy || !pending} icon={busy === 'undo' ? <Spinner /> : undefined}>
          {t('confirmUndo')}
        </Button>
      </div>
      {conflicts && conflicts.length > 0 && (
        <ConflictNotice
          conflicts={conflicts}
          testId="confirm-conflicts"
          hint={t('confirmReloadHint')}
          action={
            <Button size="small" appearance="primary" onClick={onReload} disabled={!!busy} style={{ whiteSpace: 'nowrap', flexShrink: 0 }}>
              {t('redetectButton')}
            </Button>
          }
        />
      )}
      {written && pending && <Notice intent="success">{t('confirmWritten', { n: preview.rules })}</Notice>}
      {undone && <Notice intent="info">{t('confirmUndone', { n: undone.restored })}</Notice>}
      {undone && kept.length > 0 && <KeptNotice kept={kept} testId="confirm-undo-kept" />}
    </section>
  );
}

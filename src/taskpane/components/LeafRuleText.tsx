/**
 * Under a leaf in 识别: its 评分标准 as written beside the rule read from it in plain Chinese, why it is
 * scored so, a framework rule of the same name that was offered and not applied (to choose it), and the
 * rule corrected in words. Workbook text is shown as text, wrapped, never cut.
 */
import { useState } from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { LeafRuleView } from '../leafRules';
import type { RuleEdit } from '../ruleEdits';
import { useT } from '../i18n';
import { RuleEditor } from './RuleEditor';
import { Pill } from './ui';

const useStyles = makeStyles({
  // each part a paragraph led by its label, so the text wraps over the cell's whole width
  box: { display: 'flex', flexDirection: 'column', rowGap: '2px', marginTop: '4px', fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  part: { wordBreak: 'break-word', whiteSpace: 'pre-wrap' },
  label: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightSemibold, marginRight: '4px' },
  note: { color: tokens.colorNeutralForeground3, wordBreak: 'break-word' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: '4px', rowGap: '2px', marginTop: '3px', alignItems: 'center' },
  // a long label wraps, left-aligned, instead of a centred block
  wrapButton: { height: 'auto', minHeight: '24px', textAlign: 'left', justifyContent: 'flex-start', whiteSpace: 'normal', paddingTop: '2px', paddingBottom: '2px' },
});

export interface LeafRuleTextProps {
  view: LeafRuleView;
  frameworkTitle: string;
  /** the correction typed for this leaf, and how it reads (null: as the rule shown) */
  editText: string | undefined;
  edit: RuleEdit | null;
  busy: boolean;
  /** choose the offered framework leaf (an override) */
  onRule(key: string, value: string): void;
  onEdit(key: string, text: string | null): void;
}

export function LeafRuleText({ view, frameworkTitle, editText, edit, busy, onRule, onEdit }: LeafRuleTextProps) {
  const t = useT();
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const editing = open || editText !== undefined;
  return (
    <div data-testid="leaf-rule-text">
      <div className={s.box}>
        {view.standard && (
          <div className={s.part}>
            <span className={s.label}>{t('ruleStandard')}</span>
            <span data-testid="leaf-standard">{view.standard}</span>
          </div>
        )}
        {view.reading && (
          <div className={s.part}>
            <span className={s.label}>{t('ruleReading')}</span>
            <span data-testid="leaf-reading">{view.reading}</span>
          </div>
        )}
        <div className={s.note}>
          <span className={s.label}>{t('ruleNote')}</span>
          <span data-testid="leaf-note">{view.note}</span>
        </div>
      </div>
      <div className={s.actions}>
        {view.offered && (
          <Button size="small" appearance="subtle" className={s.wrapButton} disabled={busy} onClick={() => onRule(view.key, view.offered!.id)}>
            {t('ruleUseOffered', { framework: frameworkTitle, name: view.offered.name })}
          </Button>
        )}
        {view.editable && !editing && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => setOpen(true)}>
            {t('ruleEditButton')}
          </Button>
        )}
        {editing && edit && <Pill tone="brand">{t('ruleEdited')}</Pill>}
        {editing && (
          <Button
            size="small"
            appearance="subtle"
            disabled={busy}
            onClick={() => {
              setOpen(false);
              onEdit(view.key, null);
            }}
          >
            {editText !== undefined ? t('ruleEditDrop') : t('ruleEditClose')}
          </Button>
        )}
      </div>
      {editing && (
        <RuleEditor name={view.name} text={editText ?? view.reading ?? view.standard ?? ''} edit={edit} idle={t(view.reading ? 'ruleEditSame' : 'ruleEditEmpty')} disabled={busy} onChange={(text) => onEdit(view.key, text)} />
      )}
    </div>
  );
}

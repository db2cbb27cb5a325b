/**
 * One leaf's rule corrected in plain words: a field holding the rule as read, and under it, as the user
 * types, the rule read back from what is written, or in red why it does not read as a rule (and so
 * will not be saved). The reading itself is the session's (parseStandard), handed in as `edit`.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { RuleEdit } from '../ruleEdits';
import { useT, type Translate } from '../i18n';
import { useShared } from '../styles';
import { TextField } from './ui';

const useStyles = makeStyles({
  reads: { color: tokens.colorPaletteGreenForeground1 },
});

/** What the field's text reads as, in the pane's language. */
export function editMessage(t: Translate, edit: RuleEdit): string {
  const p = edit.problem;
  if (!p) return t('ruleEditReads', { text: edit.printed ?? '' });
  switch (p.kind) {
    case 'empty':
      return t('ruleEditEmpty');
    case 'judgement':
      return t('ruleEditJudgement', { why: p.why });
    case 'ambiguous':
      return t('ruleEditAmbiguous', { why: p.why });
    case 'not-understood':
      return t('ruleEditNotUnderstood', { why: p.why });
    case 'unsupported':
      return t('ruleEditUnsupported', { why: p.why });
  }
}

export interface RuleEditorProps {
  name: string;
  /** the text in the field */
  text: string;
  /** how it reads; null: nothing typed yet, or it reads as the rule already shown */
  edit: RuleEdit | null;
  /** what to say while `edit` is null */
  idle: string;
  disabled: boolean;
  onChange(text: string): void;
}

export function RuleEditor({ name, text, edit, idle, disabled, onChange }: RuleEditorProps) {
  const t = useT();
  const s = useStyles();
  const shared = useShared();
  const bad = !!edit?.problem;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', rowGap: 3 }}>
      <TextField label={t('ruleEditLabel', { name })} value={text} invalid={bad} disabled={disabled} onChange={onChange} />
      <span role="status" data-testid="rule-edit-reading" className={bad ? shared.missing : edit ? s.reads : shared.muted} style={{ fontSize: 12, wordBreak: 'break-word' }}>
        {edit ? editMessage(t, edit) : idle}
      </span>
    </div>
  );
}

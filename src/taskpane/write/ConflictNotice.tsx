/**
 * A refused write in 写入 and 报告: nothing was written, these cells changed since the preview, and
 * `hint` says how to start again (with a button as `action` beside the text or as `children` below it).
 */
import type { ReactNode } from 'react';
import type { Conflict } from '../../workbook/plan';
import { Notice } from '../components/ui';
import { useT } from '../i18n';
import { ConflictLines } from './ConflictLines';

export interface ConflictNoticeProps {
  conflicts: readonly Conflict[];
  testId: string;
  hint: string;
  action?: ReactNode;
  children?: ReactNode;
}

export function ConflictNotice({ conflicts, testId, hint, action, children }: ConflictNoticeProps) {
  const t = useT();
  return (
    <Notice intent="warning" title={t('conflictTitle')} action={action}>
      <div data-testid={testId}>
        {t('conflictIntro')}
        <ConflictLines conflicts={conflicts} before="preview" />
        <div style={{ marginTop: 4 }}>{hint}</div>
      </div>
      {children}
    </Notice>
  );
}

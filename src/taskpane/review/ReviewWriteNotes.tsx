/**
 * What became of the review write: refused (the cells that changed, and a reload that keeps the
 * reviewer's entries), written or undone, and the cells an undo left as they are.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Conflict } from '../../workbook/plan';
import { ConflictLines } from '../write/ConflictLines';
import { useReviewT } from './reviewStrings';

export interface ReviewWriteNotesProps {
  conflicts: Conflict[] | null;
  notice: string | null;
  kept: Conflict[];
  /** another action is under way */
  busy: boolean;
  onReload(): void;
}

export function ReviewWriteNotes({ conflicts, notice, kept, busy, onReload }: ReviewWriteNotesProps) {
  const t = useReviewT();
  return (
    <>
      {conflicts && conflicts.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="review-conflicts">
          <MessageBarBody>
            <MessageBarTitle>{t('conflictTitle')}</MessageBarTitle>
            {t('conflictIntro')}
            <ConflictLines conflicts={conflicts} before="preview" />
            {t('reviewConflictHint')}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={onReload} disabled={busy} data-testid="review-reload">
              {t('reviewReload')}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="success" data-testid="review-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {kept.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="review-kept">
          <MessageBarBody>
            {t('keptIntro')}
            <ConflictLines conflicts={kept} before="written" />
          </MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}

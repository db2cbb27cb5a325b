/**
 * 预览, 写入 and 撤销 of the review, each showing when it is at work.
 */
import { Button, Spinner } from '@fluentui/react-components';
import { useShared } from '../styles';
import type { WriteStep } from '../write/useWriteLifecycle';
import { useReviewT } from './reviewStrings';

export interface ReviewActionsProps {
  /** entries to write and no problem with them, nothing under way */
  canWrite: boolean;
  /** a write not undone yet, nothing under way */
  canUndo: boolean;
  busy: WriteStep | 'reload' | null;
  onPreview(): void;
  onApply(): void;
  onUndo(): void;
}

export function ReviewActions({ canWrite, canUndo, busy, onPreview, onApply, onUndo }: ReviewActionsProps) {
  const t = useReviewT();
  const s = useShared();
  return (
    <div className={s.actions}>
      <Button appearance="secondary" onClick={onPreview} disabled={!canWrite} data-testid="review-preview">
        {t('previewButton')}
      </Button>
      <Button appearance="primary" onClick={onApply} disabled={!canWrite} icon={busy === 'write' ? <Spinner size="tiny" /> : undefined} data-testid="review-apply">
        {busy === 'write' ? t('writing') : t('applyButton')}
      </Button>
      <Button appearance="secondary" onClick={onUndo} disabled={!canUndo} icon={busy === 'undo' ? <Spinner size="tiny" /> : undefined} data-testid="review-undo">
        {busy === 'undo' ? t('undoing') : t('undoReview')}
      </Button>
    </div>
  );
}

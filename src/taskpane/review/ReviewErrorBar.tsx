/**
 * What went wrong in the 审核 view, kept until dismissed; a refused review lists its problems one a line.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useReviewT } from './reviewStrings';

export function ReviewErrorBar({ error, onDismiss }: { error: string; onDismiss(): void }) {
  const t = useReviewT();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="review-error">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        <span style={{ whiteSpace: 'pre-wrap' }}>{error}</span>
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

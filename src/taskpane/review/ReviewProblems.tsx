/**
 * What stops the review as drafted from being written (a score that is not a number, a missing reason…).
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useReviewT } from './reviewStrings';

export function ReviewProblems({ problems }: { problems: string[] }) {
  const t = useReviewT();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="review-problems">
      <MessageBarBody>
        <MessageBarTitle>{t('problemsTitle')}</MessageBarTitle>
        {problems.map((p) => (
          <div key={p}>{p}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * Before a score write: the cells of ours the user edited since we wrote them. The plan leaves them as
 * they are; `onOverwrite` builds it again writing over them, which the user must ask for.
 */
import { Button } from '@fluentui/react-components';
import type { EditedCell } from '../../workbook/port';
import { Lines, Notice } from '../components/ui';
import { useT } from '../i18n';
import { editedLines } from './planText';

export function EditedNotice({ edited, onOverwrite, disabled }: { edited: readonly EditedCell[]; onOverwrite(): void; disabled: boolean }) {
  const t = useT();
  return (
    <Notice intent="warning">
      <div data-testid="write-edited">
        {t('editedIntro')}
        <Lines lines={editedLines(t, edited)} />
        <Button size="small" appearance="secondary" onClick={onOverwrite} disabled={disabled}>
          {t('overwriteEdited')}
        </Button>
      </div>
    </Notice>
  );
}

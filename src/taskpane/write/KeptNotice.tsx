/**
 * After an undo in 写入 and 报告: the cells it left as they are, because they were edited after the write.
 */
import type { Conflict } from '../../workbook/plan';
import { Notice } from '../components/ui';
import { useT } from '../i18n';
import { ConflictLines } from './ConflictLines';

export function KeptNotice({ kept, testId }: { kept: readonly Conflict[]; testId: string }) {
  const t = useT();
  return (
    <Notice intent="warning">
      <div data-testid={testId}>
        {t('keptIntro')}
        <ConflictLines conflicts={kept} before="written" />
      </div>
    </Notice>
  );
}

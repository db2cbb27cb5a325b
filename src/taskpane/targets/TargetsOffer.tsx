/** Shown under 识别 when the workbook holds a 绩效目标表: the way to 目标审核, with or without a scoring table. */
import { Button } from '@fluentui/react-components';
import { Notice } from '../components/ui';
import { useTargetsT } from './targetsStrings';

export function TargetsOffer({ onOpen }: { onOpen(): void }) {
  const t = useTargetsT();
  return (
    <Notice intent="info" action={<Button size="small" appearance="primary" data-testid="targets-offer" onClick={onOpen}>{t('targetsOpen')}</Button>}>
      {t('targetsOffer')}
    </Notice>
  );
}

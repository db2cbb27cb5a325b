/** Shown under 识别 when the workbook holds a monitoring form: the way to 运行监控. */
import { Button } from '@fluentui/react-components';
import { Notice } from '../components/ui';
import { useMonitorT } from './monitorStrings';

export function MonitorOffer({ onOpen }: { onOpen(): void }) {
  const t = useMonitorT();
  return (
    <Notice intent="info" action={<Button size="small" appearance="primary" data-testid="monitor-offer" onClick={onOpen}>{t('monitorOpen')}</Button>}>
      {t('monitorOffer')}
    </Notice>
  );
}

/** A warning light as the pane shows it: its word (in the pane's language) on its fill, never the colour alone. */
import { LIGHT_FILLS, type Light } from '../../engine/monitoring';
import { useMonitorT } from './monitorStrings';

export function LightBadge({ light }: { light: Light | null }) {
  const t = useMonitorT();
  return (
    <span
      data-light={light ?? 'none'}
      style={{ background: light ? LIGHT_FILLS[light] : 'transparent', border: '1px solid #999', borderRadius: 4, padding: '0 6px', whiteSpace: 'nowrap', fontWeight: light === 'red' ? 600 : 400 }}
    >
      {light ? t(`light_${light}`) : t('lightUnknown')}
    </span>
  );
}

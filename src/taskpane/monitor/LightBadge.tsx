/** A warning light as the pane shows it: its word on its fill, never the colour alone. */
import { LIGHT_FILLS, LIGHT_NAMES, type Light } from '../../engine/monitoring';

export function LightBadge({ light, unknown }: { light: Light | null; unknown: string }) {
  return (
    <span
      data-light={light ?? 'none'}
      style={{ background: light ? LIGHT_FILLS[light] : 'transparent', border: '1px solid #999', borderRadius: 4, padding: '0 6px', whiteSpace: 'nowrap', fontWeight: light === 'red' ? 600 : 400 }}
    >
      {light ? LIGHT_NAMES[light] : unknown}
    </span>
  );
}

import type { Dec } from './decimal';
import type { Grade } from './tree.types';

/** National grade bands: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60. */
export function gradeOf(total: Dec): Grade {
  if (total.greaterThanOrEqualTo(90)) return '优';
  if (total.greaterThanOrEqualTo(80)) return '良';
  if (total.greaterThanOrEqualTo(60)) return '中';
  return '差';
}

import { roundHalfUp, type Dec } from './decimal';
import type { Grade } from './tree.types';

/** National grade bands: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 (on a 100-point scale). */
export function gradeOf(total: Dec): Grade {
  if (total.greaterThanOrEqualTo(90)) return '优';
  if (total.greaterThanOrEqualTo(80)) return '良';
  if (total.greaterThanOrEqualTo(60)) return '中';
  return '差';
}

/**
 * The total on the 100-point scale the bands are written for: total ÷ max × 100, rounded half up to 2
 * places, when the points do not add up to 100; undefined when they do (or there are none).
 */
export function percentOf(total: Dec, max: Dec): Dec | undefined {
  return !max.eq(100) && max.greaterThan(0) ? roundHalfUp(total.div(max).times(100)) : undefined;
}

/** The grade of a total out of `max` points: every grade of a table is given by this one function. */
export function gradeFor(total: Dec, max: Dec): Grade {
  return gradeOf(percentOf(total, max) ?? total);
}

import { D, roundHalfUp, type Dec } from './decimal';
import type { Grade } from './tree.types';

/**
 * The lowest total (on a 100-point scale) of each grade above 差. The national bands are 90 / 80 / 60;
 * some deployments grade at 80 / 70 / 60, so the bands are a setting.
 */
export interface GradeBands {
  优: string;
  良: string;
  中: string;
}

export const NATIONAL_GRADE_BANDS: GradeBands = { 优: '90', 良: '80', 中: '60' };

/** The grade of a total on the 100-point scale: 优 ≥ 90, 良 80–<90, 中 60–<80, 差 < 60 by default. */
export function gradeOf(total: Dec, bands: GradeBands = NATIONAL_GRADE_BANDS): Grade {
  if (total.greaterThanOrEqualTo(bands.优)) return '优';
  if (total.greaterThanOrEqualTo(bands.良)) return '良';
  if (total.greaterThanOrEqualTo(bands.中)) return '中';
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
export function gradeFor(total: Dec, max: Dec, bands: GradeBands = NATIONAL_GRADE_BANDS): Grade {
  return gradeOf(percentOf(total, max) ?? total, bands);
}

/** "80/70/60" (also with 、，, or spaces between) → bands; null unless three numbers fall from 100 to 0. */
export function parseGradeBands(text: string): GradeBands | null {
  const parts = text
    .trim()
    .split(/\s*[/／、，,\s]\s*/)
    .filter((p) => p !== '');
  if (parts.length !== 3 || !parts.every((p) => /^\d+(\.\d+)?$/.test(p))) return null;
  const [a, b, c] = parts.map((p) => new D(p));
  if (!(a.lte(100) && a.gt(b) && b.gt(c) && c.gt(0))) return null;
  return { 优: a.toString(), 良: b.toString(), 中: c.toString() };
}

/** "90/80/60": the bands as a setting stores and a message shows them. */
export function printGradeBands(bands: GradeBands): string {
  return `${bands.优}/${bands.良}/${bands.中}`;
}

export function isNationalBands(bands: GradeBands): boolean {
  return printGradeBands(bands) === printGradeBands(NATIONAL_GRADE_BANDS);
}

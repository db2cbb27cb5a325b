import type { RedFlag } from './redFlags';
import { riskOf } from './redFlags';

export interface RiskRanked<T> {
  unit: T;
  risk: number;
  /** 1 for the riskiest unit; units of equal risk share no rank (the order among them is by name) */
  rank: number;
  sampled: boolean;
}

/**
 * Ranks units by risk, heaviest first, and marks the first `size` of them as the sample to re-check.
 * Ties go to the unit with more signs, then by name, so the same batch always gives the same sample
 * (a reviewer must be able to say why a unit was drawn). When fewer units than `size` show a sign, the
 * sample is filled with units showing none, in name order, so the sample has the size the reviewer set.
 */
export function sampleByRisk<T>(units: readonly T[], flagsOf: (unit: T) => readonly RedFlag[], nameOf: (unit: T) => string, size: number): RiskRanked<T>[] {
  const ranked = units.map((unit) => ({ unit, flags: flagsOf(unit), name: nameOf(unit) }));
  ranked.sort((a, b) => riskOf(b.flags) - riskOf(a.flags) || b.flags.length - a.flags.length || compareNames(a.name, b.name));
  return ranked.map((r, i) => ({ unit: r.unit, risk: riskOf(r.flags), rank: i + 1, sampled: i < size }));
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

import type { Analysis } from '../../src/workbook/analyse/analysis.types';

/**
 * Comparisons of the real-form corpus the reader does not meet yet, each with the reason: they run as
 * `it.failing`, so they show in the output and turn red the day they start to pass.
 */
export const GAPS: Record<string, Record<string, string>> = {};

/**
 * Comparisons where we hold the truth file wrong: the check runs against our reading of the rules, and
 * the title carries the reason. The truth file itself is left as transcribed.
 */
export const DISPUTES: Record<string, Record<string, { reason: string; check: (a: Analysis | Error) => void }>> = {};

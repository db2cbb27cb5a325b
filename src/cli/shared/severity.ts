import type { Severity } from '../../workbook/checks';

/** Most severe first, the order both the score summary and the review's summary workbook list findings in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

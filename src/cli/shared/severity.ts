import type { Severity } from '../../workbook/checks';

/** How a finding's severity reads in the score summary and in the review's summary workbook. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/** Most severe first, the order both list findings in. */
export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info'];

import type { Warning } from '../checks';

/**
 * The findings of a monitoring run, each with its sheet and cell and a Chinese message that states
 * the figures. A catalogue of its own: these are not findings of the year-end scoring.
 */
export const MONITOR_FINDINGS = {
  MONITOR_RED_WITHOUT_CAUSE: '红灯未说明偏差原因',
  MONITOR_DEVIATION_WITHOUT_CAUSE: '偏差较大未说明原因',
  MONITOR_LIKELIHOOD_CONTRADICTS: '完成可能性与全年预计不符',
  MONITOR_LIKELIHOOD_MISSING: '未选择完成可能性',
  MONITOR_FORECAST_OVER_BUDGET: '全年预计执行数超过预算',
  MONITOR_UNREADABLE: '无法判断预警灯',
  MONITOR_SETTING_IGNORED: '预警阈值设置无效',
} as const satisfies Record<string, string>;

export type MonitorFindingCode = keyof typeof MONITOR_FINDINGS;

/** A check finding (sheet, cell, severity, message) under the monitoring catalogue's own code. */
export type MonitorFinding = Omit<Warning, 'code'> & { code: MonitorFindingCode };

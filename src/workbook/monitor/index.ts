/**
 * The `monitor/` room's door: 绩效运行监控 (mid-year monitoring). It comes after `review/`: it reads
 * through `read/`, and plans through `plan/`'s verification and undo; no earlier room uses it.
 */
export * from './monitorForm.types';
export * from './month';
export * from './readMonitorForm';
export * from './monitorFinding';
export * from './evaluateMonitor';
export * from './monitorWorkbook';
export * from './monitorReport';
export * from './planMonitor';
export * from './carryForward';

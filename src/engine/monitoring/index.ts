/** 绩效运行监控's warning lights and their thresholds: pure, exact, no workbook. */
export * from './lights';
export * from './thresholds';

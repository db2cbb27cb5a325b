export type Severity = 'error' | 'warning' | 'info';

/** A finding about the workbook: code, severity, where, and a Chinese message that states the figures. */
export interface Warning {
  code: string;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell, or null for a sheet-wide finding */
  address: string | null;
  message: string;
}

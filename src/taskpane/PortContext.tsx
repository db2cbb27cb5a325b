/**
 * The workbook port reaches components through context: no component talks to Office or WPS.
 */
import { createContext, useContext } from 'react';
import type { WorkbookPort } from '../workbook/port';

export interface PortValue {
  port: WorkbookPort;
  /** shown in the header, e.g. Excel or WPS 表格 */
  hostLabel: string;
  /** which host, so the header can name it in the pane's language */
  host?: 'excel' | 'wps';
  /** opens an .xlsx (base64) in a new window where the host documents a way; null: offer a download */
  openWorkbook: ((base64: string) => Promise<void>) | null;
}

export const PortContext = createContext<PortValue | null>(null);

export function usePort(): PortValue {
  const value = useContext(PortContext);
  if (!value) throw new Error('PortContext missing: render inside <PortContext.Provider>');
  return value;
}

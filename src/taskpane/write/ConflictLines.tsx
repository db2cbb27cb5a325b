/**
 * The cells a write was refused for ('preview': changed since the preview) or an undo left alone
 * ('written': edited since the write), one line each.
 */
import type { Conflict } from '../../workbook/plan';
import { Lines } from '../components/ui';
import { useT } from '../i18n';
import { conflictLines } from './planText';

export function ConflictLines({ conflicts, before }: { conflicts: readonly Conflict[]; before: 'preview' | 'written' }) {
  const t = useT();
  return <Lines lines={conflictLines(t, conflicts, before)} />;
}

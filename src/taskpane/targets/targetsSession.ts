/**
 * The 目标审核 view's work on a snapshot: the first 绩效目标表 found, its findings, its review and the
 * plan that writes them. Pure, so the view only reads and writes through the port.
 */
import type { WorkbookSnapshot, WritePlan } from '../../workbook/port';
import { checkTargets, planTargetReview, readTargetSheets, reviewTargets, type TargetFinding, type TargetReview, type TargetSheet } from '../../workbook/targets';

export interface TargetsState {
  target: TargetSheet;
  findings: TargetFinding[];
  review: TargetReview;
  /** other 绩效目标表 sheets of the workbook, reviewed one at a time on the command line */
  others: string[];
  plan: WritePlan;
}

export function reviewSnapshot(snapshot: WorkbookSnapshot): TargetsState | null {
  const [target, ...rest] = readTargetSheets(snapshot);
  if (!target) return null;
  const findings = checkTargets(target);
  const review = reviewTargets(snapshot, target, findings);
  return { target, findings, review, others: rest.map((t) => t.sheet), plan: planTargetReview(snapshot, target, findings, review) };
}

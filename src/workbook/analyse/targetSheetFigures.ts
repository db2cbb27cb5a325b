import { D } from '../../engine/decimal';
import type { FigureDef } from '../../frameworks/types';
import type { FoundFigure } from '../read';
import type { WorkbookSnapshot } from '../port';
import { targetEvidence, type TargetEvidenceItem } from '../targets';

/**
 * A department framework's target-setting figures taken from the workbook's 绩效目标表 (Shenzhen's
 * 绩效指标明确性 items 2–4). A checklist whose other items are the reviewer's (tasks broken down, targets
 * grounded) is computed only when 基础数据 gives at least one of those: otherwise the leaf stays a
 * judgement, as the framework says, and what the 绩效目标表 shows is listed in the notes beside it.
 * A figure typed in 基础数据 is the unit's statement and is kept; a reading that disagrees is noted.
 */

const MAX_REASONS = 3;

function said(met: boolean): string {
  return met ? '是' : '否';
}

function reasonsText(item: TargetEvidenceItem): string {
  const shown = item.reasons.slice(0, MAX_REASONS).join('；');
  return item.reasons.length > MAX_REASONS ? `${shown}；等共 ${item.reasons.length} 项` : shown;
}

/** "indicator-clarity.effects" → "indicator-clarity": the figures of one leaf share their prefix. */
function leafOf(id: string): string {
  return id.split('.')[0];
}

export function targetSheetFigures(snapshot: WorkbookSnapshot, figureDefs: Record<string, FigureDef>, given: ReadonlyMap<string, FoundFigure>): { figures: Map<string, FoundFigure>; notes: string[] } {
  const figures = new Map<string, FoundFigure>();
  const notes: string[] = [];
  const answerable = Object.entries(figureDefs).filter(([, def]) => def.fromTargetSheet !== undefined);
  if (answerable.length === 0) return { figures, notes };
  const evidence = targetEvidence(snapshot);
  if (evidence === null) return { figures, notes };
  notes.push(
    `从绩效目标表 ${evidence.sheets.map((s) => `“${s}”`).join('、')} 读取目标设置情况${evidence.nonconforming.length > 0 ? `；有错误的：${evidence.nonconforming.join('；')}` : '，未发现错误'}（是否全覆盖、是否符合要求由评价人判断）。`,
  );
  for (const [id, def] of answerable) {
    const item = evidence[def.fromTargetSheet!];
    const own = given.get(id);
    if (own !== undefined) {
      const ownMet = typeof own.value === 'string' ? null : own.value.eq(1);
      if (ownMet !== item.met) notes.push(`${def.label}：基础数据填写为“${own.source}”，绩效目标表显示为“${said(item.met)}”（${reasonsText(item)}），按基础数据计分。`);
      continue;
    }
    const others = Object.keys(figureDefs).filter((other) => leafOf(other) === leafOf(id) && figureDefs[other].fromTargetSheet === undefined);
    const judged = others.length > 0 && !others.some((other) => given.has(other));
    if (judged) {
      notes.push(`${def.label}（判断项，供参考）：绩效目标表显示为“${said(item.met)}”（${reasonsText(item)}）。`);
      continue;
    }
    figures.set(id, { id, label: def.label, value: new D(item.met ? 1 : 0), unit: def.unit, sheet: item.sheet, address: item.address, source: `${said(item.met)}（从绩效目标表读出：${reasonsText(item)}）` });
    notes.push(`${def.label}：从绩效目标表读出为“${said(item.met)}”（${reasonsText(item)}）。`);
  }
  return { figures, notes };
}

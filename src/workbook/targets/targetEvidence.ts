import { sheetCell } from '../read';
import type { WorkbookSnapshot } from '../port';
import { checkTargets } from './checks';
import { readTargetSheets } from './readTargetSheet';
import { TARGET_FINDINGS } from './targetFindings';

/**
 * What a department framework's own target-setting leaves can take from the workbook's 绩效目标表
 * sheets (Shenzhen's 绩效指标明确性 items 2–4): whether the indicators include 社会 / 经济 / 生态效益
 * indicators, whether every 指标值 is clear and measurable (no value missing, no figure without sign or
 * unit, no phrase where a figure is expected), and whether any indicator is quantified. Each answer
 * comes with its reasons and the cell that shows it. Items that need a reviewer's view (tasks broken
 * down, targets grounded) are not here.
 */
export interface TargetEvidenceItem {
  met: boolean;
  sheet: string;
  /** the cell that shows the answer: the first indicator that meets it, or the first that fails */
  address: string;
  reasons: string[];
}

export interface TargetEvidence {
  /** the 绩效目标表 sheets read */
  sheets: string[];
  effects: TargetEvidenceItem;
  measurable: TargetEvidenceItem;
  quantified: TargetEvidenceItem;
  /** each sheet with error findings, for the 绩效目标完整性 judgement (listed, never counted for it) */
  nonconforming: string[];
}

const EFFECT = /(社会|经济|生态)效益/;

export function targetEvidence(snapshot: WorkbookSnapshot): TargetEvidence | null {
  const targets = readTargetSheets(snapshot);
  if (targets.length === 0) return null;
  const all = targets.flatMap((t) => t.indicators.map((i) => ({ t, i })));
  const first = targets[0];
  const fallback = { sheet: first.sheet, address: first.range.split(':')[0] };
  const findings = targets.map((t) => ({ t, findings: checkTargets(t) }));

  const effect = all.find(({ i }) => EFFECT.test(i.level2) && i.value.kind !== 'blank');
  const effects: TargetEvidenceItem = effect
    ? { met: true, sheet: effect.t.sheet, address: effect.i.valueCell, reasons: [`${sheetCell(effect.t.sheet, effect.i.valueCell)}「${effect.i.name}」为${effect.i.level2}`] }
    : { met: false, ...fallback, reasons: ['绩效目标表中没有填写指标值的社会、经济或生态效益指标'] };

  const unclear = findings.flatMap(({ findings: f }) => f.filter((x) => x.code === 'TARGET_VALUE_MISSING' || x.code === 'TARGET_NOT_QUANTIFIED' || x.code === 'TARGET_PHRASE'));
  const measurable: TargetEvidenceItem =
    unclear.length === 0
      ? { met: true, ...fallback, reasons: [`${all.length} 项指标的指标值均有数值、符号和单位，或为时限`] }
      : { met: false, sheet: unclear[0].sheet, address: unclear[0].address ?? fallback.address, reasons: unclear.map((f) => `${TARGET_FINDINGS[f.code]}：${f.message}`) };

  const number = all.find(({ i }) => i.value.kind === 'number');
  const quantified: TargetEvidenceItem = number
    ? { met: true, sheet: number.t.sheet, address: number.i.valueCell, reasons: [`${sheetCell(number.t.sheet, number.i.valueCell)}「${number.i.name}」为定量指标“${number.i.value.text}”`] }
    : { met: false, ...fallback, reasons: ['绩效目标表中没有定量指标'] };

  const nonconforming = findings.filter(({ findings: f }) => f.some((x) => x.severity === 'error')).map(({ t, findings: f }) => `${t.sheet}：${f.filter((x) => x.severity === 'error').map((x) => x.message).join('；')}`);
  return { sheets: targets.map((t) => t.sheet), effects, measurable, quantified, nonconforming };
}

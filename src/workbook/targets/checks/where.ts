import { sheetCell } from '../../read';
import type { TargetIndicator, TargetSheet } from '../targetSheet.types';

/** "绩效目标表!E12「服务周期内空气质量」": the cell and the indicator, as every message starts. */
export function indicatorAt(target: TargetSheet, indicator: TargetIndicator, cell: string = indicator.valueCell): string {
  const name = indicator.name !== '' ? indicator.name : `${indicator.level2 || indicator.level1}（未填指标名称）`;
  return `${sheetCell(target.sheet, cell)}「${name}」`;
}

import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { D } from '../src/engine/decimal';
import { buildShenzhen } from '../scripts/make-examples';

/** A small deterministic pseudo-random sequence (mulberry32), so every run generates the same units. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One unit's workbook: the Shenzhen 评分表 layout and a 基础数据 sheet whose amounts, rates and counts
 * vary by unit (amounts scaled with exact decimals, rates and counts drawn per unit); the self-scores
 * stay, so each run also writes a 系统评分 column and compares.
 */
export function unitWorkbook(index: number): ExcelJS.Workbook {
  const next = random(index + 1);
  const wb = buildShenzhen();
  const data = wb.getWorksheet('基础数据')!;
  const scale = new D(50 + Math.floor(next() * 300)).dividedBy(100);
  data.eachRow((row, r) => {
    if (r === 1) return;
    const label = String(row.getCell(1).value ?? '');
    const cell = row.getCell(2);
    if (label === '单位名称') cell.value = `示例单位${String(index + 1).padStart(3, '0')}`;
    else if (typeof cell.value === 'number' && label !== '年度') {
      const unit = String(row.getCell(3).value ?? '');
      if (unit === '万元') cell.value = new D(cell.value).times(scale).toDecimalPlaces(2).toNumber();
      else if (unit === '%') cell.value = new D(Math.floor(next() * 40) + 70).dividedBy(100).toNumber();
      else cell.value = D.max(1, new D(cell.value).times(scale).toDecimalPlaces(0)).toNumber();
    }
  });
  return wb;
}

/** Writes `count` unit workbooks into `dir` and returns their paths. */
export async function writeUnitWorkbooks(dir: string, count: number): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const file = path.join(dir, `unit-${String(i + 1).padStart(3, '0')}.xlsx`);
    await unitWorkbook(i).xlsx.writeFile(file);
    files.push(file);
  }
  return files;
}

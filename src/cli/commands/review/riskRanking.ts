import type ExcelJS from 'exceljs';
import { explainRisk, RED_FLAGS, sampleByRisk, type RedFlag, type RiskRanked } from '../../../workbook/review';
import type { UnitScored } from './unitResult';

export const RISK_SHEET = '抽评建议';

const HEADERS = ['风险排名', '是否抽取', '序号', '单位名称', '文件', '风险分', '风险信号及位置'];
const WIDTHS = [10, 10, 6, 28, 40, 8, 100];

/** What the ranking keeps of each unit: a few short fields, so 20,000 units stay a few megabytes. */
interface Ranked {
  index: number;
  name: string;
  file: string;
  flags: RedFlag[];
}

/**
 * The units of a batch ranked by the signs reviewers look for, and the sample to re-check drawn from
 * the top (抽评 by risk rather than at random). Each row explains its rank: the signs, their weights and
 * the first cells where each was seen; the weights themselves are listed under the ranking.
 */
export class RiskRanking {
  private readonly units: Ranked[] = [];
  private ranked: RiskRanked<Ranked>[] | null = null;

  constructor(private readonly size: number) {}

  add(u: UnitScored, index: number, file: string): void {
    this.units.push({ index, name: u.unit ?? file, file, flags: u.redFlags });
    this.ranked = null;
  }

  private ranking(): RiskRanked<Ranked>[] {
    this.ranked ??= sampleByRisk(this.units, (u) => u.flags, (u) => u.name, this.size);
    return this.ranked;
  }

  sampled(): { name: string; risk: number }[] {
    return this.ranking()
      .filter((r) => r.sampled)
      .map((r) => ({ name: r.unit.name, risk: r.risk }));
  }

  write(ws: ExcelJS.Worksheet, addHeader: (ws: ExcelJS.Worksheet, headers: string[], widths: number[]) => void, stored: (row: unknown[]) => unknown[]): void {
    addHeader(ws, HEADERS, WIDTHS);
    for (const r of this.ranking()) {
      ws.addRow(stored([r.rank, r.sampled ? '抽取' : null, r.unit.index, r.unit.name, r.unit.file, r.risk, placesText(r.unit.flags)])).commit();
    }
    ws.addRow([]).commit();
    ws.addRow([`按风险分从高到低排列，抽取前 ${this.size} 个单位；同分时信号多者在前，再按单位名称。风险分为所见信号的权重之和，每种信号每个单位只计一次。`]).commit();
    ws.addRow(['风险信号', '权重']).commit();
    for (const kind of RED_FLAGS.values()) ws.addRow([kind.name, kind.weight]).commit();
    ws.commit();
  }

  json(): unknown {
    return {
      size: this.size,
      weights: [...RED_FLAGS].map(([code, kind]) => ({ code, name: kind.name, weight: kind.weight })),
      ranking: this.ranking().map((r) => ({ rank: r.rank, sampled: r.sampled, file: r.unit.file, unit: r.unit.name, risk: r.risk })),
    };
  }
}

/** "风险 8：…" followed by where each sign was seen. */
function placesText(flags: RedFlag[]): string {
  if (flags.length === 0) return explainRisk(flags);
  const places = flags.map((f) => `${f.name}：${f.cells.join('、')}${f.count > f.cells.length ? ` 等 ${f.count} 处` : ''}`);
  return `${explainRisk(flags)}。${places.join('；')}`;
}

/**
 * Shenzhen's 绩效指标明确性 (7 points: 细化分解 2, 效益指标 2, 清晰可衡量 1, 可量化 1, 测算有依据 1) from
 * the workbook's 绩效目标表. Worked by hand for the form below: it has a 社会效益 indicator with a value
 * (效益 → 是), a 质量 row written "良好" (清晰可衡量 → 否), and figures such as ≥200件 (可量化 → 是).
 * With 基础数据 giving 细化分解 是 and 测算有依据 否 the leaf is 2 + 2 + 0 + 1 + 0 = 5; without them it stays
 * the unit's judgement (7 as typed) and the readings are listed beside it.
 */
import type { CellValue, WorkbookSnapshot } from '../../../src/workbook/port';
import { analyse, type Analysis } from '../../../src/workbook';
import { leavesOf } from '../../../src/engine/treeWalk';
import { sheet, shenzhenDataRows, shenzhenTableRows } from '../fixtures';

const E = null;
const TARGET_ROWS: CellValue[][] = [
  ['2024年部门整体支出绩效目标表', E, E, E],
  ['年度总体目标', '保障科技交流服务工作有序开展', E, E],
  ['一级指标', '二级指标', '三级指标', '指标值'],
  ['产出指标', '数量指标', '组织交流活动', '≥200件'],
  [E, '质量指标', '服务质量', '良好'],
  ['效益指标', '社会效益指标', '服务企业数', '≥300家'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥90%'],
];

function workbook(extra: CellValue[][]): WorkbookSnapshot {
  return {
    sheets: [sheet('评分表', shenzhenTableRows()), sheet('基础数据', [...shenzhenDataRows(), ...extra]), sheet('绩效目标表', TARGET_ROWS)],
    name: 'shenzhen-2024.xlsx',
  };
}

function run(extra: CellValue[][]): Analysis {
  const result = analyse(workbook(extra), { framework: 'shenzhen-2024-department' });
  if (!result.ok) throw new Error(result.message);
  return result.analysis;
}

const clarity = (a: Analysis) => leavesOf(a.scored.roots).find((l) => l.name === '绩效指标明确性')!;

describe('绩效指标明确性 from the 绩效目标表', () => {
  it('is computed when 基础数据 gives the reviewer items: 2 + 2 + 0 + 1 + 0 = 5', () => {
    const a = run([
      ['绩效指标细化分解为具体工作任务', '是', E, E],
      ['目标值测算有依据', '否', E, E],
    ]);
    expect(clarity(a).score!.toString()).toBe('5');
    expect(a.figures.get('indicator-clarity.measurable')).toMatchObject({ sheet: '绩效目标表', address: 'D5' });
    expect(a.figures.get('indicator-clarity.effects')!.source).toBe('是（从绩效目标表读出：绩效目标表!D6「服务企业数」为社会效益指标）');
    expect(a.notes).toContain('绩效指标值清晰可衡量：从绩效目标表读出为“否”（应为数值的指标填写了定性表述：绩效目标表!D5「服务质量」：质量指标应以数值表述，填写的是定性表述“良好”。）。');
  });

  it('stays the unit’s judgement without them, with the readings listed beside it', () => {
    const a = run([]);
    expect(clarity(a).score!.toString()).toBe('7');
    expect(a.figures.has('indicator-clarity.effects')).toBe(false);
    expect(a.notes).toContain('绩效指标包含可量化指标（判断项，供参考）：绩效目标表显示为“是”（绩效目标表!D4「组织交流活动」为定量指标“≥200件”）。');
  });
});

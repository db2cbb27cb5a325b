/**
 * The 绩效目标审核 score over the 湘潭 2023 form, and its write plan. Worked by hand: the form's checks
 * find 0 faults of 规范完整性 (→ 优 allowed) and 3 of 明确清晰性 (two signs missing, one phrase → at most
 * 中, below 8.00 of 10). With the judgements below the total is 9.5 + 7 + 6.5 + 7 + 6 + 7 + 13 + 15 + 9 +
 * 8.5 = 88.5, graded 良 (80–<90).
 */
import { D } from '../../../src/engine/decimal';
import type { CellValue, WorkbookSnapshot } from '../../../src/workbook/port';
import { applyToSnapshot, invertPlan, verifyPlan } from '../../../src/workbook/plan';
import { checkTargets, FIRST_CHECKPOINT_ROW, planTargetReview, readTargetSheets, REVIEW_CHECKPOINTS, reviewTargets } from '../../../src/workbook/targets';
import { xiangtanSnapshot } from '../../fixtures/targets/xiangtan-2023';

function run(snapshot: WorkbookSnapshot) {
  const [target] = readTargetSheets(snapshot);
  const findings = checkTargets(target);
  const review = reviewTargets(snapshot, target, findings);
  return { target, findings, review, plan: planTargetReview(snapshot, target, findings, review) };
}

/** The snapshot with a reviewer's 等级 (E) and 得分 (F) typed on the review sheet, by checkpoint name. */
function typed(snapshot: WorkbookSnapshot, judgements: Record<string, [CellValue, CellValue]>): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((s) => {
    if (s.name !== '目标审核') return s;
    const values = s.values.map((r) => [...r]);
    REVIEW_CHECKPOINTS.forEach((c, i) => {
      const j = judgements[c.name];
      if (!j) return;
      const row = values[FIRST_CHECKPOINT_ROW + i];
      while (row.length < 6) row.push(null);
      [row[4], row[5]] = j;
    });
    return { ...s, values };
  });
  return { ...snapshot, sheets };
}

const GOOD: Record<string, [CellValue, CellValue]> = {
  规范完整性: ['优', 9.5],
  明确清晰性: [null, 7],
  '目标相关性①': [null, 6.5],
  '目标相关性②': ['良', '7'],
  '指标科学性①': [null, 6],
  '指标科学性②': [null, 7],
  绩效合理性: [null, 13],
  资金匹配性: [null, 15],
  实现可能性: [null, 9],
  条件充分性: [null, 8.5],
};

describe('a first run', () => {
  const before = xiangtanSnapshot();
  const { review, plan } = run(before);

  it('bounds 明确清晰性 at 中 from its three findings and leaves the others at 优', () => {
    expect(review.checkpoints.map((c) => [c.checkpoint.name, c.highest, c.bounding.length])).toEqual([
      ['规范完整性', '优', 0],
      ['明确清晰性', '中', 3],
      ['目标相关性①', '优', 0],
      ['目标相关性②', '优', 0],
      ['指标科学性①', '优', 0],
      ['指标科学性②', '优', 0],
      ['绩效合理性', '优', 0],
      ['资金匹配性', '优', 0],
      ['实现可能性', '优', 0],
      ['条件充分性', '优', 0],
    ]);
    expect(review.total).toBeNull();
    expect(review.checkpoints.every((c) => c.state.kind === 'pending')).toBe(true);
  });

  it('adds the 目标审核 sheet and never touches the 绩效目标表', () => {
    expect(plan.changes[0]).toEqual({ kind: 'add-sheet', sheet: '目标审核' });
    expect(plan.changes.every((c) => c.sheet === '目标审核')).toBe(true);
    // counted by hand: A1; A2–D2; 8 headers; 10 checkpoints × 4 + 明确清晰性's findings; 合计, 100 and 待评;
    // 检查发现, 4 headers and 3 findings × 4; blank cells are not written. Then the sheet and 8 widths.
    expect(plan.changes.filter((c) => c.kind === 'cell')).toHaveLength(1 + 4 + 8 + 41 + 3 + 17);
    expect(plan.changes).toHaveLength(1 + 74 + 8);
    const after = applyToSnapshot(before, plan);
    const sheet = after.sheets.find((s) => s.name === '目标审核')!;
    expect(sheet.values[4].slice(0, 4)).toEqual(['完整性', '明确清晰性', 10, '中（低于 8.00 分）']);
    expect(sheet.values[13][5]).toBe('待评（已评 0/10 项）');
    expect(sheet.values[17].slice(0, 4)).toEqual(['定量指标缺少数值、符号或单位', '警告', '绩效目标申报表!E9', '绩效目标申报表!E9「雾炮车降尘抑尘服务配备车辆数」：指标值“10辆”缺少符号（≥、≤ 或 =）。']);
    expect(sheet.values).toHaveLength(20);
  });

  it('is undone to the workbook as it was', () => {
    const after = applyToSnapshot(before, plan);
    expect(applyToSnapshot(after, invertPlan(plan)).sheets).toEqual(applyToSnapshot(before, { title: '', changes: [] }).sheets);
  });
});

describe('judgements typed by the reviewer', () => {
  const first = xiangtanSnapshot();
  const written = applyToSnapshot(first, run(first).plan);

  it('total 88.5, 良, written under the judgements without touching them', () => {
    const snapshot = typed(written, GOOD);
    const { review, plan } = run(snapshot);
    expect(review.problems).toEqual([]);
    expect(review.total!.eq(new D('88.5'))).toBe(true);
    expect(review.grade).toBe('良');
    expect(review.checkpoints.map((c) => (c.state.kind === 'scored' ? c.state.grade : c.state.kind))).toEqual(['优', '中', '优', '良', '中', '优', '良', '优', '优', '良']);
    expect(plan.title).toBe('更新目标审核结果');
    expect(plan.changes.map((c) => (c.kind === 'cell' ? [c.address, c.value] : c.kind))).toEqual([
      ['E14', '良'],
      ['F14', 88.5],
    ]);
  });

  it('refuses each judgement out of its band, naming the cell', () => {
    const snapshot = typed(written, { ...GOOD, 明确清晰性: [null, 8.5], '目标相关性②': ['优', 7], 资金匹配性: [null, 16], 条件充分性: ['良', null], 实现可能性: [null, '九'] });
    const { review } = run(snapshot);
    expect(review.total).toBeNull();
    expect(review.problems).toEqual([
      '目标审核!F5「明确清晰性」：得分 8.50 属良档，自动检查发现问题后本项最高评为中（6.00–<8.00 分）。',
      '目标审核!F7「目标相关性②」：等级“优”与得分 7.00 不符：优档为 7.20–8.00 分，该得分属良档。',
      '目标审核!F11「资金匹配性」：得分 16.00 高于分值 15.00。',
      '目标审核!F12「实现可能性」：得分“九”不是数字。',
      '目标审核!F13「条件充分性」：已选等级“良”，请填写得分（良档为 8.00–<9.00 分）。',
    ]);
  });

  it('a plan is refused when a judgement changes before it is written', () => {
    const snapshot = typed(written, GOOD);
    const { plan } = run(snapshot);
    const changed = typed(snapshot, { 资金匹配性: [null, 12] });
    const { conflicts } = verifyPlan(changed, plan);
    expect(conflicts.map((c) => [c.kind, c.sheet, c.address])).toEqual([['basis', '目标审核', 'F11']]);
    expect(verifyPlan(snapshot, plan).conflicts).toEqual([]);
  });
});

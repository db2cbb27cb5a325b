import { exampleSnapshot } from '../narrative/fixtures';
import { analysed } from '../workbook/helpers';
import { leavesOf } from '../../src/engine/treeWalk';
import { emptySettings, settingsChanges } from '../../src/workbook/read';
import { applyToSnapshot } from '../../src/workbook/plan';

/**
 * examples/national-project.xlsx scored by 财预〔2021〕101号 (domain.md §9), worked by hand:
 * - 执行率 111 ÷ 120 = 92.50%: in 80%–<100% → 7;
 * - 举办科普活动场次 22 against ≥20 → 10;
 * - 培训参与人次 480 ÷ 500 = 96% → (96% − 60%) ÷ 40% × 10 = 9.00;
 * - 活动验收合格率 100% against =100% → 10;
 * - 项目完成时限 33 天 against ≤30 天: completion 1 − (33 − 30) ÷ 30 = 90% → (90% − 60%) ÷ 40% × 10 = 7.50;
 * - 单场活动平均成本 4.8 against ≤5 万元 → 10;
 * - 青少年科学素养 基本达成, typed 11.25 of 15 (within 部分达成's 60%–<80%) → 11.25;
 * - 科普工作长效机制 达成, typed 15 → 15;
 * - 参与学生满意度 88%: 80%–<90% → 80% × 10 = 8.00.
 * Total 7 + 10 + 9 + 10 + 7.5 + 10 + 11.25 + 15 + 8 = 87.75: 良.
 */
const BY_HAND: Record<string, string> = {
  预算执行率: '7.00',
  举办科普活动场次: '10.00',
  培训参与人次: '9.00',
  活动验收合格率: '10.00',
  项目完成时限: '7.50',
  单场活动平均成本: '10.00',
  青少年科学素养: '11.25',
  科普工作长效机制: '15.00',
  参与学生满意度: '8.00',
};

describe('财预〔2021〕101号 (central-project-2021)', () => {
  it('scores the national example by the central rules when selected', async () => {
    const a = analysed(await exampleSnapshot('national-project.xlsx'), { framework: 'central-project-2021' });
    const scores = Object.fromEntries(leavesOf(a.scored.roots).map((l) => [l.path[l.path.length - 1], l.score?.toFixed(2)]));
    expect(scores).toEqual(BY_HAND);
    expect(a.scored.total.toFixed(2)).toBe('87.75');
    expect(a.scored.grade).toBe('良');
  });

  it('says why a score is what it is', async () => {
    const a = analysed(await exampleSnapshot('national-project.xlsx'), { framework: 'central-project-2021' });
    const leaf = (name: string) => leavesOf(a.scored.roots).find((l) => l.path[l.path.length - 1] === name);
    expect(leaf('培训参与人次')?.steps.map((s) => s.text)).toContain('按完成率 60% 以上折算：(96% − 60%) ÷ 40% × 10 = 9');
    expect(leaf('参与学生满意度')?.steps.map((s) => s.text)).toContain('满意度 88% ≥ 80%，得分 = 80% × 10 = 8');
  });

  it('is never chosen by matching: the same form is scored by 财预〔2020〕10号 unless selected', async () => {
    const a = analysed(await exampleSnapshot('national-project.xlsx'));
    expect(a.framework.id).toBe('national-project-self-eval');
    expect(a.scored.total.toFixed(2)).toBe('93.88');
  });

  it('is selected by the workbook’s own settings, so every host scores alike', async () => {
    const snapshot = await exampleSnapshot('national-project.xlsx');
    const selected = applyToSnapshot(snapshot, { title: '保存评分设置', changes: settingsChanges(snapshot, { ...emptySettings(), framework: 'central-project-2021' }) });
    const a = analysed(selected);
    expect(a.framework.id).toBe('central-project-2021');
    expect(a.scored.total.toFixed(2)).toBe('87.75');
  });
});

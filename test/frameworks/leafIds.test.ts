import { FRAMEWORKS } from '../../src/frameworks';
import { guangzhouDepartment } from '../../src/frameworks/guangzhou-department';
import { frameworkLeaves } from '../../src/frameworks/indicatorTree';
import { isLeaf } from '../../src/frameworks/types';
import { ruleFor } from '../../src/workbook/analyse/matchRules';

/**
 * Rule overrides saved in a workbook name framework leaves by id: an id must be unique and must not
 * change from one version (or one module load) to the next.
 */
describe('framework leaf ids', () => {
  test.each(FRAMEWORKS.map((f) => [f.id, f] as const))('%s: ids are unique', (_, framework) => {
    const ids = frameworkLeaves(framework).map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('Guangzhou ids are literal and unchanged (no counter: adding a leaf never renumbers the others)', () => {
    const ids = frameworkLeaves(guangzhouDepartment).map((l) => `${l.id} ${l.names[0]}`);
    expect(ids).toEqual([
      'gz-output-targets 部门整体绩效目标产出指标完成情况',
      'gz-benefit-targets 部门整体绩效目标效益指标完成情况',
      'gz-department-spending-rate 部门预算资金支出率',
      'gz-special-fund-performance 专项资金绩效完成情况',
      'gz-special-fund-spending-rate 专项资金支出率',
      'gz-ex-ante-evaluation 新增预算项目事前绩效评估',
      'gz-carry-over-rate 结转结余率',
      'gz-financial-compliance 财务管理合规性',
      'gz-budget-disclosure 预决算公开合规性',
      'gz-performance-disclosure 绩效信息公开情况',
      'gz-performance-rules 绩效管理制度建设',
      'gz-performance-results-use 绩效结果应用',
      'gz-performance-rules-execution 绩效管理制度执行',
      'gz-procurement-intent-disclosure 采购意向公开合规性',
      'gz-procurement-intent-timeliness 采购意向公开时限',
      'gz-procurement-internal-control 采购内控制度建设',
      'gz-procurement-compliance 采购活动合规性',
      'gz-procurement-contract-timeliness 采购合同签订时效性',
      'gz-contract-filing-timeliness 合同备案时效性',
      'gz-procurement-policy 采购政策效能',
      'gz-asset-allocation 资产配置合规性',
      'gz-asset-income-remittance 资产收益上缴的及时性',
      'gz-asset-inventory 资产盘点情况',
      'gz-asset-data-quality 数据质量',
      'gz-asset-compliance 资产管理合规性',
      'gz-fixed-asset-utilisation 固定资产利用率',
      'gz-public-funds-control 公用经费控制率',
      'gz-three-public-expenses “三公”经费控制情况',
    ]);
  });

  test('an override saved by id finds its leaf', () => {
    expect(ruleFor(['管理效率', '资产管理', '某项'], guangzhouDepartment, { '管理效率/资产管理/某项': 'gz-asset-inventory' })?.names[0]).toBe('资产盘点情况');
  });

  test('frameworkLeaves walks a framework or one of its groups', () => {
    const [first] = guangzhouDepartment.tree;
    expect(isLeaf(first)).toBe(false);
    expect(frameworkLeaves(first).map((l) => l.id)).toEqual(frameworkLeaves(guangzhouDepartment).slice(0, 5).map((l) => l.id));
  });
});

import { SHENZHEN_2024_STANDARDS } from './shenzhen-2024-standards';
import { COMMON_FIGURES, COMMON_GROUP_KINDS } from './commonFigures';
import type { Framework } from './types';

/**
 * 深圳市部门整体支出绩效评价指标体系 as printed in seed 002 (深圳市科技交流服务中心 2024年度自评报告,
 * 附件 部门整体支出绩效评价指标体系评分表). Points, rules and tiers are the seed's 评分标准.
 * Rates are fractions (0.9 = 90%); amounts are 万元.
 */
export const shenzhen2024Department: Framework = {
  id: 'shenzhen-2024-department',
  title: '深圳市部门整体支出绩效评价指标体系',
  locality: '深圳市',
  tree: [
    {
      name: '部门决策',
      points: '20',
      children: [
        {
          name: '预算编制',
          points: '10',
          children: [
            {
              id: 'budget-reasonableness',
              names: ['预算编制合理性'],
              standard: SHENZHEN_2024_STANDARDS['预算编制合理性'],
              points: '5',
              judgementWhenMissing: true,
              problemKind: 'budget-preparation',
              rule: {
                kind: 'checklist',
                items: [
                  { figure: 'budget-reasonableness.duty', label: '预算编制、分配符合部门职责和方针政策', points: '1' },
                  { figure: 'budget-reasonableness.priority', label: '预算资金根据工作轻重缓急分配', points: '1' },
                  { figure: 'budget-reasonableness.basis', label: '预算编制依据充分', points: '1' },
                  { figure: 'budget-reasonableness.scale', label: '预算规模与工作任务匹配', points: '1' },
                  { figure: 'budget-reasonableness.complete', label: '收支预算编制完整', points: '1' },
                ],
              },
            },
            {
              id: 'budget-compliance',
              names: ['预算编制规范性'],
              standard: SHENZHEN_2024_STANDARDS['预算编制规范性'],
              points: '5',
              judgementWhenMissing: true,
              problemKind: 'budget-preparation',
              rule: { kind: 'deduct', count: 'budget-compliance.violations', perItem: '1', label: '预算编制不符合项' },
            },
          ],
        },
        {
          name: '目标设置',
          points: '10',
          children: [
            {
              id: 'target-completeness',
              names: ['绩效目标完整性'],
              standard: SHENZHEN_2024_STANDARDS['绩效目标完整性'],
              points: '3',
              judgementWhenMissing: true,
              problemKind: 'target-setting',
              rule: { kind: 'deduct', count: 'target-completeness.missing', perItem: '1', label: '绩效目标缺失或不符合要求项' },
            },
            {
              id: 'indicator-clarity',
              names: ['绩效指标明确性'],
              standard: SHENZHEN_2024_STANDARDS['绩效指标明确性'],
              points: '7',
              judgementWhenMissing: true,
              problemKind: 'target-setting',
              rule: {
                kind: 'checklist',
                items: [
                  { figure: 'indicator-clarity.decomposed', label: '绩效指标细化分解为具体工作任务', points: '2' },
                  { figure: 'indicator-clarity.effects', label: '包含社会、经济、生态效益指标', points: '2' },
                  { figure: 'indicator-clarity.measurable', label: '指标值清晰可衡量', points: '1' },
                  { figure: 'indicator-clarity.quantified', label: '包含可量化指标', points: '1' },
                  { figure: 'indicator-clarity.grounded', label: '目标值测算有依据', points: '1' },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: '部门管理',
      points: '20',
      children: [
        {
          name: '资金管理',
          points: '8',
          children: [
            {
              id: 'procurement-execution',
              names: ['政府采购执行情况', '政府采购执行率'],
              standard: SHENZHEN_2024_STANDARDS['政府采购执行情况'],
              points: '2',
              problemKind: 'procurement',
              rule: {
                kind: 'composite',
                parts: [
                  {
                    id: 'rate',
                    kind: 'ratio',
                    points: '1',
                    label: '政府采购执行率',
                    actual: 'procurement.actual',
                    target: 'procurement.plan',
                    zeroWhenOver: true,
                  },
                  { id: 'policy', kind: 'judgement', points: '1', label: '政府采购政策功能落实', figure: 'procurement.policy' },
                ],
              },
            },
            {
              id: 'financial-compliance',
              names: ['财务规范性'],
              standard: SHENZHEN_2024_STANDARDS['财务规范性'],
              points: '3',
              problemKind: 'financial-compliance',
              rule: {
                kind: 'composite',
                veto: { figure: 'finance.violation', label: '存在超范围、超标准支出，虚列支出或截留、挤占、挪用资金' },
                parts: [
                  { id: 'spending', kind: 'judgement', points: '1', label: '资金支出规范性', figure: 'finance.spending' },
                  {
                    id: 'adjustment',
                    kind: 'threshold-deduct',
                    points: '1',
                    label: '资金调整、调剂率',
                    value: { op: 'div', args: [{ op: 'abs', arg: { op: 'sub', args: ['budget.initial', 'budget.adjusted'] } }, 'budget.initial'] },
                    threshold: '0.10',
                    perPoint: '0.1',
                  },
                  { id: 'accounting', kind: 'judgement', points: '1', label: '会计核算规范性', figure: 'finance.accounting' },
                ],
              },
            },
            {
              id: 'budget-disclosure',
              names: ['预决算信息公开'],
              standard: SHENZHEN_2024_STANDARDS['预决算信息公开'],
              points: '3',
              judgementWhenMissing: true,
              problemKind: 'disclosure',
              rule: {
                kind: 'composite',
                grant: { figure: 'disclosure.classified', label: '涉密单位按规定不公开' },
                parts: [
                  {
                    id: 'budget',
                    kind: 'category-tiers',
                    points: '1.5',
                    label: '部门预算公开',
                    value: 'disclosure.budget',
                    tiers: [
                      { values: ['已公开', '按规定公开', '合规'], points: '1.5' },
                      { values: ['公开有瑕疵', '已公开但有瑕疵', '部分合规'], points: '1' },
                      { values: ['未公开'], points: '0' },
                    ],
                  },
                  {
                    id: 'final',
                    kind: 'category-tiers',
                    points: '1.5',
                    label: '部门决算公开',
                    value: 'disclosure.final',
                    tiers: [
                      { values: ['已公开', '按规定公开', '合规'], points: '1.5' },
                      { values: ['公开有瑕疵', '已公开但有瑕疵', '部分合规'], points: '1' },
                      { values: ['未公开'], points: '0' },
                    ],
                  },
                ],
              },
            },
          ],
        },
        {
          name: '项目管理',
          points: '4',
          children: [
            {
              id: 'project-procedure',
              names: ['项目实施程序'],
              standard: SHENZHEN_2024_STANDARDS['项目实施程序'],
              points: '2',
              judgementWhenMissing: true,
              problemKind: 'project-management',
              rule: {
                kind: 'checklist',
                items: [
                  { figure: 'project-procedure.approval', label: '项目设立、调整按规定报批', points: '1' },
                  { figure: 'project-procedure.execution', label: '招投标、建设、验收严格执行制度', points: '1' },
                ],
              },
            },
            {
              id: 'project-supervision',
              names: ['项目监管'],
              standard: SHENZHEN_2024_STANDARDS['项目监管'],
              points: '2',
              judgementWhenMissing: true,
              problemKind: 'project-management',
              rule: {
                kind: 'checklist',
                items: [
                  { figure: 'project-supervision.monitoring', label: '建立资金管理和绩效运行监控机制', points: '1' },
                  { figure: 'project-supervision.inspection', label: '对主管资金开展检查、监控、督促整改', points: '1' },
                ],
              },
            },
          ],
        },
        {
          name: '资产管理',
          points: '3',
          children: [
            {
              id: 'asset-safety',
              names: ['资产管理安全性'],
              standard: SHENZHEN_2024_STANDARDS['资产管理安全性'],
              points: '2',
              judgementWhenMissing: true,
              problemKind: 'asset-management',
              rule: {
                kind: 'checklist',
                items: [
                  { figure: 'asset-safety.custody', label: '资产配置合理、保管完整、账实相符', points: '1' },
                  { figure: 'asset-safety.disposal', label: '资产处置规范、收入及时足额上缴', points: '1' },
                ],
              },
            },
            {
              id: 'fixed-asset-utilisation',
              names: ['固定资产利用率'],
              standard: SHENZHEN_2024_STANDARDS['固定资产利用率'],
              points: '1',
              problemKind: 'asset-use',
              rule: {
                kind: 'tiers',
                label: '固定资产利用率',
                value: { op: 'div', args: ['assets.inUse', 'assets.total'] },
                tiers: [
                  { op: '>=', threshold: '0.9', points: '1' },
                  { op: '>=', threshold: '0.75', points: '0.7' },
                  { op: '>=', threshold: '0.6', points: '0.4' },
                  { points: '0' },
                ],
              },
            },
          ],
        },
        {
          name: '人员管理',
          points: '2',
          children: [
            {
              id: 'staff-control',
              names: ['财政供养人员控制率', '在职人员控制率'],
              standard: SHENZHEN_2024_STANDARDS['财政供养人员控制率'],
              points: '1',
              problemKind: 'staffing',
              rule: {
                kind: 'tiers',
                label: '财政供养人员控制率',
                value: { op: 'div', args: ['staff.onPost', 'staff.authorised'] },
                tiers: [{ op: '<=', threshold: '1', points: '1' }, { points: '0' }],
              },
            },
            {
              id: 'contract-staff-control',
              names: ['编外人员控制率'],
              standard: SHENZHEN_2024_STANDARDS['编外人员控制率'],
              points: '1',
              problemKind: 'staffing',
              rule: {
                kind: 'tiers',
                label: '编外人员控制率',
                value: { op: 'div', args: ['staff.contract', { op: 'add', args: ['staff.onPost', 'staff.contract'] }] },
                tiers: [
                  { op: '<', threshold: '0.05', points: '1' },
                  { op: '<=', threshold: '0.10', points: '0.5' },
                  { points: '0' },
                ],
              },
            },
          ],
        },
        {
          name: '制度管理',
          points: '3',
          children: [
            {
              id: 'rules-soundness',
              names: ['管理制度健全性'],
              standard: SHENZHEN_2024_STANDARDS['管理制度健全性'],
              points: '3',
              judgementWhenMissing: true,
              problemKind: 'internal-control',
              rule: {
                kind: 'checklist',
                items: [
                  { figure: 'rules-soundness.established', label: '制定财政资金、财务、内部控制等制度', points: '0.5' },
                  { figure: 'rules-soundness.enforced', label: '上述制度得到有效执行', points: '1.5' },
                  { figure: 'rules-soundness.performance', label: '制定全面实施预算绩效管理的制度或方案', points: '1' },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      name: '部门绩效',
      points: '60',
      children: [
        {
          name: '经济性',
          points: '6',
          children: [
            {
              id: 'public-funds-control',
              names: ['公用经费控制率', '公用经费'],
              standard: SHENZHEN_2024_STANDARDS['公用经费控制率'],
              points: '6',
              problemKind: 'public-funds',
              rule: {
                kind: 'composite',
                parts: [
                  {
                    id: 'three-public',
                    kind: 'tiers',
                    points: '3',
                    label: '“三公”经费控制率',
                    value: { op: 'div', args: ['threePublic.actual', 'threePublic.budget'] },
                    tiers: [
                      { op: '<', threshold: '0.9', points: '3' },
                      { op: '<=', threshold: '1', points: '2' },
                      { points: '0' },
                    ],
                  },
                  {
                    id: 'daily-public',
                    kind: 'tiers',
                    points: '3',
                    label: '日常公用经费控制率',
                    value: { op: 'div', args: ['dailyPublic.actual', 'dailyPublic.budget'] },
                    tiers: [
                      { op: '<', threshold: '0.9', points: '3' },
                      { op: '<=', threshold: '1', points: '2' },
                      { points: '0' },
                    ],
                  },
                ],
              },
            },
          ],
        },
        {
          name: '效率性',
          points: '20',
          children: [
            {
              id: 'budget-execution-quarterly',
              names: ['预算执行率'],
              standard: SHENZHEN_2024_STANDARDS['预算执行率'],
              points: '6',
              problemKind: 'spending-progress',
              rule: {
                kind: 'quarterly-execution',
                label: '预算执行率',
                progress: ['progress.q1', 'progress.q2', 'progress.q3', 'progress.q4'],
                schedule: ['0.25', '0.5', '0.75', '1'],
                quarterPoints: '1',
                annualPoints: '2',
                annualFactor: '2',
              },
            },
            {
              id: 'key-tasks',
              names: ['重点工作完成情况'],
              standard: SHENZHEN_2024_STANDARDS['重点工作完成情况'],
              points: '8',
              judgementWhenMissing: true,
              problemKind: 'key-tasks',
              rule: { kind: 'deduct', count: 'keyTasks.unfinished', perItem: '4', label: '未完成重点工作' },
            },
            {
              id: 'project-timeliness',
              names: ['项目完成及时性'],
              standard: SHENZHEN_2024_STANDARDS['项目完成及时性'],
              points: '6',
              problemKind: 'project-timeliness',
              rule: { kind: 'ratio', label: '项目按时完成率', actual: 'projects.onTime', target: 'projects.planned' },
            },
          ],
        },
        {
          name: '效果性',
          points: '25',
          children: [
            {
              id: 'effects',
              names: ['社会效益、经济效益、生态效益及持续影响等', '社会效益、经济效益、生态效益及持续影响', '效益及持续影响'],
              standard: SHENZHEN_2024_STANDARDS['社会效益、经济效益、生态效益及持续影响等'],
              points: '25',
              problemKind: 'effects',
              rule: { kind: 'judgement', label: '个性化绩效指标完成情况', figure: 'effects.score' },
            },
          ],
        },
        {
          name: '公平性',
          points: '9',
          children: [
            {
              id: 'petitions',
              names: ['群众信访办理情况'],
              standard: SHENZHEN_2024_STANDARDS['群众信访办理情况'],
              points: '3',
              problemKind: 'petitions',
              rule: {
                kind: 'composite',
                parts: [
                  { id: 'channel', kind: 'judgement', points: '1', label: '群众意见反映渠道和办理回复机制', figure: 'petitions.channel' },
                  {
                    id: 'reply',
                    kind: 'tiers',
                    points: '1',
                    label: '信访办理回复率',
                    value: 'petitions.replyRate',
                    tiers: [{ op: '>=', threshold: '1', points: '1' }, { points: '0' }],
                  },
                  {
                    id: 'timely',
                    kind: 'tiers',
                    points: '1',
                    label: '信访及时办理回复率',
                    value: 'petitions.timelyRate',
                    tiers: [{ op: '>=', threshold: '1', points: '1' }, { points: '0' }],
                  },
                ],
              },
            },
            {
              id: 'satisfaction',
              names: ['公众或服务对象满意度', '满意度'],
              standard: SHENZHEN_2024_STANDARDS['公众或服务对象满意度'],
              points: '6',
              problemKind: 'satisfaction',
              rule: {
                kind: 'tiers',
                label: '满意度',
                value: 'satisfaction.rate',
                tiers: [
                  { op: '>=', threshold: '0.95', points: '6' },
                  { op: '>=', threshold: '0.9', points: '4' },
                  { op: '>=', threshold: '0.8', points: '2' },
                  { points: '1' },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
  report: {
    form: 'department',
    evaluationName: '部门整体支出绩效',
    // the seed's reading order: plan before actual, budget before spending
    leadFigures: {
      procurement: ['procurement.plan', 'procurement.actual', 'procurement.rate'],
      'spending-progress': ['execution.rate'],
      'public-funds': ['threePublic.budget', 'threePublic.actual', 'dailyPublic.budget', 'dailyPublic.actual'],
      staffing: ['staff.authorised', 'staff.onPost', 'staff.contract'],
      'asset-use': ['assets.total', 'assets.inUse'],
      'project-timeliness': ['projects.planned', 'projects.onTime'],
    },
    // for rows of the workbook the tree above does not know (every leaf here has its own kind)
    groupKinds: COMMON_GROUP_KINDS,
  },
  figures: {
    // budget, spending, quarterly progress and procurement figures are the common ones every report states
    ...COMMON_FIGURES,
    'procurement.policy': { label: '政府采购政策功能落实得分', kind: 'score', unit: '分' },
    'finance.violation': { label: '是否存在违规支出', synonyms: ['违规支出'], kind: 'flag', unit: '是/否' },
    'finance.spending': { label: '资金支出规范性得分', kind: 'score', unit: '分' },
    'finance.accounting': { label: '会计核算规范性得分', kind: 'score', unit: '分' },
    'disclosure.budget': { label: '部门预算公开情况', synonyms: ['预算公开情况'], kind: 'category', unit: '', options: ['已公开', '公开有瑕疵', '未公开'] },
    'disclosure.final': { label: '部门决算公开情况', synonyms: ['决算公开情况'], kind: 'category', unit: '', options: ['已公开', '公开有瑕疵', '未公开'] },
    'disclosure.classified': { label: '是否涉密单位', synonyms: ['涉密单位'], kind: 'flag', unit: '是/否' },
    'budget-reasonableness.duty': { label: '预算编制符合部门职责和方针政策', kind: 'flag', unit: '是/否' },
    'budget-reasonableness.priority': { label: '预算资金根据轻重缓急分配', kind: 'flag', unit: '是/否' },
    'budget-reasonableness.basis': { label: '预算编制依据充分', kind: 'flag', unit: '是/否' },
    'budget-reasonableness.scale': { label: '预算规模与工作任务匹配', kind: 'flag', unit: '是/否' },
    'budget-reasonableness.complete': { label: '收支预算编制完整', kind: 'flag', unit: '是/否' },
    'budget-compliance.violations': { label: '预算编制不符合项', synonyms: ['预算编制不符合项数'], kind: 'count', unit: '项' },
    'target-completeness.missing': { label: '绩效目标缺失或不符合要求项', synonyms: ['绩效目标不符合项'], kind: 'count', unit: '项' },
    'indicator-clarity.decomposed': { label: '绩效指标细化分解为具体工作任务', kind: 'flag', unit: '是/否' },
    'indicator-clarity.effects': { label: '绩效指标包含效益指标', kind: 'flag', unit: '是/否', fromTargetSheet: 'effects' },
    'indicator-clarity.measurable': { label: '绩效指标值清晰可衡量', kind: 'flag', unit: '是/否', fromTargetSheet: 'measurable' },
    'indicator-clarity.quantified': { label: '绩效指标包含可量化指标', kind: 'flag', unit: '是/否', fromTargetSheet: 'quantified' },
    'indicator-clarity.grounded': { label: '目标值测算有依据', kind: 'flag', unit: '是/否' },
    'project-procedure.approval': { label: '项目设立、调整按规定报批', kind: 'flag', unit: '是/否' },
    'project-procedure.execution': { label: '项目招投标、建设、验收严格执行制度', kind: 'flag', unit: '是/否' },
    'project-supervision.monitoring': { label: '建立资金管理和绩效运行监控机制', kind: 'flag', unit: '是/否' },
    'project-supervision.inspection': { label: '对主管资金开展检查监控', kind: 'flag', unit: '是/否' },
    'asset-safety.custody': { label: '资产保管完整、账实相符', kind: 'flag', unit: '是/否' },
    'asset-safety.disposal': { label: '资产处置规范、收入及时上缴', kind: 'flag', unit: '是/否' },
    'assets.total': { label: '固定资产原值', synonyms: ['全部固定资产原值', '所有固定资产总额', '固定资产总额'], kind: 'amount', unit: '万元' },
    'assets.inUse': { label: '在用固定资产原值', synonyms: ['实际在用固定资产总额', '在用固定资产总额'], kind: 'amount', unit: '万元' },
    'staff.authorised': { label: '核定编制数', synonyms: ['编制数', '编制人数'], kind: 'count', unit: '人' },
    'staff.onPost': { label: '在编人数', synonyms: ['本年度在编人数', '实有在编人数'], kind: 'count', unit: '人' },
    'staff.contract': { label: '编外人数', synonyms: ['编外人员数', '编外人员'], kind: 'count', unit: '人' },
    'rules-soundness.established': { label: '制定财政资金、财务、内部控制制度', kind: 'flag', unit: '是/否' },
    'rules-soundness.enforced': { label: '管理制度得到有效执行', kind: 'flag', unit: '是/否' },
    'rules-soundness.performance': { label: '制定全面实施预算绩效管理制度', kind: 'flag', unit: '是/否' },
    'threePublic.budget': { label: '“三公”经费预算数', synonyms: ['三公经费预算数', '“三公”经费预算安排数', '三公经费预算'], kind: 'amount', unit: '万元' },
    'threePublic.actual': { label: '“三公”经费实际支出数', synonyms: ['三公经费实际支出数', '“三公”经费支出', '三公经费支出'], kind: 'amount', unit: '万元' },
    'dailyPublic.budget': { label: '日常公用经费调整预算数', synonyms: ['日常公用经费预算数', '日常公用经费预算'], kind: 'amount', unit: '万元' },
    'dailyPublic.actual': { label: '日常公用经费决算数', synonyms: ['日常公用经费支出', '日常公用经费实际支出数'], kind: 'amount', unit: '万元' },
    'keyTasks.unfinished': { label: '未完成重点工作数', synonyms: ['重点工作未完成数'], kind: 'count', unit: '项' },
    'projects.planned': { label: '计划完成项目数', synonyms: ['计划完成项目总数', '项目总数'], kind: 'count', unit: '个' },
    'projects.onTime': { label: '按时完成项目数', synonyms: ['已完成项目数', '按计划时间完成项目数'], kind: 'count', unit: '个' },
    'effects.score': { label: '效益指标评分', kind: 'score', unit: '分' },
    'petitions.channel': { label: '群众意见反映渠道得分', synonyms: ['信访渠道得分'], kind: 'score', unit: '分' },
    'petitions.replyRate': { label: '信访办理回复率', synonyms: ['群众信访办理回复率'], kind: 'rate', unit: '%' },
    'petitions.timelyRate': { label: '信访及时办理回复率', synonyms: ['群众信访及时办理回复率'], kind: 'rate', unit: '%' },
    'satisfaction.rate': { label: '满意度', synonyms: ['公众或服务对象满意度', '服务对象满意度', '满意度调查结果'], kind: 'rate', unit: '%' },
  },
};

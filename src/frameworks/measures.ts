import type { MeasureEntry, MeasureLibrary } from '../engine/narrative';

/**
 * The 改进措施 library: for each kind of problem a leaf signals when it loses points (the leaf's
 * `problemKind`), how the 存在问题 item is worded and the measure that answers it. Data only: a new
 * kind is a new entry here. `{指标}` in `problem` is replaced by the indicator's name. Texts hold no
 * figures, so a report never states a number the workbook does not hold.
 */
export const MEASURES: Readonly<Record<string, MeasureEntry>> = {
  procurement: {
    problem: '{指标}有待进一步提高',
    measure:
      '进一步加强政府采购计划管理，编制采购计划时先明确采购的具体目标和需求，包括所需货物、工程或服务的种类、数量、规格和性能要求，再根据实际需求和市场价格合理编制采购预算，并按采购项目的特点、规模和紧急程度选择合适的采购方式，按计划及时组织实施。',
  },
  'spending-progress': {
    problem: '{指标}有待进一步提高',
    measure:
      '深入分析影响预算资金支出进度的原因，研究提高资金支出进度的有效举措；加强对各部门、各项目资金支出进度的提醒和督导，对未能按计划执行的支出预算及时采取预算调整等措施，确保支出进度与序时进度相匹配。',
  },
  staffing: {
    problem: '{指标}未达到控制要求',
    measure:
      '严格落实机构编制管理规定，从严控制编外人员规模，编外用工原则上“只减不增”；结合履职需要统筹调配在编人员，确需聘用编外人员的按规定程序报批。',
  },
  'asset-use': {
    problem: '{指标}有待进一步提高',
    measure:
      '加强固定资产日常管理和定期盘点，对闲置、待处置资产及时调剂使用或按规定程序处置，做到账实相符，提高固定资产使用效率。',
  },
  'public-funds': {
    problem: '{指标}与过“紧日子”要求仍有差距',
    measure:
      '在以后年度预算执行中进一步厉行节约，严格落实过“紧日子”要求，从严把握“三公”经费和日常公用经费开支，严格执行开支标准和审批程序。',
  },
  'target-completion': {
    problem: '{指标}未全面达到预期',
    measure:
      '加强绩效目标执行过程中的跟踪监控，定期比对目标完成进度，对偏离目标的事项及时分析原因、调整工作安排，确保年度绩效目标全面完成。',
  },
  effects: {
    problem: '{指标}方面部分绩效目标尚未全面实现',
    measure:
      '围绕部门职能和年度重点工作，进一步细化个性化绩效指标，加强对效益指标完成情况的跟踪分析和佐证材料收集，对未达预期的效益目标查找原因、制定整改措施，持续提升履职效果。',
  },
  'financial-compliance': {
    problem: '{指标}有待进一步加强',
    measure:
      '严格执行财务管理制度和会计核算规范，加强资金支出审核，规范预算调整调剂程序，确保资金使用合法合规、核算准确完整。',
  },
  disclosure: {
    problem: '{指标}有待进一步规范',
    measure:
      '严格按照预决算公开和绩效信息公开的有关规定，在规定时限内完整公开预决算和绩效信息，细化公开内容，并对增减变化原因作出说明，主动接受社会监督。',
  },
  'budget-preparation': {
    problem: '{指标}有待进一步提升',
    measure:
      '坚持“先谋事、再排钱”，结合年度工作任务和以前年度预算执行情况科学测算预算需求，细化预算编制，规范履行新增项目事前绩效评估等程序，提高预算编制的合理性和规范性。',
  },
  'target-setting': {
    problem: '{指标}有待进一步加强',
    measure:
      '进一步加强预算绩效目标管理，把提高绩效指标设定的合理性作为加强绩效管理的重要抓手，加强绩效指标审核，通过开展预算绩效管理业务学习等方式，持续提高绩效目标设置质量。',
  },
  'project-management': {
    problem: '{指标}有待进一步规范',
    measure:
      '严格履行项目设立、调整、招投标、验收等程序，建立健全项目资金管理和绩效运行监控机制，对执行进度偏慢、绩效目标偏离较大的项目督促整改。',
  },
  'asset-management': {
    problem: '{指标}有待进一步规范',
    measure:
      '健全资产管理制度，规范资产配置、使用、盘点和处置流程，资产收益按规定及时足额上缴，提高资产数据质量，确保资产安全完整。',
  },
  'internal-control': {
    problem: '{指标}有待进一步完善',
    measure:
      '进一步健全财务管理、内部控制和预算绩效管理等制度，组织各部门学习并严格执行，将绩效评价结果作为改进预算管理和编制以后年度预算的重要依据。',
  },
  'key-tasks': {
    problem: '{指标}方面仍有重点工作未按期完成',
    measure:
      '对重点工作实行清单化管理，明确责任部门、完成时限和工作要求，定期调度推进情况，对进度滞后的事项及时协调解决，确保重点工作按期保质完成。',
  },
  'project-timeliness': {
    problem: '{指标}方面仍有项目未按计划时间完成',
    measure:
      '科学制定项目实施计划，加强项目实施过程管理和进度跟踪，对影响进度的因素提前研判、及时解决，确保项目按计划时间完成。',
  },
  petitions: {
    problem: '{指标}有待进一步改进',
    measure:
      '畅通群众意见反映渠道，健全信访件办理回复机制，明确办理时限和责任人，做到件件有回复、按时办结。',
  },
  satisfaction: {
    problem: '{指标}有待进一步提升',
    measure:
      '广泛收集服务对象意见建议，针对满意度较低的环节分析原因、改进服务方式，持续提升服务质量和服务对象满意度。',
  },
  'carry-over': {
    problem: '{指标}有待进一步改善',
    measure:
      '加强结转结余资金管理，定期清理结转结余资金，科学合理编制预算，加快预算执行，减少资金沉淀。',
  },
};

/** The fallback for a leaf with no kind or an unknown one. */
export const GENERIC_MEASURE: MeasureEntry = {
  problem: '{指标}有待进一步提升',
  measure:
    '深入分析该项指标失分原因，明确责任部门和整改时限，完善相关管理制度和工作流程，并在以后年度绩效目标设置和预算执行中加以改进。',
};

/** The library as the narrative takes it. */
export const MEASURE_LIBRARY: MeasureLibrary = { entries: MEASURES, generic: GENERIC_MEASURE };

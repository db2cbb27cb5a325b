import { SHENZHEN_2024_STANDARDS } from '../../src/frameworks/shenzhen-2024-standards';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../../src/workbook/port';

/** Snapshots laid out like the seeds, as plain arrays. */

const E = null;
const HEADER_002: CellValue[][] = [
  ['评价指标', E, E, E, E, E, '指标说明', '评分标准', '评分'],
  ['一级指标', E, '二级指标', E, '三级指标', E, E, E, E],
  ['名称', '参考分值', '名称', '参考分值', '名称', '参考分值', E, E, E],
];

/**
 * Seed 002's 评分表: the three header rows repeated at each page break, level cells blank below the first
 * row of a group, names split by page breaks ("部门" / "绩效", "经济" / "性", "公用经费" / "控制率"),
 * spaces inside names ("项目 监管", "资 产 管 理 安 全 性"), and a 总分 row.
 */
/** The leaf's 评分标准 as seed 002 publishes it (the name in the table may be cut by a page break). */
function std(name: string): string {
  const full: Record<string, string> = { 效益: '社会效益、经济效益、生态效益及持续影响等' };
  return SHENZHEN_2024_STANDARDS[full[name] ?? name];
}

export function shenzhenTableRows(scores: Record<string, CellValue> = {}): CellValue[][] {
  const s = (name: string, dflt: CellValue): CellValue => (name in scores ? scores[name] : dflt);
  return [
    ['部门整体支出绩效评价指标体系评分表', E, E, E, E, E, E, E, E],
    [E, E, E, E, E, E, E, E, E],
    ...HEADER_002,
    ['部门决策', 20, '预算编制', 10, '预算编制合理性', 5, '说明', std('预算编制合理性'), s('预算编制合理性', 5)],
    [E, E, E, E, E, E, E, E, E],
    ...HEADER_002,
    [E, E, E, E, '预算编制规范性', 5, '说明', std('预算编制规范性'), s('预算编制规范性', 5)],
    [E, E, '目标设置', 10, '绩效目标完整性', 3, '说明', std('绩效目标完整性'), s('绩效目标完整性', 3)],
    [E, E, E, E, '绩效指标明确性', 7, '说明', std('绩效指标明确性'), s('绩效指标明确性', 7)],
    ...HEADER_002,
    [E, E, E, E, E, E, '况。', E, E],
    ['部门管理', 20, '资金管理', 8, '政府采购执行情况', 2, '说明', std('政府采购执行情况'), s('政府采购执行情况', 1.89)],
    ...HEADER_002,
    [E, E, E, E, '财务规范性', 3, '说明', std('财务规范性'), s('财务规范性', 3)],
    [E, E, E, E, '预决算信息公开', 3, '说明', std('预决算信息公开'), s('预决算信息公开', 3)],
    [E, E, '项目管理', 4, '项目实施程序', 2, '说明', std('项目实施程序'), s('项目实施程序', 2)],
    ...HEADER_002,
    [E, E, E, E, E, E, '成验收等是否履行相应手续等。', E, E],
    [E, E, E, E, '项目 监管', 2, '说明', std('项目监管'), s('项目监管', 2)],
    [E, E, '资 产 管 理', 3, '资 产 管 理 安 全 性', 2, '说明', std('资产管理安全性'), s('资产管理安全性', 2)],
    ...HEADER_002,
    [E, E, E, E, '固定资产利用率', 1, '说明', std('固定资产利用率'), s('固定资产利用率', 1)],
    [E, E, '人员管理', 2, '财政供养人员控制率', 1, '说明', std('财政供养人员控制率'), s('财政供养人员控制率', 1)],
    ...HEADER_002,
    [E, E, E, E, '编外人员控制率', 1, '说明', std('编外人员控制率'), s('编外人员控制率', 0)],
    [E, E, '制度管理', 3, '管理制度健全性', 3, '说明', std('管理制度健全性'), s('管理制度健全性', 3)],
    ['部门', 60, '经济', 6, '公用经费', 6, '说明', std('公用经费控制率'), s('公用经费控制率', 5)],
    ...HEADER_002,
    ['绩效', E, '性', E, '控制率', E, '排的公用经费总额的比率', E, E],
    ...HEADER_002,
    [E, E, '效率性', 20, '预算执行率', 6, '说明', std('预算执行率'), s('预算执行率', 5.99)],
    ...HEADER_002,
    [E, E, E, E, '重点工作完成情况', 8, '说明', std('重点工作完成情况'), s('重点工作完成情况', 8)],
    [E, E, E, E, '项目完成及时性', 6, '说明', std('项目完成及时性'), s('项目完成及时性', 6)],
    [E, E, '效果性', 25, '社会效益、经济效益、生态', 25, '说明', std('效益'), s('效益', 24)],
    ...HEADER_002,
    [E, E, E, E, '效益及持续影响等', E, E, E, E],
    [E, E, '公平性', 9, '群众信访办理情况', 3, '说明', std('群众信访办理情况'), s('群众信访办理情况', 3)],
    [E, E, E, E, '公众或服务对象满意度', 6, '说明', std('公众或服务对象满意度'), s('公众或服务对象满意度', 6)],
    ...HEADER_002,
    [E, E, E, E, E, E, '1. 满意度≥95%的，得6分', E, E],
    ['总分', E, E, E, E, E, E, E, s('总分', 96.88)],
  ];
}

/** Seed 002's raw figures as a 基础数据 sheet (label | value | unit). */
/** `over`: a label → new value; undefined removes the row. */
export function shenzhenDataRows(over: Record<string, CellValue | undefined> = {}): CellValue[][] {
  const rows: [string, CellValue, string][] = [
    ['单位名称', '深圳市科技交流服务中心', ''],
    ['年度', 2024, ''],
    ['年初预算', 1936.12, '万元'],
    ['年初预算基本支出', 1401.66, '万元'],
    ['年初预算人员经费', 1330.19, '万元'],
    ['年初预算公用经费', 71.48, '万元'],
    ['年初预算项目支出', 534.46, '万元'],
    ['调整后预算', 1912.37, '万元'],
    ['调整后基本支出预算', 1378.91, '万元'],
    ['调整后项目支出预算', 533.46, '万元'],
    ['全年支出', 1887.42, '万元'],
    ['基本支出', 1368.86, '万元'],
    ['项目支出', 518.56, '万元'],
    ['预算执行率', '98.70%', ''],
    ['一季度支出进度', '26.24%', ''],
    ['二季度支出进度', '51.31%', ''],
    ['三季度支出进度', '76.51%', ''],
    ['四季度支出进度', '98.70%', ''],
    ['一季度预算执行率', '104.96%', ''],
    ['二季度预算执行率', '102.62%', ''],
    ['三季度预算执行率', '102.01%', ''],
    ['四季度预算执行率', '98.70%', ''],
    ['政府采购计划金额', 5.34, '万元'],
    ['实际采购金额', 4.73, '万元'],
    ['政府采购执行率', '88.71%', ''],
    ['部门预算公开情况', '已公开', ''],
    ['部门决算公开情况', '已公开', ''],
    ['固定资产原值', 64.37, '万元'],
    ['在用固定资产原值', 58.53, '万元'],
    ['核定编制数', 25, '人'],
    ['在编人数', 23, '人'],
    ['编外人数', 4, '人'],
    ['“三公”经费预算数', 5.31, '万元'],
    ['“三公”经费实际支出数', 3.1, '万元'],
    ['日常公用经费调整预算数', 67.32, '万元'],
    ['日常公用经费决算数', 61.23, '万元'],
    ['计划完成项目数', 8, '个'],
    ['按时完成项目数', 8, '个'],
    ['满意度', '98.6%', ''],
    ['信访办理回复率', '100%', ''],
    ['信访及时办理回复率', '100%', ''],
  ];
  return [['指标', '数值', '单位', '说明'], ...rows.filter(([l]) => !(l in over) || over[l] !== undefined).map(([l, v, u]): CellValue[] => [l, l in over ? (over[l] as CellValue) : v, u || null, null])];
}

export function sheet(name: string, values: CellValue[][]): SheetSnapshot {
  const width = Math.max(0, ...values.map((r) => r.length));
  return { name, values: values.map((r) => [...r, ...Array(width - r.length).fill(null)]) };
}

export function shenzhenSnapshot(scores: Record<string, CellValue> = {}, data: Record<string, CellValue | undefined> = {}): WorkbookSnapshot {
  return { sheets: [sheet('评分表', shenzhenTableRows(scores)), sheet('基础数据', shenzhenDataRows(data))], name: 'shenzhen-2024.xlsx' };
}

/** Seed 003's 表5, printed with a single 分值 column and its 合计 row showing 100. */
export function guangzhouRows(total: CellValue = 100): CellValue[][] {
  return [
    ['表5 2023年我会部门整体绩效自评指标得分表', E, E, E, E],
    ['一级指标', '二级指标', '三级指标', '分值', '得分/自评分'],
    ['履职效能', '整体效能', '部门整体绩效目标产出指标完成情况', 10, 9.45],
    [E, E, '部门整体绩效目标效益指标完成情况', 10, 10],
    [E, E, '部门预算资金支出率', 5, 4.38],
    [E, '专项效能', '专项资金绩效完成情况', 20, 20],
    [E, E, '专项资金支出率', 5, 4.99],
    ['管理效率', '预算编制', '新增预算项目事前绩效评估', 3, 3],
    [E, '预算执行', '结转结余率', 2, 2],
    [E, E, '财务管理合规性', 2, 1.5],
    [E, '信息公开', '预决算公开合规性', 2, 2],
    [E, E, '绩效信息公开情况', 2, 2],
    [E, '绩效管理', '绩效管理制度建设', 5, 5],
    [E, E, '绩效结果应用', 3, 3],
    [E, E, '绩效管理制度执行', 7, 7],
    [E, '采购管理', '采购意向公开合规性', 0.5, 0.5],
    [E, E, '采购意向公开时限', 1.5, 1.5],
    [E, E, E, E, E],
    ['一级指标', '二级指标', '三级指标', '分值', '得分/自评分'],
    [E, E, '采购内控制度建设', 1, 1],
    [E, E, '采购活动合规性', 2, 2],
    [E, E, '采购合同签订时效性', 3, 2],
    [E, E, '合同备案时效性', 1, 0],
    [E, E, '采购政策效能', 1, 1],
    [E, '资产管理', '资产配置合规性', 2, 2],
    [E, E, '资产收益上缴的及时性', 1, 1],
    [E, E, '资产盘点情况', 1, 1],
    [E, E, '数据质量', 2, 2],
    [E, E, '资产管理合规性', 2, 1.5],
    [E, E, '固定资产利用率', 2, 2],
    [E, '运行成本', '公用经费控制率', 2, 2],
    [E, E, '“三公”经费控制情况', 2, 2],
    [E, '合计', E, E, total],
  ];
}

export function guangzhouSnapshot(total: CellValue = 100): WorkbookSnapshot {
  return { sheets: [sheet('表5', guangzhouRows(total))] };
}

/** A national 项目支出绩效自评表 with its 项目资金 block and indicator table. */
export function nationalRows(opts: { reason?: CellValue; actual?: CellValue; score?: CellValue; qualScore?: CellValue } = {}): CellValue[][] {
  return [
    ['项目支出绩效自评表', E, E, E, E, E, E, E],
    ['（2024年度）', E, E, E, E, E, E, E],
    ['项目名称', '科普活动经费', E, E, E, E, E, E],
    ['主管部门', '市科协', E, '实施单位', '市科技馆', E, E, E],
    ['项目资金（万元）', E, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', E, 200, 180, 171, 10, '95.00%', 9.5],
    ['其中：当年财政拨款', E, 200, 180, 171, E, E, E],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ['产出指标', '数量指标', '举办科普讲座场次', '≥20场', '20场', 20, 20, E],
    [E, E, '培训人次', '≥500人次', opts.actual !== undefined ? opts.actual : '480人次', 15, opts.score !== undefined ? opts.score : 14.4, opts.reason !== undefined ? opts.reason : '部分讲座因场地调整合并'],
    [E, '时效指标', '活动平均筹备时间', '≤30天', '28天', 15, 15, E],
    ['效益指标', '社会效益指标', '公众科学素质', '有效提升', '基本达成', 30, opts.qualScore !== undefined ? opts.qualScore : 21, '宣传覆盖面不足'],
    ['满意度指标', '服务对象满意度指标', '参与者满意度', '≥95%', '96%', 10, 10, E],
    ['总分', E, E, E, E, 100, 89.9, E],
  ];
}

export function nationalSnapshot(opts: Parameters<typeof nationalRows>[0] = {}): WorkbookSnapshot {
  return { sheets: [sheet('项目自评表', nationalRows(opts))] };
}

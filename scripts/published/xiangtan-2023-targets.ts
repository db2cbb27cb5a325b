import type { CellValue } from '../../src/workbook/port';

/**
 * 湘潭市环境卫生管理处 2023年雾炮车降尘抑尘服务 项目支出绩效目标申报表, as published on
 * http://xtcg.xiangtan.gov.cn/15068/15075/26693/content_1250928.html (湘潭市城市管理和综合执法局,
 * 2023-10-13). Partial: the page prints the form as an HTML table with its merged cells flattened, so
 * the column each cell sits in is our reconstruction of the printed layout; the filler's name and
 * telephone are left out. Every figure and name below is as the page shows it. The 满意度 row shows no
 * 一级 cell of its own on the page, so it reads under the merged 效益指标 above it.
 */

const E = null;

export const XIANGTAN_SHEET = '绩效目标申报表';

export const XIANGTAN_2023_ROWS: CellValue[][] = [
  ['2023年项目支出绩效目标申报表', E, E, E, E, E],
  ['填报单位：（盖章）', E, E, E, '单位：万元', E],
  ['项目支出名称', '雾炮车降尘抑尘服务', E, '预算部门', '湘潭市环境卫生管理处', E],
  ['年度本级 预算金额', '250万', E, '该项目支出上级资金', 0, E],
  ['项目支出实施期', '2023.07-2024.01', E, E, E, E],
  ['实施期绩效目标', '通过采购雾炮车降尘抑尘服务，服务周期2023.07-2024.01，全市空气质量达到优良', E, E, E, E],
  ['本年度绩效目标', '通过采购雾炮车降尘抑尘服务，服务周期2023.07-2024.01，全市空气质量达到优良', E, E, E, E],
  ['本年度 绩效指标', '一级指标', '二级指标', '三级指标', '指标值及单位', '绩效标准'],
  [E, '产出指标', '数量指标', '雾炮车降尘抑尘服务配备车辆数', '10辆', '计划标准'],
  [E, E, E, '雾炮车风炮射程', '≥80M', '计划标准'],
  [E, E, '质量指标', '服务周期内空气质量', '优良', '计划标准'],
  [E, E, '时效指标', '服务周期', '2023.07-2024.01', '计划标准'],
  [E, E, '成本指标', '控制在预算成本内', '250万', '计划标准'],
  [E, '效益指标', '经济效益指标', E, E, E],
  [E, E, '社会效益指标', '服务周期内，市民对空气质量改善的满意程度', '≥85%', '计划标准'],
  [E, E, '生态效益指标', E, E, E],
  [E, E, '可持续影响指标', E, E, E],
  [E, E, '社会公众或服务对象满意度指标', '市民满意度', '≥90%', '计划标准'],
  ['财政部门审核意见', E, E, E, E, E],
  ['填表人：', E, '联系电话：', E, '填报日期：', '单位负责人签字：'],
];

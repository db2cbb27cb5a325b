import ExcelJS from 'exceljs';
import { box, header, merge, newWorkbook, projectFormHead, put } from './make-examples';

/**
 * examples/monitoring-2025.xlsx: a 项目支出绩效目标执行监控表 laid out as the form annexed to
 * 财预〔2019〕136号 and reproduced by provincial notices (domain.md §9): 项目资金 with 年初预算数 / 全年预算数 /
 * 1-7月执行数 / 1-7月执行率 / 全年预计执行数; the indicator rows with 年度指标值 / 1-7月执行情况 / 全年预计完成情况,
 * 偏差原因分析 ticked under 经费保障 / 制度保障 / 人员保障 / 硬件条件保障 / 其他 with a 原因说明, 完成目标可能性 ticked
 * under 确定能 / 有可能 / 完全不可能, and 备注. The project and its figures are made up to exercise every light.
 *
 * Worked by hand (month 7, 序时进度 7 ÷ 12 = 58.33%):
 *   funds     96 ÷ 240 = 40.00%; 40.00% ÷ 58.33% = 68.57%                      → 黄灯 (60–<80%)
 *             上年结转资金 全年预计 22 > 全年预算 20 (110.00%)                     → finding
 *   讲座场次   ≥24场, 15场: 序时目标 24 ÷ 12 × 7 = 14场; 15 ÷ 14 = 107.14%        → 绿灯
 *   培训人次   ≥1200人次, 420人次: 序时目标 700人次; 420 ÷ 700 = 60.00%           → 黄灯 (60% is not below 60%);
 *             deviation 40.00% ≥ 15%, cause given (经费保障, 原因说明)           → no finding
 *   验收合格率 =100%, 100%: 序时目标 58.33%; 100% ÷ 58.33% = 171.43%           → 蓝灯; deviation 71.43%, no cause → finding
 *   整改时限   ≤15天, 18天: reverse, 18 > 15                                  → 红灯, no cause → finding
 *   平均成本   ≤2万元, 1.8万元: reverse, within                               → 绿灯
 *   科学素养   有效提升, 部分达成                                               → 黄灯; cause given;
 *             全年预计 达成 but 完成可能性 完全不可能                            → finding
 *   满意度     ≥90%, “年底开展调查”: not a number                              → no light, finding; no 可能性 ticked → finding
 *   project light: the worst of 绿 黄 蓝 红 绿 黄 = 红灯
 */
export const MONITORING_EXPECTED = { fundsRatio: '68.57%', fundsLight: '黄灯', projectLight: '红灯' };

interface MonRow {
  l1?: string;
  l2?: string;
  name: string;
  target: string;
  progress: string;
  forecast: string;
  causes: number[];
  explanation: string;
  /** 0 确定能, 1 有可能, 2 完全不可能, null none ticked */
  likely: number | null;
  remark?: string;
}

export const MONITORING_ROWS: MonRow[] = [
  { l1: '产出指标', l2: '数量指标', name: '举办科普讲座场次', target: '≥24场', progress: '15场', forecast: '25场', causes: [], explanation: '', likely: 0 },
  { name: '科普培训参与人次', target: '≥1200人次', progress: '420人次', forecast: '1000人次', causes: [0], explanation: '上半年资金拨付较晚，部分培训延至下半年举办。', likely: 1 },
  { l2: '质量指标', name: '活动验收合格率', target: '=100%', progress: '100%', forecast: '100%', causes: [], explanation: '', likely: 0 },
  { l2: '时效指标', name: '问题整改完成时限', target: '≤15天', progress: '18天', forecast: '15天', causes: [], explanation: '', likely: 0 },
  { l2: '成本指标', name: '单场讲座平均成本', target: '≤2万元', progress: '1.8万元', forecast: '1.9万元', causes: [], explanation: '', likely: 0 },
  { l1: '效益指标', l2: '社会效益指标', name: '居民科学素养', target: '有效提升', progress: '部分达成', forecast: '达成', causes: [4], explanation: '部分街道的活动尚未开展。', likely: 2 },
  { l1: '满意度指标', l2: '服务对象满意度指标', name: '参与居民满意度', target: '≥90%', progress: '年底开展调查', forecast: '92%', causes: [], explanation: '', likely: null, remark: '满意度调查安排在12月' },
];

/**
 * Layout (1-based rows): 1 title, 2 period, 3 项目名称, 4 主管部门/实施单位, 5–9 项目资金（万元）, 10–11 年度总体目标,
 * 12–13 the two indicator header rows, 14–20 indicators, 21 说明. Columns A–P.
 */
export function buildMonitoring(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('绩效运行监控表');
  ws.columns = [12, 16, 18, 12, 14, 14, 8, 8, 8, 10, 8, 30, 8, 8, 10, 18].map((width) => ({ width }));
  projectFormHead(ws, {
    last: 'P',
    title: '项目支出绩效目标执行监控表',
    period: '（2025年1-7月）',
    project: '社区科普惠民服务项目',
    department: ['G', '某市科学技术协会'],
    implementer: ['H', '某市科普服务中心'],
  });

  merge(ws, 'A5:A9', '项目资金（万元）');
  ['年初预算数', '全年预算数', '1-7月执行数', '1-7月执行率', '全年预计执行数'].forEach((h, i) => put(ws, `${'CDEFG'[i]}5`, h));
  header(ws, 'B5:G5');
  const money: [string, number, number, number, string, number][] = [
    ['年度资金总额', 200, 240, 96, '40.00%', 234],
    ['其中：当年财政拨款', 200, 220, 90, '40.91%', 212],
    ['上年结转资金', 0, 20, 6, '30.00%', 22],
    ['其他资金', 0, 0, 0, '—', 0],
  ];
  money.forEach(([label, initial, budget, executed, rate, forecast], i) => {
    const r = 6 + i;
    put(ws, `B${r}`, label);
    put(ws, `C${r}`, initial, '0.00');
    put(ws, `D${r}`, budget, '0.00');
    put(ws, `E${r}`, executed, '0.00');
    put(ws, `F${r}`, rate);
    put(ws, `G${r}`, forecast, '0.00');
  });

  merge(ws, 'A10:A11', '年度总体目标');
  merge(ws, 'B10:G10', '全年预期目标');
  merge(ws, 'H10:P10', '1-7月执行情况');
  header(ws, 'B10:P10');
  merge(ws, 'B11:G11', '全年举办科普讲座不少于24场、培训居民不少于1200人次，活动验收合格，居民科学素养有效提升。');
  merge(ws, 'H11:P11', '举办讲座15场、培训420人次，部分街道活动尚未开展。');
  ws.getRow(11).height = 45;

  ['一级指标', '二级指标', '三级指标', '年度指标值', '1-7月执行情况', '全年预计完成情况'].forEach((h, i) => merge(ws, `${'ABCDEF'[i]}12:${'ABCDEF'[i]}13`, h));
  merge(ws, 'G12:L12', '偏差原因分析');
  merge(ws, 'M12:O12', '完成目标可能性');
  merge(ws, 'P12:P13', '备注');
  ['经费保障', '制度保障', '人员保障', '硬件条件保障', '其他', '原因说明', '确定能', '有可能', '完全不可能'].forEach((h, i) => put(ws, `${'GHIJKLMNO'[i]}13`, h));
  header(ws, 'A12:P13');

  let r = 14;
  const groupStart = { A: r, B: r };
  const close = (col: 'A' | 'B', end: number) => {
    if (end > groupStart[col]) ws.mergeCells(`${col}${groupStart[col]}:${col}${end}`);
  };
  MONITORING_ROWS.forEach((row, i) => {
    if (row.l1) {
      if (i > 0) close('A', r - 1);
      groupStart.A = r;
      put(ws, `A${r}`, row.l1);
    }
    if (row.l2) {
      if (i > 0) close('B', r - 1);
      groupStart.B = r;
      put(ws, `B${r}`, row.l2);
    }
    put(ws, `C${r}`, row.name);
    put(ws, `D${r}`, row.target);
    put(ws, `E${r}`, row.progress);
    put(ws, `F${r}`, row.forecast);
    for (const c of row.causes) put(ws, `${'GHIJK'[c]}${r}`, '√');
    if (row.explanation) put(ws, `L${r}`, row.explanation);
    ws.getCell(`L${r}`).alignment = { wrapText: true, vertical: 'middle' };
    if (row.likely !== null) put(ws, `${'MNO'[row.likely]}${r}`, '√');
    if (row.remark) put(ws, `P${r}`, row.remark);
    r += 1;
  });
  close('A', r - 1);
  close('B', r - 1);
  box(ws, `A3:P${r - 1}`);
  merge(ws, `A${r}:P${r}`, '说明：偏差原因分析、完成目标可能性请在对应栏内打“√”。');
  return wb;
}

import { SHENZHEN_2024_STANDARDS } from '../src/frameworks/shenzhen-2024-standards';
/**
 * Builds the example workbooks under examples/ (`npm run examples`):
 *
 * - shenzhen-2024.xlsx   seed 002's 部门整体支出绩效评价指标体系评分表 with its self-scores (total 96.88)
 *                        and a 基础数据 sheet holding seed 002's raw figures;
 * - national-project.xlsx a 项目支出绩效自评表 (财预〔2020〕10号 layout, domain.md §4);
 * - guangzhou-2023.xlsx  seed 003's 表5 as printed, with its 合计 row showing 100 (scores sum to 95.82);
 * - monitoring-2025.xlsx a 项目支出绩效目标执行监控表 for 1-7月 (财预〔2019〕136号 layout, scripts/monitoringExample.ts);
 * - targets-xiangtan-2023.xlsx a published 项目支出绩效目标申报表 (湘潭 2023, source in
 *                        scripts/published/xiangtan-2023-targets.ts) with its merged cells, for `perfscore targets`.
 *
 * The output is byte-for-byte reproducible: the workbook's created/modified dates are fixed and the
 * zip is repacked with fixed entry dates, so rebuilding gives identical files.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildMonitoring } from './monitoringExample';
import { XIANGTAN_2023_ROWS, XIANGTAN_SHEET } from './published/xiangtan-2023-targets';

/** The fixed timestamp written into every example (document properties and zip entries). */
export const FIXED_DATE = new Date(Date.UTC(2025, 0, 1, 0, 0, 0));

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'PerfScore';
  wb.lastModifiedBy = 'PerfScore';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Serialises a workbook with fixed dates so the same content always gives the same bytes. */
export async function deterministicBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const raw = Buffer.from(await wb.xlsx.writeBuffer());
  const src = await JSZip.loadAsync(raw);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n].dir);
  for (const name of names) {
    const content = await src.files[name].async('nodebuffer');
    out.file(name, content, { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

export async function writeDeterministic(wb: ExcelJS.Workbook, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, await deterministicBuffer(wb));
}

export function box(ws: ExcelJS.Worksheet, range: string): void {
  const [a, b] = range.split(':');
  const start = ws.getCell(a);
  const end = ws.getCell(b ?? a);
  for (let r = Number(start.row); r <= Number(end.row); r++) {
    for (let c = Number(start.col); c <= Number(end.col); c++) {
      ws.getCell(r, c).border = THIN;
    }
  }
}

export function header(ws: ExcelJS.Worksheet, range: string): void {
  const [a, b] = range.split(':');
  const start = ws.getCell(a);
  const end = ws.getCell(b ?? a);
  for (let r = Number(start.row); r <= Number(end.row); r++) {
    for (let c = Number(start.col); c <= Number(end.col); c++) {
      const cell = ws.getCell(r, c);
      cell.font = { bold: true };
      cell.fill = HEADER_FILL;
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    }
  }
}

export function put(ws: ExcelJS.Worksheet, address: string, value: ExcelJS.CellValue, numFmt?: string): ExcelJS.Cell {
  const cell = ws.getCell(address);
  cell.value = value;
  if (numFmt) cell.numFmt = numFmt;
  return cell;
}

export function merge(ws: ExcelJS.Worksheet, range: string, value: ExcelJS.CellValue, numFmt?: string): void {
  const [a, b] = range.split(':');
  if (b && b !== a) ws.mergeCells(range);
  put(ws, a, value, numFmt);
}

/**
 * Rows 1–4 of a project form: the title and the period centred over columns A–`last`, 项目名称 across,
 * 主管部门 (its value up to the column given) and 实施单位 (its label in the column given, its value to `last`).
 */
export function projectFormHead(
  ws: ExcelJS.Worksheet,
  head: { last: string; title: string; period: string; project: string; department: [end: string, name: string]; implementer: [label: string, name: string] },
): void {
  const { last } = head;
  merge(ws, `A1:${last}1`, head.title);
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  merge(ws, `A2:${last}2`, head.period);
  ws.getCell('A2').alignment = { horizontal: 'center' };

  put(ws, 'A3', '项目名称');
  merge(ws, `B3:${last}3`, head.project);
  put(ws, 'A4', '主管部门');
  merge(ws, `B4:${head.department[0]}4`, head.department[1]);
  const label = head.implementer[0];
  put(ws, `${label}4`, '实施单位');
  merge(ws, `${String.fromCharCode(label.charCodeAt(0) + 1)}4:${last}4`, head.implementer[1]);
}

// ---------------------------------------------------------------------------------------------------
// Shenzhen (seed 002)
// ---------------------------------------------------------------------------------------------------

interface SzLeaf {
  name: string;
  points: number;
  description: string;
  /** the seed's 评分 column */
  score: number;
}
interface SzGroup {
  name: string;
  points: number;
  leaves: SzLeaf[];
}
interface SzTop {
  name: string;
  points: number;
  groups: SzGroup[];
}

/** Seed 002 附件: levels, points, shortened 指标说明, and the 评分 column exactly; the 评分标准 as published, from the framework. */
export const SHENZHEN_TABLE: SzTop[] = [
  {
    name: '部门决策',
    points: 20,
    groups: [
      {
        name: '预算编制',
        points: 10,
        leaves: [
          {
            name: '预算编制合理性',
            points: 5,
            description: '部门（单位）预算的合理性，即是否符合本部门职责、是否符合市委市政府的方针政策和工作要求，资金有无根据项目的轻重缓急进行分配。',
            score: 5,
          },
          {
            name: '预算编制规范性',
            points: 5,
            description: '部门（单位）预算编制是否符合财政部门当年度关于预算编制的各项原则和要求。',
            score: 5,
          },
        ],
      },
      {
        name: '目标设置',
        points: 10,
        leaves: [
          {
            name: '绩效目标完整性',
            points: 3,
            description: '部门（单位）是否按要求编报项目绩效目标，是否依据充分、内容完整、覆盖全面、符合实际。',
            score: 3,
          },
          {
            name: '绩效指标明确性',
            points: 7,
            description: '部门（单位）设定的绩效指标是否清晰、细化、可量化。',
            score: 7,
          },
        ],
      },
    ],
  },
  {
    name: '部门管理',
    points: 20,
    groups: [
      {
        name: '资金管理',
        points: 8,
        leaves: [
          {
            name: '政府采购执行情况',
            points: 2,
            description: '部门（单位）本年度实际政府采购金额与年度政府采购预算的比率；政府采购政策功能的执行和落实情况。',
            score: 1.89,
          },
          {
            name: '财务规范性',
            points: 3,
            description: '部门（单位）资金支出规范性，资金调整、调剂是否规范，会计核算是否规范。',
            score: 3,
          },
          {
            name: '预决算信息公开',
            points: 3,
            description: '部门（单位）是否按照政府信息公开有关规定公开相关预决算信息。',
            score: 3,
          },
        ],
      },
      {
        name: '项目管理',
        points: 4,
        leaves: [
          {
            name: '项目实施程序',
            points: 2,
            description: '部门（单位）所有项目支出实施过程是否规范。',
            score: 2,
          },
          {
            name: '项目监管',
            points: 2,
            description: '部门（单位）对所实施项目的检查、监控、督促整改等管理情况。',
            score: 2,
          },
        ],
      },
      {
        name: '资产管理',
        points: 3,
        leaves: [
          {
            name: '资产管理安全性',
            points: 2,
            description: '部门（单位）的资产是否保存完整、使用合规、配置合理、处置规范、收入及时足额上缴。',
            score: 2,
          },
          {
            name: '固定资产利用率',
            points: 1,
            description: '部门（单位）实际在用固定资产总额与所有固定资产总额的比例。',
            score: 1,
          },
        ],
      },
      {
        name: '人员管理',
        points: 2,
        leaves: [
          {
            name: '财政供养人员控制率',
            points: 1,
            description: '部门（单位）本年度在编人数（含工勤人员）与核定编制数（含工勤人员）的比率。',
            score: 1,
          },
          {
            name: '编外人员控制率',
            points: 1,
            description: '部门（单位）本年度编外人员数量与在职人员总数（在编+编外）的比率。',
            score: 0,
          },
        ],
      },
      {
        name: '制度管理',
        points: 3,
        leaves: [
          {
            name: '管理制度健全性',
            points: 3,
            description: '部门（单位）制定了相应的预算资金、财务管理和预算绩效管理等相关制度并严格执行。',
            score: 3,
          },
        ],
      },
    ],
  },
  {
    name: '部门绩效',
    points: 60,
    groups: [
      {
        name: '经济性',
        points: 6,
        leaves: [
          {
            name: '公用经费控制率',
            points: 6,
            description: '部门（单位）本年度实际支出的公用经费总额与预算安排的公用经费总额的比率。',
            score: 5,
          },
        ],
      },
      {
        name: '效率性',
        points: 20,
        leaves: [
          {
            name: '预算执行率',
            points: 6,
            description: '部门（单位）部门预算实际支付进度和既定支付进度的匹配情况。',
            score: 5.99,
          },
          {
            name: '重点工作完成情况',
            points: 8,
            description: '部门（单位）完成党委、政府、人大和上级部门下达或交办的重要事项或工作的完成情况。',
            score: 8,
          },
          {
            name: '项目完成及时性',
            points: 6,
            description: '部门（单位）项目完成情况与预期时间对比的情况。',
            score: 6,
          },
        ],
      },
      {
        name: '效果性',
        points: 25,
        leaves: [
          {
            name: '社会效益、经济效益、生态效益及持续影响等',
            points: 25,
            description: '部门（单位）履行职责、完成各项重大政策和项目的效果，以及对经济发展、社会发展、生态环境所带来的直接或间接影响。',
            score: 24,
          },
        ],
      },
      {
        name: '公平性',
        points: 9,
        leaves: [
          {
            name: '群众信访办理情况',
            points: 3,
            description: '部门（单位）对群众信访意见的完成情况及及时性。',
            score: 3,
          },
          {
            name: '公众或服务对象满意度',
            points: 6,
            description: '反映社会公众或部门（单位）的服务对象对部门履职效果的满意度。',
            score: 6,
          },
        ],
      },
    ],
  },
];

/** Writes the three header rows of the 评分表 starting at `top` (1-based). */
function shenzhenHeader(ws: ExcelJS.Worksheet, top: number): void {
  const r1 = top;
  const r2 = top + 1;
  const r3 = top + 2;
  merge(ws, `A${r1}:F${r1}`, '评价指标');
  merge(ws, `G${r1}:G${r3}`, '指标说明');
  merge(ws, `H${r1}:H${r3}`, '评分标准');
  merge(ws, `I${r1}:I${r3}`, '评分');
  merge(ws, `A${r2}:B${r2}`, '一级指标');
  merge(ws, `C${r2}:D${r2}`, '二级指标');
  merge(ws, `E${r2}:F${r2}`, '三级指标');
  const cols = ['A', 'B', 'C', 'D', 'E', 'F'];
  cols.forEach((c, i) => put(ws, `${c}${r3}`, i % 2 === 0 ? '名称' : '参考分值'));
  header(ws, `A${r1}:I${r3}`);
  box(ws, `A${r1}:I${r3}`);
}

/**
 * Layout of 评分表 (1-based rows): title in row 1; header rows 2–4; body from row 5; the header is
 * repeated (rows 12–14) between 资金管理 and 项目管理 as when the table is printed over two pages, and
 * the 部门管理 cells below the repeated header are left blank, as on the printed second page; the 合计
 * row is last, with 100 in the leaf 参考分值 column and =SUM() over the 评分 column (cached 96.88).
 */
export function buildShenzhen(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('评分表', { pageSetup: { orientation: 'landscape', paperSize: 9 } });
  ws.columns = [
    { width: 10 },
    { width: 8 },
    { width: 10 },
    { width: 8 },
    { width: 22 },
    { width: 8 },
    { width: 40 },
    { width: 60 },
    { width: 8 },
  ];
  merge(ws, 'A1:I1', '部门整体支出绩效评价指标体系评分表');
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  shenzhenHeader(ws, 2);

  let row = 5;
  /** the page break: the header is repeated before this level-2 group */
  const repeatBefore = '项目管理';
  const firstRow = row;
  for (const top of SHENZHEN_TABLE) {
    put(ws, `A${row}`, top.name);
    put(ws, `B${row}`, top.points);
    /** first row of the level-1 merge; null once the repeated header has cut it (blank below, as printed) */
    let topStart: number | null = row;
    for (const group of top.groups) {
      if (group.name === repeatBefore) {
        if (topStart !== null && row - 1 > topStart) {
          ws.mergeCells(`A${topStart}:A${row - 1}`);
          ws.mergeCells(`B${topStart}:B${row - 1}`);
        }
        topStart = null;
        shenzhenHeader(ws, row);
        row += 3;
      }
      const groupStart = row;
      put(ws, `C${groupStart}`, group.name);
      put(ws, `D${groupStart}`, group.points);
      for (const leaf of group.leaves) {
        put(ws, `E${row}`, leaf.name);
        put(ws, `F${row}`, leaf.points);
        put(ws, `G${row}`, leaf.description);
        put(ws, `H${row}`, SHENZHEN_2024_STANDARDS[leaf.name]);
        put(ws, `I${row}`, leaf.score, '0.00');
        row += 1;
      }
      if (row - 1 > groupStart) {
        ws.mergeCells(`C${groupStart}:C${row - 1}`);
        ws.mergeCells(`D${groupStart}:D${row - 1}`);
      }
    }
    if (topStart !== null && row - 1 > topStart) {
      ws.mergeCells(`A${topStart}:A${row - 1}`);
      ws.mergeCells(`B${topStart}:B${row - 1}`);
    }
  }
  const lastBody = row - 1;
  merge(ws, `A${row}:E${row}`, '合计');
  put(ws, `F${row}`, 100);
  put(ws, `I${row}`, { formula: `SUM(I${firstRow}:I${lastBody})`, result: 96.88 }, '0.00');
  ws.getRow(row).font = { bold: true };
  box(ws, `A5:I${row}`);
  for (let r = 5; r <= row; r++) {
    for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']) {
      const cell = ws.getCell(`${c}${r}`);
      if (cell.alignment === undefined || !cell.alignment.wrapText) {
        cell.alignment = { vertical: 'middle', wrapText: true, horizontal: c === 'G' || c === 'H' ? 'left' : 'center' };
      }
    }
  }

  addShenzhenFigures(wb);
  return wb;
}

type FigureRow = [label: string, value: ExcelJS.CellValue, unit: string, note: string, numFmt?: string];

/**
 * Seed 002's raw figures under the Shenzhen framework's labels (src/frameworks/shenzhen-2024-department.ts
 * `figures`). Some values are typed as text the way users write them ("1,936.12万元", "98.70%"), others
 * are numbers, rates as fractions with a % number format.
 */
export const SHENZHEN_FIGURES: FigureRow[] = [
  ['单位名称', '深圳市科技交流服务中心', '', ''],
  ['年度', 2024, '', '评价年度', '0'],
  ['年初预算', '1,936.12万元', '万元', '年初部门预算总额'],
  ['年初预算基本支出', 1401.66, '万元', '人员经费1,330.19万元＋公用经费71.48万元', '#,##0.00'],
  ['年初预算人员经费', 1330.19, '万元', '', '#,##0.00'],
  ['年初预算公用经费', 71.48, '万元', '', '#,##0.00'],
  ['年初预算项目支出', '534.46', '万元', ''],
  ['调整后预算', 1912.37, '万元', '年中财政统筹收回部分人员经费', '#,##0.00'],
  ['调整后基本支出预算', 1378.91, '万元', '', '#,##0.00'],
  ['调整后项目支出预算', 533.46, '万元', '', '#,##0.00'],
  ['全年支出', '1,887.42', '万元', ''],
  ['基本支出', 1368.86, '万元', '全年基本支出', '#,##0.00'],
  ['项目支出', 518.56, '万元', '全年项目支出', '#,##0.00'],
  ['预算执行率', '98.70%', '%', '全年支出/调整后预算'],
  ['一季度支出进度', 0.2624, '%', '3月末累计支出进度', '0.00%'],
  ['二季度支出进度', '51.31%', '%', '6月末累计支出进度'],
  ['三季度支出进度', 0.7651, '%', '9月末累计支出进度', '0.00%'],
  ['四季度支出进度', '98.70%', '%', '12月末累计支出进度'],
  ['政府采购计划金额', 5.34, '万元', '采购计划金额合计数', '0.00'],
  ['实际采购金额', '4.73万元', '万元', '实际采购成交金额'],
  ['政府采购执行率', 0.8871, '%', '报告所列执行率', '0.00%'],
  ['固定资产原值', 64.37, '万元', '固定资产203项', '0.00'],
  ['在用固定资产原值', 58.53, '万元', '在用169项；待处置34项，原值5.84万元', '0.00'],
  ['核定编制数', 25, '人', '', '0'],
  ['在编人数', 23, '人', '', '0'],
  ['编外人数', 4, '人', '', '0'],
  ['“三公”经费实际支出数', 3.1, '万元', '', '0.00'],
  ['“三公”经费预算数', '5.31', '万元', ''],
  ['日常公用经费决算数', 61.23, '万元', '', '0.00'],
  ['日常公用经费调整预算数', 67.32, '万元', '', '0.00'],
  ['计划完成项目数', 8, '个', '', '0'],
  ['按时完成项目数', 8, '个', '', '0'],
  ['满意度', 0.986, '%', '服务对象满意度调查结果', '0.0%'],
  ['信访办理回复率', '100%', '%', ''],
  ['信访及时办理回复率', 1, '%', '', '0%'],
];

function addShenzhenFigures(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet('基础数据');
  ws.columns = [{ width: 26 }, { width: 18 }, { width: 8 }, { width: 40 }];
  const head = ['项目', '数值', '单位', '说明'];
  head.forEach((h, i) => put(ws, `${'ABCD'[i]}1`, h));
  header(ws, 'A1:D1');
  SHENZHEN_FIGURES.forEach(([label, value, unit, note, numFmt], i) => {
    const r = i + 2;
    put(ws, `A${r}`, label);
    put(ws, `B${r}`, value, numFmt);
    if (unit) put(ws, `C${r}`, unit);
    if (note) put(ws, `D${r}`, note);
  });
  box(ws, `A1:D${SHENZHEN_FIGURES.length + 1}`);
}

// ---------------------------------------------------------------------------------------------------
// National project form (domain.md §4)
// ---------------------------------------------------------------------------------------------------

/**
 * The expected total of national-project.xlsx, worked by hand (rules of domain.md §4, leaf scores
 * rounded half up to 2 places, totals summed from the rounded leaves):
 *
 *   预算执行率: 全年执行数 111.00 / 全年预算数 120.00 = 92.50%  → 0.925 × 10          =  9.25
 *   产出指标 (50)
 *     举办科普活动场次   ≥20场     actual 22场     positive, 22 ≥ 20            → 10.00 of 10
 *     培训参与人次       ≥500人次  actual 480人次  positive, 480/500 × 10       →  9.60 of 10
 *     活动验收合格率     =100%     actual 100%     equal, met                   → 10.00 of 10
 *     项目完成时限       ≤30天     actual 33天     reverse, (1 − 3/30) × 10     →  9.00 of 10 (no 偏差原因)
 *     单场活动平均成本   ≤5万元    actual 4.8万元  reverse, 4.8 ≤ 5             → 10.00 of 10
 *                                                                     产出指标 = 48.60
 *   效益指标 (30)
 *     青少年科学素养     有效提升  actual 基本达成  qualitative (部分达成: 60–<80% of 15 = [9, 12)),
 *                                                 typed 11.25 (75%), inside its band → 11.25 of 15
 *     科普长效机制       逐步完善  actual 达成      qualitative (达成: 80–100%), typed 15 → 15.00 of 15
 *                                                                     效益指标 = 26.25
 *   满意度指标 (10)
 *     参与学生满意度     ≥90%      actual 88%      positive, 88/90 × 10 = 9.777… →  9.78 of 10
 *
 *   total = 9.25 + 48.60 + 26.25 + 9.78 = 93.88 (unrounded 93.8777…, also 93.88) → grade 优
 */
export const NATIONAL_EXPECTED_TOTAL = '93.88';

interface NatRow {
  l1?: string;
  l2?: string;
  name: string;
  target: string;
  actual: string;
  points: number;
  score: number;
  reason: string;
}

export const NATIONAL_ROWS: NatRow[] = [
  { l1: '产出指标', l2: '数量指标', name: '举办科普活动场次', target: '≥20场', actual: '22场', points: 10, score: 10, reason: '' },
  {
    name: '培训参与人次',
    target: '≥500人次',
    actual: '480人次',
    points: 10,
    score: 9.6,
    reason: '受台风天气影响，两场线下培训改为线上举办，参与人次略低于目标；下一年度提前制定应急预案，线上线下同步组织。',
  },
  { l2: '质量指标', name: '活动验收合格率', target: '=100%', actual: '100%', points: 10, score: 10, reason: '' },
  { l2: '时效指标', name: '项目完成时限', target: '≤30天', actual: '33天', points: 10, score: 9, reason: '' },
  { l2: '成本指标', name: '单场活动平均成本', target: '≤5万元', actual: '4.8万元', points: 10, score: 10, reason: '' },
  {
    l1: '效益指标',
    l2: '社会效益指标',
    name: '青少年科学素养',
    target: '有效提升',
    actual: '基本达成',
    points: 15,
    score: 11.25,
    reason: '部分区县活动覆盖面不足，素养提升效果尚未全面显现；下一年度扩大基层学校覆盖，并开展前后测评估。',
  },
  { l2: '可持续影响指标', name: '科普工作长效机制', target: '逐步完善', actual: '达成', points: 15, score: 15, reason: '' },
  {
    l1: '满意度指标',
    l2: '服务对象满意度指标',
    name: '参与学生满意度',
    target: '≥90%',
    actual: '88%',
    points: 10,
    score: 9.78,
    reason: '部分活动场地交通不便，满意度略低于目标；下一年度优化场地选择并增加线上参与渠道。',
  },
];

/**
 * Layout (1-based rows): 1 title, 2 year, 3 项目名称, 4 主管部门/实施单位, 5–9 项目资金（万元） block,
 * 10–11 年度总体目标, 12 绩效指标 header, 13–20 indicator rows, 21 总分.
 */
export function buildNational(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('项目支出绩效自评表');
  ws.columns = [{ width: 12 }, { width: 18 }, { width: 20 }, { width: 14 }, { width: 14 }, { width: 10 }, { width: 10 }, { width: 44 }];
  projectFormHead(ws, {
    last: 'H',
    title: '项目支出绩效自评表',
    period: '（2024年度）',
    project: '青少年科技创新人才培育项目',
    department: ['D', '深圳市科学技术协会'],
    implementer: ['E', '深圳市科技交流服务中心'],
  });

  merge(ws, 'A5:A9', '项目资金（万元）');
  ['', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].forEach((h, i) => {
    if (h) put(ws, `${'BCDEFGH'[i]}5`, h);
  });
  header(ws, 'B5:H5');
  const money: [string, number, number, number][] = [
    ['年度资金总额', 125, 120, 111],
    ['其中：当年财政拨款', 125, 115, 106.5],
    ['上年结转资金', 0, 5, 4.5],
    ['其他资金', 0, 0, 0],
  ];
  money.forEach(([label, initial, budget, executed], i) => {
    const r = 6 + i;
    put(ws, `B${r}`, label);
    put(ws, `C${r}`, initial, '0.00');
    put(ws, `D${r}`, budget, '0.00');
    put(ws, `E${r}`, executed, '0.00');
    if (i === 0) {
      put(ws, `F${r}`, 10);
      put(ws, `G${r}`, '92.50%');
      put(ws, `H${r}`, 9.25, '0.00');
    } else {
      put(ws, `F${r}`, '—');
      put(ws, `G${r}`, budget === 0 ? '—' : `${((executed / budget) * 100).toFixed(2)}%`);
      put(ws, `H${r}`, '—');
    }
  });

  merge(ws, 'A10:A11', '年度总体目标');
  merge(ws, 'B10:E10', '预期目标');
  merge(ws, 'F10:H10', '实际完成情况');
  header(ws, 'B10:H10');
  merge(
    ws,
    'B11:E11',
    '全年举办青少年科普活动不少于20场，培训青少年不少于500人次，活动验收合格率100%，30天内完成项目结项，青少年科学素养有效提升。',
  );
  merge(
    ws,
    'F11:H11',
    '全年举办科普活动22场，培训480人次，验收合格率100%，项目于33天内结项，青少年科学素养基本达成预期提升目标。',
  );
  ws.getRow(11).height = 60;
  ws.getCell('B11').alignment = { wrapText: true, vertical: 'top' };
  ws.getCell('F11').alignment = { wrapText: true, vertical: 'top' };

  const headRow = 12;
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'].forEach((h, i) =>
    put(ws, `${'ABCDEFGH'[i]}${headRow}`, h),
  );
  header(ws, `A${headRow}:H${headRow}`);

  let r = headRow + 1;
  let l1Start = r;
  let l2Start = r;
  const closeMerge = (col: string, start: number, end: number) => {
    if (end > start) ws.mergeCells(`${col}${start}:${col}${end}`);
  };
  NATIONAL_ROWS.forEach((row, i) => {
    if (row.l1) {
      if (i > 0) closeMerge('A', l1Start, r - 1);
      l1Start = r;
      put(ws, `A${r}`, row.l1);
    }
    if (row.l2) {
      if (i > 0) closeMerge('B', l2Start, r - 1);
      l2Start = r;
      put(ws, `B${r}`, row.l2);
    }
    put(ws, `C${r}`, row.name);
    put(ws, `D${r}`, row.target);
    put(ws, `E${r}`, row.actual);
    put(ws, `F${r}`, row.points);
    put(ws, `G${r}`, row.score, '0.00');
    if (row.reason) put(ws, `H${r}`, row.reason);
    ws.getCell(`H${r}`).alignment = { wrapText: true, vertical: 'middle' };
    r += 1;
  });
  closeMerge('A', l1Start, r - 1);
  closeMerge('B', l2Start, r - 1);
  merge(ws, `A${r}:E${r}`, '总分');
  put(ws, `F${r}`, 100);
  put(ws, `G${r}`, Number(NATIONAL_EXPECTED_TOTAL), '0.00');
  ws.getRow(r).font = { bold: true };
  box(ws, `A3:H${r}`);
  return wb;
}

// ---------------------------------------------------------------------------------------------------
// Guangzhou (seed 003 表5)
// ---------------------------------------------------------------------------------------------------

/** Seed 003 表5 row by row: level-1 and level-2 names only on the first row of their group, as printed. */
export const GUANGZHOU_ROWS: [l1: string, l2: string, name: string, points: number, score: number][] = [
  ['履职效能', '整体效能', '部门整体绩效目标产出指标完成情况', 10, 9.45],
  ['', '', '部门整体绩效目标效益指标完成情况', 10, 10],
  ['', '', '部门预算资金支出率', 5, 4.38],
  ['', '专项效能', '专项资金绩效完成情况', 20, 20],
  ['', '', '专项资金支出率', 5, 4.99],
  ['管理效率', '预算编制', '新增预算项目事前绩效评估', 3, 3],
  ['', '预算执行', '结转结余率', 2, 2],
  ['', '', '财务管理合规性', 2, 1.5],
  ['', '信息公开', '预决算公开合规性', 2, 2],
  ['', '', '绩效信息公开情况', 2, 2],
  ['', '绩效管理', '绩效管理制度建设', 5, 5],
  ['', '', '绩效结果应用', 3, 3],
  ['', '', '绩效管理制度执行', 7, 7],
  ['', '采购管理', '采购意向公开合规性', 0.5, 0.5],
  ['', '', '采购意向公开时限', 1.5, 1.5],
  ['', '', '采购内控制度建设', 1, 1],
  ['', '', '采购活动合规性', 2, 2],
  ['', '', '采购合同签订时效性', 3, 2],
  ['', '', '合同备案时效性', 1, 0],
  ['', '', '采购政策效能', 1, 1],
  ['', '资产管理', '资产配置合规性', 2, 2],
  ['', '', '资产收益上缴的及时性', 1, 1],
  ['', '', '资产盘点情况', 1, 1],
  ['', '', '数据质量', 2, 2],
  ['', '', '资产管理合规性', 2, 1.5],
  ['', '', '固定资产利用率', 2, 2],
  ['', '运行成本', '公用经费控制率', 2, 2],
  ['', '', '“三公”经费控制情况', 2, 2],
];

/**
 * Layout (1-based rows): 1 title, 2 header, 3–17 body, 18 the header repeated where the printed table
 * breaks to its second page (after 采购意向公开时限), 19–31 body, 32 合计 with 100 in the score column
 * and the 分值 column blank, exactly as printed (the scores sum to 95.82).
 */
export function buildGuangzhou(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet('表5');
  ws.columns = [{ width: 12 }, { width: 12 }, { width: 34 }, { width: 8 }, { width: 14 }];
  merge(ws, 'A1:E1', '表5 2023年我会部门整体绩效自评指标得分表');
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  const head = ['一级指标', '二级指标', '三级指标', '分值', '得分/自评分'];
  const writeHeader = (r: number) => {
    head.forEach((h, i) => put(ws, `${'ABCDE'[i]}${r}`, h));
    header(ws, `A${r}:E${r}`);
  };
  writeHeader(2);
  let r = 3;
  GUANGZHOU_ROWS.forEach(([l1, l2, name, points, score]) => {
    if (l1) put(ws, `A${r}`, l1);
    if (l2) put(ws, `B${r}`, l2);
    put(ws, `C${r}`, name);
    put(ws, `D${r}`, points);
    put(ws, `E${r}`, score);
    r += 1;
    if (name === '采购意向公开时限') {
      writeHeader(r);
      r += 1;
    }
  });
  put(ws, `A${r}`, '合计');
  put(ws, `E${r}`, 100);
  ws.getRow(r).font = { bold: true };
  box(ws, `A2:E${r}`);
  return wb;
}

// ---------------------------------------------------------------------------------------------------
// A published 绩效目标申报表 (湘潭 2023), for the target review
// ---------------------------------------------------------------------------------------------------

/** The merged cells of the printed form: goals across the sheet, 一级 and 二级 names down their rows. */
const XIANGTAN_MERGES = ['A1:F1', 'B3:C3', 'B4:C4', 'B5:F5', 'B6:F6', 'B7:F7', 'A8:A18', 'B9:B13', 'C9:C10', 'B14:B18', 'A19:B19', 'C19:F19'];

export function buildTargetsXiangtan(): ExcelJS.Workbook {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(XIANGTAN_SHEET);
  ws.columns = [14, 12, 18, 34, 16, 10].map((width) => ({ width }));
  XIANGTAN_2023_ROWS.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null) put(ws, `${String.fromCharCode(65 + c)}${r + 1}`, value as ExcelJS.CellValue);
    }),
  );
  for (const range of XIANGTAN_MERGES) ws.mergeCells(range);
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  header(ws, 'B8:F8');
  box(ws, 'A3:F19');
  for (const address of ['B6', 'B7']) ws.getCell(address).alignment = { wrapText: true, vertical: 'middle' };
  return wb;
}

export const EXAMPLES: { file: string; build: () => ExcelJS.Workbook }[] = [
  { file: 'shenzhen-2024.xlsx', build: buildShenzhen },
  { file: 'national-project.xlsx', build: buildNational },
  { file: 'guangzhou-2023.xlsx', build: buildGuangzhou },
  { file: 'monitoring-2025.xlsx', build: buildMonitoring },
  { file: 'targets-xiangtan-2023.xlsx', build: buildTargetsXiangtan },
];

export async function makeExamples(dir: string): Promise<string[]> {
  const written: string[] = [];
  for (const { file, build } of EXAMPLES) {
    const target = path.join(dir, file);
    await writeDeterministic(build(), target);
    written.push(target);
  }
  return written;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  const dir = path.join(fs.existsSync(path.join(root, 'package.json')) ? root : process.cwd(), 'examples');
  makeExamples(dir).then(
    (files) => {
      for (const f of files) process.stdout.write(`已生成 ${path.relative(process.cwd(), f)}\n`);
    },
    (err) => {
      process.stderr.write(`生成示例工作簿失败：${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}

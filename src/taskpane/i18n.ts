/**
 * Every string the task pane shows, Chinese first. Placeholders are {name}; a missing English string
 * falls back to the Chinese one so nothing is ever blank.
 */
import { createContext, useContext } from 'react';
import type { CellContent, Conflict } from '../workbook/plan';

export type Lang = 'zh' | 'en';

const zh = {
  appTitle: '绩效评分助手',
  appSubtitle: '预算绩效自评 · 识别、评分、写入、报告、审核',
  langToggle: 'English',
  tabDetect: '识别',
  tabScore: '评分',
  tabWrite: '写入',
  tabReport: '报告',
  tabReview: '审核',
  stepOf: '第 {n} 步，共 5 步',

  detectIntro: '读取当前工作簿，找出指标评分表、匹配评分规则，并查找基础数据。',
  detectButton: '识别表格',
  detecting: '正在读取工作簿…',
  redetectButton: '重新识别',
  tableFound: '评分表',
  tableSheet: '工作表',
  tableRange: '区域',
  framework: '指标体系',
  autoChoice: '自动选择',
  chooseSheet: '换一张工作表',
  chooseFramework: '换一套指标体系',
  leaves: '三级指标',
  leafCount: '{n} 个三级指标，{rules} 个有计算规则',
  colIndicator: '指标',
  colPoints: '分值',
  colRule: '评分方式',
  colTyped: '自评分',
  colComputed: '计算得分',
  ruleJudgement: '判断评分',
  ruleNone: '判断评分（无规则）',
  ruleChanged: '已调整',
  ruleFor: '{name}的评分规则',
  ruleHint: '评分方式匹配不对时，在下拉框中改选规则，评分随即更新；写入时一并保存在工作簿中。',
  colComputedShort: '得分',
  scoringSettings: '评分设置',
  overAchievement: '超额完成提示',
  overAchievementRatio: '超额完成提示比例（年度指标值的百分比）',
  overAchievementInvalid: '请输入 100 至 300 之间的百分比，如 130。',
  optionOff: '关闭',
  optionOn: '开启',
  reverseFormula: '反向指标计分公式',
  reverseDeviation: '国家标准（偏离度）',
  reverseQuotient: '目标值 ÷ 实际值',
  scoringHint: '开启超额完成提示后，正向指标的实际完成值达到年度指标值的该比例及以上、又未填写偏差原因的，在「评分」中提示。改动后评分随即更新；写入时一并保存在工作簿中。',
  figures: '基础数据',
  figuresFound: '已找到 {n} 项',
  figuresMissing: '缺少 {n} 项',
  colFigure: '数据项',
  colValue: '数值',
  colCell: '单元格',
  missingFigure: '未找到',
  missingHint: '在「基础数据」表中按“项目 | 数值 | 单位”补上这些数据项后，点“重新识别”。',
  nextScore: '下一步：评分预览',

  scoreIntro: '预览将写入的单元格：原值 → 新值。确认无误后再写入。',
  optionFormulas: '写入 PERF.* 公式（随基础数据自动更新）',
  optionFormulasHint: '关闭时写入数值。',
  planTitle: '写入计划',
  planCount: '{n} 处修改',
  colOld: '原值',
  colNew: '新值',
  formulaTag: '公式',
  emptyValue: '（空）',
  newSheet: '新建工作表「{sheet}」',
  hiddenSheet: '（隐藏）',
  deleteSheet: '删除工作表「{sheet}」',
  commentChange: '批注',
  widthChange: '列宽',
  warnings: '检查提示',
  warningsNone: '未发现问题。',
  severityError: '错误',
  severityWarning: '警告',
  severityInfo: '提示',
  clickToSelect: '点击定位到单元格',
  total: '总分',
  grade: '等级',
  nextWrite: '下一步：写入',

  writeIntro: '一次写入全部修改，并保留原值以便撤销。',
  writeButton: '写入工作簿',
  writing: '正在写入…',
  written: '已写入 {n} 处修改。',
  undoButton: '撤销写入',
  undoing: '正在撤销…',
  undone: '已撤销，{n} 处修改已恢复原值。',
  nameFallback: '{n} 个公式显示 #NAME?（Excel 在非英文显示语言下的已知问题），已改为写入数值：{cells}',
  settingsSaved: '已将所选工作表、指标体系、评分规则、评分设置和写入方式保存在工作簿中（隐藏表 _perfscore）。',
  skippedNote: '未写入：{note}',
  nextReport: '查看报告',

  conflictTitle: '未写入：',
  conflictIntro: '以下单元格在预览之后有改动，为免覆盖，本次没有写入任何内容。',
  conflictCell: '{cell}：预览时为“{expected}”，现在为“{found}”',
  conflictSheetGone: '{cell}：预览时为“{expected}”，现在工作表「{sheet}」已不存在',
  conflictSheet: '工作表「{sheet}」：预览时不存在，现在已有同名工作表',
  conflictMore: '……另有 {n} 处',
  rescoreHint: '点“重新评分”按工作簿现状重新生成预览，确认后再写入。',
  rescoreButton: '重新评分',
  keptIntro: '以下单元格在写入后被修改过，未撤销，保留现状：',
  keptCell: '{cell}：写入的是“{expected}”，现在为“{found}”',
  keptSheetGone: '{cell}：工作表「{sheet}」已不存在',
  reviewConflictHint: '点“重新读取工作簿”按现状重新生成审核预览，已填写的审核内容会保留。',
  reviewReload: '重新读取工作簿',
  reviewWritten: '已写入审核结果：{leaves} 个指标，审核汇总表 {sheets} 张（共 {cells} 个单元格）。',
  reviewUndone: '已撤销本次审核，{n} 处修改已恢复原值。',

  reportIntro: '自评报告段落将在此列出，可复制、下载为 Word 文档，或写入「自评报告」工作表。',
  reportActions: '导出报告',
  downloadDocx: '下载 Word 文档',
  docxSaved: '已生成 Word 文档「{file}」（{kb} KB）。如果没有出现下载，说明 Office 不允许从任务窗格下载文件：请点「复制」，把下面的段落粘贴到 Word 中。',
  docxUnavailable: '这里不能下载文件：请点「复制」，把下面的段落粘贴到 Word 中。',
  reportPlan: '预览：{title}，共 {n} 个单元格。',
  reportReload: '重新读取工作簿',
  reportReloadHint: '点“重新读取工作簿”按现状重新生成写入预览，确认后再写入。',
  reportUndonePartly: '已撤销，工作表「{sheet}」中未被改动的内容已恢复。',
  reportEmpty: '报告段落尚未生成：评分完成后将在此显示预算执行情况、自评结论、存在问题和改进措施。',
  reportLoading: '正在加载报告…',
  copy: '复制',
  copied: '已复制',
  reportWrite: '写入「自评报告」工作表',
  reportWritten: '报告已写入工作表「{sheet}」。',
  reportUndone: '已撤销，工作表「{sheet}」已恢复。',

  reviewLoading: '正在加载审核…',

  errorTitle: '出错了',
  errorNoTable: '没有找到指标评分表',
  dismiss: '关闭',
  hostNone: '请在 Excel 或 WPS 中打开本加载项。',
  hostWps: 'WPS 表格',
  hostExcel: 'Excel',
  loadingHost: '正在连接表格…',
};

export type StringKey = keyof typeof zh;

const en: Partial<Record<StringKey, string>> = {
  appTitle: 'PerfScore',
  appSubtitle: 'Budget performance self-evaluation · detect, score, write, report, review',
  langToggle: '中文',
  tabDetect: 'Detect',
  tabScore: 'Score',
  tabWrite: 'Write',
  tabReport: 'Report',
  tabReview: 'Review',
  stepOf: 'Step {n} of 5',
  detectIntro: 'Reads the workbook, finds the indicator table, matches scoring rules and looks up the raw figures.',
  detectButton: 'Detect table',
  detecting: 'Reading the workbook…',
  redetectButton: 'Detect again',
  tableFound: 'Indicator table',
  tableSheet: 'Sheet',
  tableRange: 'Range',
  framework: 'Framework',
  autoChoice: 'Automatic',
  chooseSheet: 'Use another sheet',
  chooseFramework: 'Use another framework',
  leaves: 'Leaf indicators',
  leafCount: '{n} leaf indicators, {rules} with a scoring rule',
  colIndicator: 'Indicator',
  colPoints: 'Points',
  colRule: 'Scoring',
  colTyped: 'Self score',
  colComputed: 'Computed',
  ruleJudgement: 'Judgement',
  ruleNone: 'Judgement (no rule)',
  ruleChanged: 'Changed',
  ruleFor: 'Scoring rule for {name}',
  ruleHint: 'If a rule is matched wrongly, choose another in the list; the scores follow at once, and the choice is saved in the workbook when you write.',
  colComputedShort: 'Score',
  scoringSettings: 'Scoring settings',
  overAchievement: 'Over-achievement check',
  overAchievementRatio: 'Over-achievement ratio (percent of the target)',
  overAchievementInvalid: 'Enter a percentage from 100 to 300, such as 130.',
  optionOff: 'Off',
  optionOn: 'On',
  reverseFormula: 'Reverse indicator formula',
  reverseDeviation: 'National (deviation)',
  reverseQuotient: 'Target ÷ actual',
  scoringHint: 'With the over-achievement check on, a positive indicator whose actual reaches this share of its target with no 偏差原因 is flagged in Score. Scores follow a change at once; the settings are saved in the workbook when you write.',
  figures: 'Raw figures',
  figuresFound: '{n} found',
  figuresMissing: '{n} missing',
  colFigure: 'Figure',
  colValue: 'Value',
  colCell: 'Cell',
  missingFigure: 'Not found',
  missingHint: 'Add these figures to the 基础数据 sheet as “item | value | unit”, then detect again.',
  nextScore: 'Next: preview scores',
  scoreIntro: 'Preview of the cells to be written: old → new. Check it before writing.',
  optionFormulas: 'Write live PERF.* formulas (follow the raw figures)',
  optionFormulasHint: 'Off: plain values are written.',
  planTitle: 'Write plan',
  planCount: '{n} changes',
  colOld: 'Old',
  colNew: 'New',
  formulaTag: 'formula',
  emptyValue: '(empty)',
  newSheet: 'New sheet “{sheet}”',
  hiddenSheet: ' (hidden)',
  deleteSheet: 'Delete sheet “{sheet}”',
  commentChange: 'Comment',
  widthChange: 'Column width',
  warnings: 'Checks',
  warningsNone: 'No problems found.',
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Note',
  clickToSelect: 'Click to select the cell',
  total: 'Total',
  grade: 'Grade',
  nextWrite: 'Next: write',
  writeIntro: 'Writes every change in one batch and keeps the old values for undo.',
  writeButton: 'Write to workbook',
  writing: 'Writing…',
  written: '{n} changes written.',
  undoButton: 'Undo write',
  undoing: 'Undoing…',
  undone: 'Undone: {n} changes restored.',
  nameFallback: '{n} formulas showed #NAME? (a known Excel fault under non-English display languages) and were written as values: {cells}',
  settingsSaved: 'Your sheet, framework, rules, scoring settings and write option are saved in the workbook (hidden sheet _perfscore).',
  skippedNote: 'Not written: {note}',
  nextReport: 'View report',
  conflictTitle: 'Not written:',
  conflictIntro: 'these cells changed after the preview; to overwrite nothing, nothing was written.',
  conflictCell: '{cell}: “{expected}” in the preview, “{found}” now',
  conflictSheetGone: '{cell}: “{expected}” in the preview; sheet “{sheet}” is gone now',
  conflictSheet: 'Sheet “{sheet}”: absent in the preview, a sheet of that name exists now',
  conflictMore: '… and {n} more',
  rescoreHint: 'Click “Score again” to rebuild the preview from the workbook as it is, then write.',
  rescoreButton: 'Score again',
  keptIntro: 'These cells were edited after the write and were left as they are:',
  keptCell: '{cell}: “{expected}” was written, “{found}” now',
  keptSheetGone: '{cell}: sheet “{sheet}” is gone',
  reviewConflictHint: 'Click “Read the workbook again” to rebuild the review preview; your review entries are kept.',
  reviewReload: 'Read the workbook again',
  reviewWritten: 'Review written: {leaves} indicators, {sheets} 审核汇总 sheet ({cells} cells in all).',
  reviewUndone: 'This review was undone: {n} changes restored.',
  reportIntro: 'The self-evaluation report paragraphs are listed here, to copy, download as a Word document or write to the 自评报告 sheet.',
  reportActions: 'Export the report',
  downloadDocx: 'Download Word document',
  docxSaved: 'Word document “{file}” made ({kb} KB). If no download appears, Office does not allow downloads from the task pane: click Copy and paste the paragraphs below into Word.',
  docxUnavailable: 'Files cannot be downloaded here: click Copy and paste the paragraphs below into Word.',
  reportPlan: 'Preview: {title}, {n} cells.',
  reportReload: 'Read the workbook again',
  reportReloadHint: 'Click “Read the workbook again” to rebuild the write preview from the workbook as it is, then write.',
  reportUndonePartly: 'Undone: the cells of sheet “{sheet}” that nobody edited were restored.',
  reportEmpty: 'No report paragraphs yet: budget execution, conclusion, problems and measures will appear here after scoring.',
  reportLoading: 'Loading the report…',
  copy: 'Copy',
  copied: 'Copied',
  reportWrite: 'Write to the 自评报告 sheet',
  reportWritten: 'The report was written to sheet “{sheet}”.',
  reportUndone: 'Undone: sheet “{sheet}” restored.',
  reviewLoading: 'Loading the review…',
  errorTitle: 'Something went wrong',
  errorNoTable: 'No indicator table found',
  dismiss: 'Dismiss',
  hostNone: 'Open this add-in in Excel or WPS.',
  loadingHost: 'Connecting to the spreadsheet…',
};

export type Params = Record<string, string | number>;

/** A string table's lookup: the English string when asked for and present, else the Chinese; {name} filled in. */
export interface Translator<K extends string> {
  zh: Record<K, string>;
  en: Partial<Record<K, string>>;
  translate(lang: Lang, key: K, params?: Params): string;
  /** the lookup in the pane's current language */
  useT(): (key: K, params?: Params) => string;
}

export const LangContext = createContext<{ lang: Lang; setLang: (lang: Lang) => void }>({ lang: 'zh', setLang: () => undefined });

/** The one translation mechanism: the pane's strings below, and views that add their own (审核). */
export function makeTranslator<K extends string>(zh: Record<K, string>, en: Partial<Record<K, string>>): Translator<K> {
  const translate = (lang: Lang, key: K, params: Params = {}): string => {
    const text = (lang === 'en' ? en[key] : undefined) ?? zh[key];
    return text.replace(/\{(\w+)\}/g, (_, name: string) => (name in params ? String(params[name]) : `{${name}}`));
  };
  return {
    zh,
    en,
    translate,
    useT() {
      const { lang } = useContext(LangContext);
      return (key, params) => translate(lang, key, params);
    },
  };
}

export type Translate = (key: StringKey, params?: Params) => string;

/** The pane's strings: a view with strings of its own extends these (`makeTranslator({ ...pane.zh, ...zh }, …)`). */
export const pane = makeTranslator(zh, en);
export const translate = pane.translate;
export const useT: () => Translate = pane.useT;

const SHOWN = 40;
/** A cell's content as the user would recognise it: its formula, else its value; long text shortened. */
function shownContent(content: CellContent, empty: string): string {
  const raw = content.formula ?? content.value;
  if (raw === null || raw === '') return empty;
  const text = typeof raw === 'boolean' ? (raw ? 'TRUE' : 'FALSE') : String(raw);
  return text.length > SHOWN ? `${text.slice(0, SHOWN)}…` : text;
}

/**
 * One line per cell that differs from what a plan expected (at most `limit`, then a count of the
 * rest). `before` is what the plan expected: 'preview' before a write, 'written' before an undo.
 */
export function conflictLines(t: Translate, conflicts: readonly Conflict[], before: 'preview' | 'written', limit = 12): string[] {
  const empty = t('emptyValue');
  const lines = conflicts.slice(0, limit).map((c) => {
    if (c.kind === 'sheet') return t('conflictSheet', { sheet: c.sheet });
    const cell = `${c.sheet}!${c.address}`;
    const expected = shownContent(c.expected, empty);
    if (c.found === null) return before === 'preview' ? t('conflictSheetGone', { cell, expected, sheet: c.sheet }) : t('keptSheetGone', { cell, sheet: c.sheet });
    return t(before === 'preview' ? 'conflictCell' : 'keptCell', { cell, expected, found: shownContent(c.found, empty) });
  });
  if (conflicts.length > limit) lines.push(t('conflictMore', { n: conflicts.length - limit }));
  return lines;
}

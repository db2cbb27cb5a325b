/**
 * Strings of 识别's 基础数据 section that the pane's table (../i18n.ts) does not hold, Chinese first; they
 * load with the section's own chunk, so the pane's first load stays small. Placeholders are {name}.
 */
import { makeTranslator, pane } from '../i18n';

const zh = {
  useSelection: '使用选中单元格',
  notThis: '不是此数据',
  refusedFigure: '已解除',
  boundBy: '绑定',
  bindHint: '缺少的数据项：先在表格中选中保存该数据的单元格（任一工作表，如预算表或评分表本行），再点“使用选中单元格”。认错的数据项点“不是此数据”。',
  bindTitle: '保存绑定',
  bindPreview: '写入预览：{n} 处修改（隐藏表 _perfscore）',
  bindSave: '保存绑定',
  bindSaving: '正在保存…',
  bindCancel: '取消',
  bindUndo: '撤销绑定',
  bindWritten: '已保存：{title}。已按新的绑定重新识别。',
  bindUndone: '已撤销绑定，{n} 处修改已恢复原值。',
  bindReloadHint: '点“重新识别”按工作簿现状重新读取，再选一次单元格。',
  rowsTitle: '基础数据各行（共 {n} 行）',
  use_label: '用作 {figure}',
  use_context: '用作 {figure}（按上一行确定）',
  use_elimination: '用作 {figure}（排除法确定）',
  use_setting: '用作 {figure}（设置中绑定）',
  use_empty: '{figure}：未填数值',
  use_ambiguous: '不明确：可能是 {candidates}',
  use_duplicate: '{figure}：另有一行也填写了此数据',
  use_unbound: '{figure}：已标记为“不是此数据”',
  use_superseded: '{figure}：设置中已绑定其他单元格',
  use_unreadable: '{figure}：数值无法读取',
  use_implausible: '{figure}：数值不合理（见检查提示）',
  use_info: '单位名称或年度',
  use_unrecognised: '未识别',
  use_nearest: '未识别，最接近：{candidates}',
};

const en: Partial<Record<keyof typeof zh, string>> = {
  useSelection: 'Use selected cell',
  notThis: 'Not this figure',
  refusedFigure: 'Unbound',
  boundBy: 'Bound',
  bindHint: 'For a missing figure, select the cell holding it in the workbook (any sheet, e.g. a budget table or the scoring row itself), then click “Use selected cell”. For a wrong match, click “Not this figure”.',
  bindTitle: 'Save binding',
  bindPreview: 'Write preview: {n} changes (hidden sheet _perfscore)',
  bindSave: 'Save binding',
  bindSaving: 'Saving…',
  bindCancel: 'Cancel',
  bindUndo: 'Undo binding',
  bindWritten: 'Saved: {title}. Detected again with the new binding.',
  bindUndone: 'Binding undone: {n} changes restored.',
  bindReloadHint: 'Click “Detect again” to read the workbook as it is now, then select the cell again.',
  rowsTitle: 'Rows of 基础数据 ({n})',
  use_label: 'used as {figure}',
  use_context: 'used as {figure} (settled by the row above)',
  use_elimination: 'used as {figure} (by elimination)',
  use_setting: 'used as {figure} (bound in the settings)',
  use_empty: '{figure}: no value',
  use_ambiguous: 'ambiguous: could be {candidates}',
  use_duplicate: '{figure}: another row gives it too',
  use_unbound: '{figure}: marked “not this figure”',
  use_superseded: '{figure}: bound to another cell in the settings',
  use_unreadable: '{figure}: value unreadable',
  use_implausible: '{figure}: implausible value (see the checks)',
  use_info: 'unit name or year',
  use_unrecognised: 'not recognised',
  use_nearest: 'not recognised; nearest: {candidates}',
};

export const figureStrings = makeTranslator({ ...pane.zh, ...zh }, { ...pane.en, ...en });

export type FigureTranslate = ReturnType<typeof figureStrings.useT>;
export type FigureStringKey = Parameters<FigureTranslate>[0];

export const useFigureT: () => FigureTranslate = figureStrings.useT;

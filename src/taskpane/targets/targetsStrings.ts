/**
 * Strings of the 目标审核 view, Chinese first; an English string left out falls back to the Chinese.
 * Keys start with `targets` so none shadows one of the pane's (../i18n.ts). Placeholders are {name}.
 */
import { makeTranslator, pane } from '../i18n';

const zh = {
  targetsOffer: '这个工作簿中有绩效目标表：可在“目标审核”中申报前审核，并汇总审核人的评分。',
  targetsOpen: '打开目标审核',
  targetsIntro: '申报前审核绩效目标表：检查指标值的符号、数值和单位，效益与满意度指标，权重，成本与预算；汇总审核人在“目标审核”表中填写的等级和得分。绩效目标表本身不会被改动。',
  targetsRead: '读取绩效目标表',
  targetsReading: '正在读取…',
  targetsNone: '当前工作簿中未找到绩效目标表（表头应有 二级指标、三级指标 和 指标值 列）。',
  // after the form's sheet!range, shown as workbook text
  targetsForm: '，{kind}，{n} 项指标',
  // before the other sheets' names, shown as workbook text
  targetsOthers: '另有绩效目标表：',
  targetsOthersHint: '（命令行 perfscore targets 可逐一审核）',
  targetsProject: '项目',
  targetsDepartment: '部门整体',
  targetsFindings: '检查发现：{errors} 个错误，{warnings} 个警告',
  targetsNoFindings: '未发现问题。',
  targetsReview: '目标审核评分',
  targetsJudgeHint: '在“{sheet}”表的 等级 / 得分 列填写评审结果后，点“读取绩效目标表”汇总。',
  targetsPending: '待评',
  targetsRefused: '不能采用',
  targetsHighest: '最高{grade}',
  targetsTotal: '合计 {total} 分，{grade}',
  targetsTotalPending: '合计：待评（已评 {n}/{all} 项）',
  targetsWrite: '写入目标审核表',
  targetsWriting: '正在写入…',
  targetsUndo: '撤销',
  // counted as the preview and the undo count them (workbook/plan changeCount), so the three agree
  targetsWritten: '已写入“{sheet}”表：{n} 项改动。',
  targetsUndone: '已撤销 {n} 项改动。',
  targetsRefusedHint: '预览之后工作簿有改动，未写入任何内容：请重新读取后再写入。',
  targetsPlan: '{title}：{n} 项改动',
  targetsFinding: '{severity}：',
  targetsNothing: '“目标审核”表已是最新，无需写入。',
};

export type TargetsStringKey = keyof typeof zh;

const en: Partial<Record<TargetsStringKey, string>> = {
  targetsOffer: 'This workbook holds a performance target form: Targets reviews it before submission and totals the reviewers’ scores.',
  targetsOpen: 'Open target review',
  targetsIntro: 'Review a performance target form before submission: signs, numbers and units of the targets, benefit and satisfaction indicators, weights, cost against budget; total the grades and scores the reviewer types on the 目标审核 sheet. The form itself is never changed.',
  targetsRead: 'Read the target form',
  targetsReading: 'Reading…',
  targetsNone: 'No performance target form in this workbook (its header needs columns for the level-2 and level-3 indicators and the target value).',
  targetsForm: ', {kind}, {n} indicators',
  targetsOthers: 'Other target forms: ',
  targetsOthersHint: ' (the command line’s perfscore targets reviews each)',
  targetsProject: 'project',
  targetsDepartment: 'department',
  targetsFindings: 'Findings: {errors} errors, {warnings} warnings',
  targetsNoFindings: 'Nothing found.',
  targetsReview: 'Target review score',
  targetsPending: 'to judge',
  targetsRefused: 'refused',
  targetsHighest: 'at most {grade}',
  targetsTotal: 'Total {total}, {grade}',
  targetsTotalPending: 'Total: to judge ({n}/{all} judged)',
  targetsWrite: 'Write the 目标审核 sheet',
  targetsWriting: 'Writing…',
  targetsUndo: 'Undo',
  targetsWritten: '{n} changes written on “{sheet}”.',
  targetsUndone: '{n} changes undone.',
  targetsRefusedHint: 'The workbook changed after the preview; nothing was written. Read it again, then write.',
  targetsJudgeHint: 'Type the reviewers’ grades and scores on the “{sheet}” sheet, then read the target form again to total them.',
  targetsPlan: 'Target review sheet: {n} changes to write',
  targetsFinding: '{severity}: ',
  targetsNothing: 'The 目标审核 sheet is up to date.',
};

export const targetsStrings = makeTranslator({ ...pane.zh, ...zh }, { ...pane.en, ...en });

export const useTargetsT = targetsStrings.useT;

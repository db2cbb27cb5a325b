/**
 * Strings of the 运行监控 view that the pane's table (../i18n.ts) does not hold, Chinese first; an
 * English string left out falls back to the Chinese.
 */
import { makeTranslator, pane, type StringKey } from '../i18n';

const zh = {
  monitorOffer: '这是一张绩效运行监控表：可在“运行监控”中按资金执行和指标完成情况亮预警灯。',
  monitorOpen: '打开运行监控',
  monitorIntro: '按 1-N月执行情况亮预警灯（资金：执行率 ÷ 序时进度；正向指标：完成值 ÷ 序时目标），检查偏差原因与完成可能性。预警灯以文字和底色写在表格右侧，并生成“监控报告”；单位填报的内容不会被改动。',
  monitorRead: '读取监控表',
  monitorReading: '正在读取…',
  monitorMonth: '1-{month}月（{source}）',
  monthForm: '月份取自表头',
  monthDefault: '表中未写月份，按默认',
  monthGiven: '按指定月份',
  monitorFunds: '资金执行',
  monitorProject: '项目预警灯',
  monitorIndicators: '绩效指标',
  monitorFindings: '检查提示（{n}）',
  monitorNoFindings: '检查提示：无',
  lightUnknown: '无法判断',
  monitorWritten: '已写入 {n} 处。',
  monitorRereadHint: '请重新读取监控表后再写入。',
  monitorCarry: '生成年终自评表',
};

export type MonitorStringKey = keyof typeof zh;

// a key here must not shadow one of the pane's: the compiler names any that would
const noShadowing: [Extract<MonitorStringKey, StringKey>] extends [never] ? true : Extract<MonitorStringKey, StringKey> = true;
void noShadowing;

const en: Partial<Record<MonitorStringKey, string>> = {
  monitorOffer: 'This is a mid-year monitoring form: 运行监控 gives its warning lights for funds and indicators.',
  monitorOpen: 'Open monitoring',
  monitorIntro:
    'Warning lights from the January–N figures (funds: execution ÷ time elapsed; positive indicators: actual ÷ pro-rata target), with checks of the causes and the likelihood. The lights are written beside the form as words and fills, with a 监控报告 sheet; nothing the unit typed is changed.',
  monitorRead: 'Read the form',
  monitorReading: 'Reading…',
  monitorMonth: 'January–{month} ({source})',
  monthForm: 'month from the headers',
  monthDefault: 'no month on the form: the default',
  monthGiven: 'month as given',
  monitorFunds: 'Funds',
  monitorProject: 'Project light',
  monitorIndicators: 'Indicators',
  monitorFindings: 'Findings ({n})',
  monitorNoFindings: 'Findings: none',
  lightUnknown: 'Cannot tell',
  monitorWritten: '{n} changes written.',
  monitorRereadHint: 'Read the form again, then write.',
  monitorCarry: 'Prepare the year-end 自评表',
};

const monitor = makeTranslator({ ...pane.zh, ...zh }, { ...pane.en, ...en });

export const useMonitorT = monitor.useT;

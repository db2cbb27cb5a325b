/**
 * 识别's rules room without the browser, ExcelPort over the strict fake holding a Hunan-style table whose
 * 评分标准 differs from the Shenzhen framework of the same names. Worked by hand:
 * - 在职人员控制率 (8 points) "≤100%，计8分；每超过一个百分点扣0.5分": 在编 105 of 编制 100 is 105%,
 *   five points over → 8 − 5 × 0.5 = 5.50; corrected to 扣 1 分 → 8 − 5 × 1 = 3.00;
 * - 管理制度健全性 (3 points) "根据制度建设情况酌情打分": a judgement, the typed 3 stands.
 */
import { workbookFromRows, type FakeWorkbookData } from '../fakes/office/model';
import { leavesOf } from '../../src/engine/treeWalk';
import { readSettings } from '../../src/workbook/read';
import {
  afterWrite,
  chooseRule,
  confirmPreview,
  confirmRules,
  detect,
  editRule,
  undoConfirm,
  type Detection,
  type RulesConfirmed,
  type WriteRefused,
} from '../../src/taskpane/session';
import { readRuleEdit } from '../../src/taskpane/ruleEdits';
import { pane } from '../../src/taskpane/i18n';
import { SOURCE_STRINGS } from '../../src/taskpane/components/RuleSourceBadge';
import { RULE_SOURCE_NAMES } from '../../src/workbook/analyse';
import { portOver } from './helpers';

const KEY = '部门管理/人员管理/在职人员控制率';
const REF = '评分表!F2';
const READ = '在职人员控制率≤100% 得 8 分；每超过 1 个百分点扣 0.5 分，扣完为止';
const CORRECTED = '在职人员控制率≤100% 得 8 分；每超过 1 个百分点扣 1 分，扣完为止';

function hunan(): FakeWorkbookData {
  return workbookFromRows('hunan.xlsx', [
    {
      name: '评分表',
      rows: [
        ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
        ['部门管理', '人员管理', '在职人员控制率', 8, '在职人员控制率≤100%，计8分；每超过一个百分点扣0.5分，扣完为止。', 5.5],
        [null, '制度管理', '管理制度健全性', 3, '根据制度建设情况酌情打分。', 3],
      ],
    },
    { name: '基础数据', rows: [['项目', '数值', '单位'], ['在编人数', 105, '人'], ['编制数', 100, '人']] },
  ]);
}

const scoreOf = (d: Detection, name: string) => leavesOf(d.analysis!.scored.roots).find((l) => l.name === name)?.score?.toFixed(2);

function made(result: RulesConfirmed | WriteRefused): RulesConfirmed {
  if ('refused' in result) throw new Error(`refused: ${JSON.stringify(result.conflicts)}`);
  return result;
}

describe('识别: each leaf’s rule, where it came from, corrected and confirmed', () => {
  test('each leaf shows its source, its 评分标准, the rule read from it, why, and the framework rule offered', async () => {
    const { port } = portOver(hunan());
    const d = await detect(port);
    expect(d.leafRules[REF]).toEqual({
      key: KEY,
      name: '在职人员控制率',
      points: '8',
      source: 'table-text',
      standard: '在职人员控制率≤100%，计8分；每超过一个百分点扣0.5分，扣完为止。',
      reading: READ,
      note: expect.stringContaining('同名规则与之不同，未采用'),
      offered: { id: 'staff-control', name: '财政供养人员控制率' },
      editable: true,
    });
    // a judgement text: no reading; the user may still write the rule
    expect(d.leafRules['评分表!F3']).toMatchObject({ source: 'none', reading: null, editable: true, offered: { id: 'rules-soundness' } });
    expect(d.rules?.leaves[REF]).toMatchObject({ current: 'table', natural: 'table', overridden: false });
    expect(scoreOf(d, '在职人员控制率')).toBe('5.50');
  });

  test('the offered framework rule is chosen as an override, and going back to the table’s own drops it', async () => {
    const { port } = portOver(hunan());
    const d = await detect(port);
    const chosen = chooseRule(d, KEY, 'staff-control');
    expect(chosen.choices.overrides).toEqual({ [KEY]: 'staff-control' });
    expect(chosen.leafRules[REF]).toMatchObject({ source: 'user', editable: false, offered: null });
    expect(chosen.rules?.leaves[REF]).toMatchObject({ current: 'staff-control', natural: 'table', overridden: true });
    // Shenzhen's rule: ≤100% → full, else 0
    expect(scoreOf(chosen, '在职人员控制率')).toBe('0.00');
    const back = chooseRule(chosen, KEY, 'table');
    expect(back.choices.overrides).toEqual({});
    expect(scoreOf(back, '在职人员控制率')).toBe('5.50');
    // the override is saved by 确认规则 with the rules
    expect(confirmPreview(chosen)?.plan.changes).toContainEqual(expect.objectContaining({ sheet: '_perfscore', value: 'staff-control' }));
  });

  test('a correction is read as typed: printed back, or why not; one that does not read is never saved', async () => {
    const { port } = portOver(hunan());
    const d = await detect(port);
    const bad = editRule(d, KEY, '超过了就扣一些分');
    expect(bad.edits[KEY]).toMatchObject({ printed: null, problem: { kind: 'not-understood' } });
    const badPreview = confirmPreview(bad)!;
    expect(badPreview.unreadable).toEqual([KEY]);
    expect(badPreview.plan.changes.some((c) => c.kind === 'cell' && c.value === '超过了就扣一些分')).toBe(false);

    const good = editRule(bad, KEY, '在职人员控制率≤100%，计8分；每超过一个百分点扣1分，扣完为止。');
    expect(good.edits[KEY]).toEqual({ text: '在职人员控制率≤100%，计8分；每超过一个百分点扣1分，扣完为止。', printed: CORRECTED, problem: null });
    expect(confirmPreview(good)).toMatchObject({ rules: 1, edited: 1, unreadable: [] });
    // the reading shown, typed back: no correction
    expect(editRule(d, KEY, READ).edits).toEqual({});
    expect(editRule(good, KEY, null).edits).toEqual({});
    // nothing is analysed again before 确认规则
    expect(good.analysis).toBe(d.analysis);
  });

  test('确认规则: one read and one write; the leaf then shows 用户确认 and scores by the correction; 撤销 takes it away', async () => {
    const { port, host } = portOver(hunan());
    const d = await detect(port);
    const edited = editRule(d, KEY, CORRECTED);
    const preview = confirmPreview(edited)!;
    expect(preview.plan.title).toBe('确认评分规则');
    const syncs = host.syncCount;
    const written = made(await confirmRules(port, preview.plan));
    expect(host.syncCount - syncs).toBe(2);
    const after = afterWrite(edited, written.before, written.written);
    expect(after.leafRules[REF]).toMatchObject({ source: 'user', reading: CORRECTED });
    expect(after.edits).toEqual({});
    expect(scoreOf(after, '在职人员控制率')).toBe('3.00');
    const stored = readSettings(await port.readSnapshot());
    expect(stored.rules).toEqual({ [KEY]: CORRECTED });
    // nothing left to confirm
    expect(confirmPreview(after)?.plan.changes).toEqual([]);

    const undone = await undoConfirm(port, written.written);
    expect(undone.kept).toEqual([]);
    const back = afterWrite(after, undone.before, undone.undo);
    expect(back.leafRules[REF]).toMatchObject({ source: 'table-text', reading: READ });
    expect(scoreOf(back, '在职人员控制率')).toBe('5.50');
    expect((await port.readSnapshot()).sheets.map((s) => s.name)).toEqual(['评分表', '基础数据']);
  });

  test('a confirm is refused when the settings sheet changed since the preview', async () => {
    const data = hunan();
    const { port } = portOver(data);
    const d = await detect(port);
    const preview = confirmPreview(editRule(d, KEY, CORRECTED))!;
    data.sheets.push({ name: '_perfscore', visibility: 'Hidden', cells: { A1: { v: 'perfscore-settings' } }, comments: {}, notes: {}, columnWidths: {} });
    const result = await confirmRules(port, preview.plan);
    expect(result).toMatchObject({ refused: true });
    expect((result as WriteRefused).conflicts).toContainEqual(expect.objectContaining({ kind: 'sheet', sheet: '_perfscore' }));
    expect(data.sheets.find((s) => s.name === '_perfscore')?.cells).toEqual({ A1: { v: 'perfscore-settings' } });
  });
});

describe('readRuleEdit', () => {
  test.each([
    ['', 'empty'],
    ['根据制度建设情况酌情打分。', 'judgement'],
    ['随便写点什么', 'not-understood'],
  ])('“%s” does not read as a rule (%s)', (text, kind) => {
    expect(readRuleEdit(text, '8')).toMatchObject({ printed: null, problem: { kind } });
  });

  test('the example the pane gives reads as a rule', () => {
    const example = /“(.+)”/.exec(pane.zh.ruleEditEmpty)![1];
    expect(readRuleEdit(example, '1')).toMatchObject({ problem: null, printed: expect.stringContaining('得 0.7 分') });
  });
});

test('the badge names each source as RULE_SOURCE_NAMES does', () => {
  for (const [source, key] of Object.entries(SOURCE_STRINGS)) expect(pane.zh[key]).toBe(RULE_SOURCE_NAMES[source as keyof typeof RULE_SOURCE_NAMES]);
});

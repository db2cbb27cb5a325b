/**
 * 识别's bindings without the browser, over the strict Office.js fake: 不是此数据 stores `none` and the
 * figure is missing again with its row listed as unbound; a selection is refused with a Chinese reason
 * when there is none or its sheet was not read. Worked by hand: 在职人员控制率 needs 在编人数 and 编制数.
 */
import { workbookFromRows } from '../fakes/office/model';
import { leavesOf } from '../../src/engine/treeWalk';
import { readSettings } from '../../src/workbook/read';
import { detect, afterWrite } from '../../src/taskpane/session';
import { guardedApply } from '../../src/taskpane/write/guardedWrite';
import { planFigureBinding, REFUSED, selectionTarget } from '../../src/taskpane/figures/figureBinding';
import { portOver } from './helpers';

function book() {
  return workbookFromRows('bind.xlsx', [
    {
      name: '评分表',
      rows: [
        ['一级指标', '二级指标', '三级指标', '分值', '评分标准', '得分'],
        ['部门管理', '人员管理', '在职人员控制率', 8, '在职人员控制率≤100%，计8分；每超过一个百分点扣0.5分，扣完为止。', 6],
      ],
    },
    { name: '基础数据', rows: [['项目', '数值', '单位'], ['在编人数', 105, '人'], ['编制数', 100, '人']] },
  ]);
}

test('不是此数据: `none` saved, the figure missing again and its row listed as unbound', async () => {
  const { port, host } = portOver(book());
  const found = await detect(port);
  expect(found.analysis!.figures.get('staff.onPost')?.address).toBe('B2');
  const plan = planFigureBinding(found.analysis!, 'staff.onPost', REFUSED);
  expect(plan.title).toBe('基础数据“在编人数”：不是此数据');
  const made = await guardedApply(port, plan);
  if ('refused' in made) throw new Error('refused');
  const after = afterWrite(found, made.before, made.written, true).analysis!;
  expect(readSettings(after.snapshot).figureBindings).toEqual({ 'staff.onPost': 'none' });
  expect(after.figures.has('staff.onPost')).toBe(false);
  expect(leavesOf(after.scored.roots)[0].missing).toEqual(['staff.onPost']);
  expect(after.figureRows.find((r) => r.label === '在编人数')).toMatchObject({ use: 'unbound', figure: 'staff.onPost' });
  // the pane's analysis matches a fresh read of the workbook as written
  expect((await detect(port)).analysis!.figures.has('staff.onPost')).toBe(false);
  expect(host.data.sheets.find((s) => s.name === '_perfscore')?.visibility).not.toBe('Visible');
});

test('a selection is refused when there is none, or on a sheet not read at 识别', async () => {
  const { port } = portOver(book());
  const { snapshot } = await detect(port);
  expect(() => selectionTarget(snapshot, null)).toThrow('请先在工作表中选中保存此数据的单元格');
  expect(() => selectionTarget(snapshot, { sheet: '新表', address: 'A1' })).toThrow('选中的单元格 新表!A1 所在的工作表在识别时还没有');
  expect(selectionTarget(snapshot, { sheet: '评分表', address: 'F2' })).toBe('评分表!F2');
});

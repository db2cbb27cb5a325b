import { COMMON_FIGURES, figureDefsFor } from '../../src/frameworks/commonFigures';
import { figureIdOfLabel, findFigures, labelIndex } from '../../src/workbook/read/findFigures';
import { shenzhen2024Department } from '../../src/frameworks/shenzhen-2024-department';
import { sheet, shenzhenSnapshot } from './fixtures';

const defs = figureDefsFor(shenzhen2024Department.figures);

describe('findFigures', () => {
  test('reads seed 002 figures, unit name and year', () => {
    const f = findFigures(shenzhenSnapshot(), defs);
    expect(f.dataSheets).toEqual(['基础数据']);
    expect(f.unitName).toBe('深圳市科技交流服务中心');
    expect(f.year).toBe('2024');
    expect(f.figures.get('procurement.plan')).toMatchObject({ sheet: '基础数据', address: 'B24', unit: '万元' });
    expect(String(f.figures.get('procurement.plan')?.value)).toBe('5.34');
    expect(String(f.figures.get('progress.q4')?.value)).toBe('0.987');
    expect(String(f.figures.get('staff.contract')?.value)).toBe('4');
    expect(f.figures.get('disclosure.budget')?.value).toBe('已公开');
    expect(f.issues).toEqual([]);
  });

  test('labels with spaces, full-width and quotes; units beside or inside; 元 and 亿元 normalised', () => {
    const snap = {
      sheets: [
        sheet('原始数据', [
          ['政府采购 计划金额', '53,400', '元'],
          ['"三公"经费预算数', '0.0000531亿元', null],
          ['在编人数', '２３人', null],
          ['是否存在违规支出', '否', null],
          ['满意度', 98.6, '%'],
        ]),
      ],
    };
    const f = findFigures(snap, defs);
    expect(String(f.figures.get('procurement.plan')?.value)).toBe('5.34');
    expect(f.figures.get('procurement.plan')?.unit).toBe('元');
    expect(String(f.figures.get('threePublic.budget')?.value)).toBe('0.531');
    expect(String(f.figures.get('staff.onPost')?.value)).toBe('23');
    expect(String(f.figures.get('finance.violation')?.value)).toBe('0');
    expect(String(f.figures.get('satisfaction.rate')?.value)).toBe('0.986');
  });

  test('unparseable values are issues naming sheet, cell and text; empty values are simply absent', () => {
    const snap = { sheets: [sheet('基础数据表', [['政府采购计划金额', '约五万'], ['实际采购金额', null]])] };
    const f = findFigures(snap, COMMON_FIGURES);
    expect(f.figures.size).toBe(0);
    expect(f.issues).toEqual([expect.objectContaining({ sheet: '基础数据表', address: 'B1', text: '约五万', what: '政府采购计划金额' })]);
  });

  test('the year and unit from a title cell', () => {
    const snap = { sheets: [sheet('表', [['深圳市科技交流服务中心2024年度部门整体支出绩效自评表']])] };
    const f = findFigures(snap, defs);
    expect(f.year).toBe('2024');
    expect(f.unitName).toBe('深圳市科技交流服务中心');
  });

  test('each value cell is read with its own number format from the snapshot', () => {
    const data = sheet('基础数据', [
      ['满意度', 1.23, '%'],
      ['信访办理回复率', 0.95, '%'],
      ['政府采购计划金额', 5.3, '万元'],
      ['实际采购金额', 4.73, '万'],
    ]);
    data.numberFormats = [
      [null, '0.00', null],
      [null, '0.00%', null],
      [null, '#,##0.00', null],
      [null, null, null],
    ];
    const f = findFigures({ sheets: [data] }, defs);
    expect(f.figures.get('satisfaction.rate')?.value.toString()).toBe('0.0123'); // shown 1.23 beside %: 1.23%
    expect(f.figures.get('petitions.replyRate')?.value.toString()).toBe('0.95');
    expect(f.figures.get('procurement.plan')?.tolerance?.toString()).toBe('0.005');
    expect(f.figures.get('procurement.actual')).toMatchObject({ unit: '万' });
    expect(f.figures.get('procurement.actual')?.value.toString()).toBe('4.73');
    expect(f.figures.get('satisfaction.rate')?.rateScaleAssumed).toBeUndefined();
  });
});

describe('findFigures: the value column', () => {
  test('under a header (数值 / 单位 / 说明) only the 数值 column is a value: units and notes never are', () => {
    const snap = {
      sheets: [
        sheet('基础数据', [
          ['指标', '数值', '单位', '说明'],
          ['政府采购计划金额', 5.34, '万元', null],
          ['实际采购金额', null, '万元', '金额，单位万元'],
          ['政府采购政策功能落实得分', null, '分', '判断评分（分）'],
          ['是否存在违规支出', null, '是/否', '填“是”或“否”'],
          ['部门预算公开情况', null, null, '填 已公开 / 公开有瑕疵 / 未公开'],
          ['预算编制不符合项', null, '项', '可选'],
          ['在编人数', '23', '人', null],
        ]),
      ],
    };
    const f = findFigures(snap, defs);
    expect(f.issues).toEqual([]);
    expect([...f.figures.keys()].sort()).toEqual(['procurement.plan', 'staff.onPost']);
    expect(f.figures.get('staff.onPost')).toMatchObject({ address: 'B8', unit: '人' });
  });

  test('the header decides the columns wherever they are (序号 | 指标 | 单位 | 数值 | 备注)', () => {
    const snap = {
      sheets: [
        sheet('基础数据', [
          ['序号', '指标名称', '计量单位', '填报值', '备注'],
          [1, '政府采购计划金额', '元', '53,400', '含追加'],
          [2, '实际采购金额', '万元', null, '4.73'],
          [3, '满意度', '%', 98.6, null],
        ]),
      ],
    };
    const f = findFigures(snap, defs);
    expect(f.issues).toEqual([]);
    expect(String(f.figures.get('procurement.plan')?.value)).toBe('5.34');
    expect(f.figures.get('procurement.plan')).toMatchObject({ address: 'D2', unit: '元' });
    expect(f.figures.has('procurement.actual')).toBe(false); // its 备注 is not its value
    expect(String(f.figures.get('satisfaction.rate')?.value)).toBe('0.986');
  });

  test('with no header, only the cell right of the label is the value; a unit alone there is no value', () => {
    const snap = {
      sheets: [
        sheet('基础数据', [
          ['政府采购计划金额', null, '万元', '说明 5.34'],
          ['政府采购政策功能落实得分', '分', '判断评分'],
          ['是否存在违规支出', '是/否', null],
          ['在编人数', 23, '人'],
        ]),
      ],
    };
    const f = findFigures(snap, defs);
    expect(f.issues).toEqual([]);
    expect([...f.figures.keys()]).toEqual(['staff.onPost']);
  });

  test('labels with a unit in brackets or a trailing colon are the same figure (the template shares the matching)', () => {
    const index = labelIndex(defs);
    for (const [text, id] of [
      ['实际采购金额（万元）', 'procurement.actual'],
      ['调整后预算（万元）', 'budget.adjusted'],
      ['"三公"经费预算数（万元）', 'threePublic.budget'],
      ['日常公用经费决算数（万元）：', 'dailyPublic.actual'],
      ['满意度（%）', 'satisfaction.rate'],
      ['核定编制数:', 'staff.authorised'],
    ]) {
      expect([text, figureIdOfLabel(index, text)]).toEqual([text, id]);
    }
  });
});

import { isPlaceholderName, splitNamePoints } from '../../src/workbook/read';

describe('points printed inside a name cell (real department tables)', () => {
  test.each([
    ['相关性(5分)', '相关性', '5'],
    ['部门决策(25分)', '部门决策', '25'],
    ['产出指标（50分）', '产出指标', '50'],
    ['当年预算执行情况(20)', '当年预算执行情况', '20'],
    ['规划(15分)', '规划', '15'],
  ])('%s → %s with %s points', (cell, name, points) => {
    const r = splitNamePoints(cell);
    expect(r.name).toBe(name);
    expect(r.points?.toString()).toBe(points);
  });

  test('a level cell showing only its points keeps its text as its name', () => {
    expect(splitNamePoints('(50分)')).toEqual({ name: '(50分)', points: expect.anything() });
    expect(splitNamePoints('(特性指标70分)').points?.toString()).toBe('70');
  });

  test('brackets that are part of the name are not points', () => {
    expect(splitNamePoints('项目(工程)验收合格率')).toEqual({ name: '项目(工程)验收合格率', points: null });
    expect(splitNamePoints('经济效益(可选项)').points).toBeNull();
    expect(splitNamePoints('完成年份(2019)').points).toBeNull();
  });
});

describe('template placeholders are not indicators', () => {
  test.each(['指标1：', '指标2:', '指标2', '指标L', '……', '…', '/', '无', '指标'])('%s', (cell) => expect(isPlaceholderName(cell)).toBe(true));
  test.each(['指标1工程完工率', '指标7:建立预防接种证', '无障碍设施数量', '部门特性指标'])('%s is a name', (cell) => expect(isPlaceholderName(cell)).toBe(false));
});

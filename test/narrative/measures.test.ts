import { FRAMEWORKS } from '../../src/frameworks';
import { frameworkLeaves } from '../../src/frameworks/indicatorTree';
import { measureFor, problemText } from '../../src/engine/narrative/measures';
import { GENERIC_MEASURE, MEASURES, MEASURE_LIBRARY } from '../../src/frameworks/measures';

describe('the 改进措施 library', () => {
  test('holds every problem kind the frameworks and the issue list name', () => {
    expect(Object.keys(MEASURES).sort()).toEqual(
      [
        'procurement',
        'spending-progress',
        'staffing',
        'asset-use',
        'public-funds',
        'target-completion',
        'effects',
        'financial-compliance',
        'disclosure',
        'budget-preparation',
        'target-setting',
        'project-management',
        'asset-management',
        'internal-control',
        'key-tasks',
        'project-timeliness',
        'petitions',
        'satisfaction',
        'carry-over',
      ].sort(),
    );
  });

  test('covers every problemKind the frameworks use', () => {
    const kinds = FRAMEWORKS.flatMap((f) => frameworkLeaves(f).map((l) => l.problemKind)).filter((k): k is string => k !== undefined);
    expect(kinds.length).toBeGreaterThan(0);
    for (const k of kinds) expect(MEASURES[k]).toBeDefined();
  });

  test('states no figure, and names the indicator in each problem', () => {
    for (const entry of [...Object.values(MEASURES), GENERIC_MEASURE]) {
      expect(entry.measure).not.toMatch(/\d/);
      expect(entry.problem).not.toMatch(/\d/);
      expect(entry.problem).toContain('{指标}');
    }
    expect(problemText(measureFor(MEASURE_LIBRARY, 'staffing'), '编外人员控制率')).toBe('编外人员控制率未达到控制要求');
  });

  test('an unknown or missing kind falls back to the generic measure', () => {
    expect(measureFor(MEASURE_LIBRARY, 'no-such-kind')).toBe(GENERIC_MEASURE);
    expect(measureFor(MEASURE_LIBRARY, undefined)).toBe(GENERIC_MEASURE);
    expect(measureFor(MEASURE_LIBRARY, 'toString')).toBe(GENERIC_MEASURE);
  });
});

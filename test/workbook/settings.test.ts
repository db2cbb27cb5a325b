import { planSettingsWrite, readSettings, SETTINGS_SHEET, emptySettings } from '../../src/workbook/read/settings';
import { applyToSnapshot } from '../../src/workbook/plan/applyToSnapshot';
import { invertPlan } from '../../src/workbook/plan/undo';
import { sheet, guangzhouSnapshot } from './fixtures';

describe('settings in the hidden _perfscore sheet', () => {
  const settings = {
    ...emptySettings(),
    sheet: '表5',
    framework: 'guangzhou-department',
    formulas: true,
    executionCaps: false,
    indicator: { reverseFormula: 'quotient' as const, overAchievementThreshold: '1.3', overAchievementDeduction: null },
    ownedSheets: ['检查结果'],
    ownedColumns: [{ sheet: '表5', column: 'F' }],
    overrides: { '管理效率/预算执行/结转结余率': 'none' },
  };

  test('write then read round-trips every setting; the sheet is added hidden', () => {
    const snap = guangzhouSnapshot();
    const plan = planSettingsWrite(snap, settings);
    expect(plan.changes[0]).toEqual({ kind: 'add-sheet', sheet: SETTINGS_SHEET, hidden: true });
    const after = applyToSnapshot(snap, plan);
    expect(readSettings(after)).toEqual(settings);
  });

  test('the monitoring thresholds round-trip too, so a scoring run that rewrites the settings keeps them', () => {
    const snap = guangzhouSnapshot();
    const withThresholds = { ...settings, monitorThresholds: { fundsRed: '50%', indicatorBlue: '1.3' } };
    const after = applyToSnapshot(snap, planSettingsWrite(snap, withThresholds));
    expect(readSettings(after)).toEqual(withThresholds);
    const rewritten = applyToSnapshot(after, planSettingsWrite(after, { ...readSettings(after), framework: 'shenzhen-2024-department' }));
    expect(readSettings(rewritten).monitorThresholds).toEqual({ fundsRed: '50%', indicatorBlue: '1.3' });
  });

  test('rewriting shorter settings clears the rows left over, and undo restores them', () => {
    const after = applyToSnapshot(guangzhouSnapshot(), planSettingsWrite(guangzhouSnapshot(), settings));
    const shorter = { ...emptySettings(), framework: 'shenzhen-2024-department' };
    const plan = planSettingsWrite(after, shorter);
    expect(plan.changes.some((c) => c.kind === 'add-sheet')).toBe(false);
    const after2 = applyToSnapshot(after, plan);
    expect(readSettings(after2)).toEqual(shorter);
    expect(readSettings(applyToSnapshot(after2, invertPlan(plan)))).toEqual(settings);
  });

  test('figure bindings round-trip: a cell on any sheet, or none; an empty binding reads as none', () => {
    const bound = { ...emptySettings(), figureBindings: { 'satisfaction.rate': '评分表!F28', 'staff.onPost': 'none' } };
    const after = applyToSnapshot(guangzhouSnapshot(), planSettingsWrite(guangzhouSnapshot(), bound));
    expect(readSettings(after)).toEqual(bound);
    const written = after.sheets.find((s) => s.name === SETTINGS_SHEET)!.values;
    expect(written).toContainEqual(['figure', 'satisfaction.rate', '评分表!F28']);
    expect(readSettings({ sheets: [sheet(SETTINGS_SHEET, [['perfscore-settings', '1'], ['figure', 'assets.total', null]])] }).figureBindings).toEqual({ 'assets.total': 'none' });
  });

  test('no settings sheet, or a foreign one, reads as empty settings', () => {
    expect(readSettings(guangzhouSnapshot())).toEqual(emptySettings());
    expect(readSettings({ sheets: [sheet(SETTINGS_SHEET, [['something else', 'x'], ['framework', 'y']])] })).toEqual(emptySettings());
  });
});

/** The `plan/` room's door: everything other rooms and layers may use from it. */
export * from './applyToSnapshot';
export * from './planScores';
export * from './reportSheet';
export * from './scoreFormula';
export * from './template';
export * from './undo';
export * from './changeCount';
export * from './verifyPlan';
export * from './validate';
export * from './confirmRules';
export * from './writableText';

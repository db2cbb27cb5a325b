/** The `analyse/` room's door: everything other rooms and layers may use from it. */
export * from './analyse';
export type * from './analysis.types';
export * from './buildTree';
export * from './figureDisplay';
export * from './jsonReport';
export * from './matchRules';
export * from './narrativeInput';
export * from './reportOf';
export * from './leafRule';
export * from './scoreAccounts';

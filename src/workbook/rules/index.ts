/** The `rules/` room's door: reading 评分标准 text into rules, printing them, and turning them into engine rules. */
export { parseStandard, definedMeasure } from './parseStandard';
export { printReading } from './printReading';
export { toEngineRule, type EngineRuleResult } from './engineRule';
export type * from './reading.types';

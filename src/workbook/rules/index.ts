/** The `rules/` room's door: reading 评分标准 text into rules, printing them, and turning them into engine rules. */
export { parseStandard, definedMeasure } from './parseStandard';
export type * from './reading.types';

import type { Framework } from './types';

/** Used when no framework knows any leaf: every leaf is a judgement score, range-checked and summed. */
export const TABLE_ONLY_FRAMEWORK: Framework = {
  id: 'table-only',
  title: '按表内分值评分（无匹配的指标体系）',
  locality: '',
  tree: [],
  figures: {},
};

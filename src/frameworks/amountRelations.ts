/**
 * Amounts that are of one size, for the plausibility of 万元 figures (an amount 10⁴ times its peers, its
 * parts or the unit's budget is 元 written in a 万元 row): a budget with its spending, a plan with its
 * actual, a total with its parts, and the figures that state the unit's whole budget.
 */

/** Figures that measure the same money at different stages (budget, adjusted, spent; plan, actual). */
export const AMOUNT_PEERS: readonly (readonly string[])[] = [
  ['budget.initial', 'budget.adjusted', 'spending.total'],
  ['budget.initial.basic', 'budget.adjusted.basic', 'spending.basic'],
  ['budget.initial.project', 'budget.adjusted.project', 'spending.project'],
  ['procurement.plan', 'procurement.actual'],
  ['threePublic.budget', 'threePublic.actual'],
  ['dailyPublic.budget', 'dailyPublic.actual'],
  ['assets.total', 'assets.inUse'],
  ['project.initial', 'project.budget', 'project.executed'],
];

/** A total and its parts. */
export const AMOUNT_PARTS: readonly { total: string; parts: readonly string[] }[] = [
  { total: 'budget.initial', parts: ['budget.initial.basic', 'budget.initial.project'] },
  { total: 'budget.initial.basic', parts: ['budget.initial.personnel', 'budget.initial.public'] },
  { total: 'budget.adjusted', parts: ['budget.adjusted.basic', 'budget.adjusted.project'] },
  { total: 'spending.total', parts: ['spending.basic', 'spending.project'] },
];

/** The unit's whole budget, first found first: no amount of the unit is 10³ times it. */
export const UNIT_BUDGETS: readonly string[] = ['budget.adjusted', 'budget.initial', 'project.budget', 'project.initial'];

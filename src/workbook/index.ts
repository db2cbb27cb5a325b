/**
 * The host-agnostic workbook layer, by stage: `read/` turns cells into values and tables, `analyse/`
 * builds the scored tree, `checks/` states the findings, `plan/` makes write plans, `review/` is the
 * reviewer's model. Hosts, the CLI and the task pane come in through this door or a room's own index.
 */
export * from './read';
export * from './analyse';
export * from './plan';
export type { Warning, Severity, FindingCode } from './checks';
export { SEVERITY_NAMES, findingName } from './checks';
export type * from './port';
export * from './forms';

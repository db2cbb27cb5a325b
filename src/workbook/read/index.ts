/** The `read/` room's door: everything other rooms and layers may use from it. */
export * from './address';
export * from './cellValue';
export * from './deadline';
export * from './detectTable';
export * from './findFigures';
export * from './indicatorName';
export type * from './layout.types';
export * from './numberFormat';
export * from './ownership';
export type * from './read.types';
export * from './settings';
export * from './snapshotCells';
export * from './targetText';
export * from './tableCells';

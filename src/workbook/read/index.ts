/** The `read/` room's door: everything other rooms and layers may use from it. */
export * from './address';
export * from './cellValue';
export * from './dataSheet';
export * from './deadline';
export * from './detectTable';
export * from './figureRows';
export * from './findFigures';
export * from './labelMeaning';
export * from './indicatorName';
export type * from './layout.types';
export * from './numberFormat';
export * from './plausibility';
export * from './ownership';
export type * from './read.types';
export * from './settings';
export * from './snapshotCells';
export * from './targetText';
export * from './tableCells';

/** The `forms/` room's door: what each kind of form adds to a plain indicator table. */
export * from './nationalProject';
export * from './narrativeCells';
export * from './selfScoreField';

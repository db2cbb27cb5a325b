/** One entry of the 改进措施 library: how a problem is worded and the measure that answers it. */
export interface MeasureEntry {
  /** the problem, e.g. “{指标}有待进一步提高”; {指标} is replaced by the indicator's name */
  problem: string;
  /** the measure, a full sentence in the seeds' style */
  measure: string;
}

/** The library the narrative draws on, passed in as data so a locality can extend it. */
export interface MeasureLibrary {
  entries: Readonly<Record<string, MeasureEntry>>;
  /** the fallback for a leaf with no kind or an unknown one */
  generic: MeasureEntry;
}

/** The entry for a problem kind, or the generic one. */
export function measureFor(library: MeasureLibrary, kind: string | undefined | null): MeasureEntry {
  return (kind && Object.prototype.hasOwnProperty.call(library.entries, kind) ? library.entries[kind] : undefined) ?? library.generic;
}

/** The 存在问题 wording for an indicator. */
export function problemText(entry: MeasureEntry, indicator: string): string {
  return entry.problem.split('{指标}').join(indicator);
}

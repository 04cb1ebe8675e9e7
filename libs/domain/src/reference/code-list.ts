export interface CodeListEntry {
  readonly code: string;
  readonly nameNl: string;
  readonly nameEn: string;
}

export interface CodeList {
  readonly id: string;
  readonly version: string;
  /** Where the entries come from, e.g. "seed 003 Table 3.2 (L1402–L1507)". */
  readonly source: string;
  readonly entries: readonly CodeListEntry[];
}

/**
 * A table of percentages as printed in a source, one row per code and one value per column. `null` marks a
 * cell the source leaves empty or does not report (too few observations).
 */
export interface FrequencyTable<Code extends string> {
  readonly source: string;
  readonly columns: readonly string[];
  /** Observations per column, where the source gives them. */
  readonly n?: readonly number[];
  readonly percent: Readonly<Record<Code, readonly (number | null)[]>>;
}

export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

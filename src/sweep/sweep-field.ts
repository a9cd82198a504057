/** A value a sweep gives a spec field: a number, a word, or a boolean. */
export type SweepValue = number | string | boolean;

/** One varied field: its path in the spec and the values it takes, in order. */
export interface SweepField {
  /** As written, e.g. "arms.active.regimen.dose_mg"; also the field's column name in summary.csv. */
  readonly label: string;
  /** The path's parts: mapping keys, list positions (0-based numbers) or list items' ids. */
  readonly path: readonly string[];
  readonly values: readonly SweepValue[];
}

/** One point of the grid: its 1-based index and one value per field, in field order. */
export interface SweepPoint {
  readonly index: number;
  readonly values: readonly SweepValue[];
}

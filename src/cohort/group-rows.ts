import type { Cohort } from "../population/cohort-data.js";
import { cellValue } from "./cell-value.js";
import type { LevelValue } from "./cohort-description.js";

/** The rows of one level of the grouping column. */
export interface RowGroup {
  readonly level: LevelValue;
  readonly rows: readonly number[];
}

/** Rows split by a column's value, and the rows where it is missing. */
export interface RowGrouping {
  readonly groups: readonly RowGroup[];
  readonly ungrouped: readonly number[];
}

function compareLevels(a: LevelValue, b: LevelValue): number {
  // Every level of one column has the same type; numbers and booleans compare by value,
  // text by code unit (locale-free, as parseCohort sorts category levels).
  if (typeof a === "string" || typeof b === "string") return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
  return Number(a) - Number(b);
}

/**
 * Splits rows by the value of one column: one group per level that occurs, in level order
 * (category levels by code unit, numbers ascending, false before true), rows in their given
 * order inside each group. Rows with no value form `ungrouped`.
 *
 * @example groupRows(pbc, "arm", [0, 1, 2, 3, 4, 5, 6, 7]).groups.map((group) => group.rows.length) // [4, 4] (cohorts/pbc.csv: D-penicillamine, placebo)
 */
export function groupRows(cohort: Cohort, column: string, rows: readonly number[]): RowGrouping {
  const byLevel = new Map<LevelValue, number[]>();
  const ungrouped: number[] = [];
  for (const row of rows) {
    const value = cellValue(cohort, column, row);
    if (value === null) {
      ungrouped.push(row);
      continue;
    }
    const members = byLevel.get(value);
    if (members === undefined) byLevel.set(value, [row]);
    else members.push(row);
  }
  const levels = [...byLevel.keys()].sort(compareLevels);
  return { groups: levels.map((level) => ({ level, rows: byLevel.get(level) ?? [] })), ungrouped };
}

import type { Cohort, CohortColumn } from "../population/cohort-data.js";
import { cellValue } from "./cell-value.js";
import type { LevelValue } from "./cohort-description.js";

/** Number and integer columns with at most this many distinct values are also counted per value. */
export const MAX_COUNTED_LEVELS = 10;

/**
 * The levels a column is counted by, in table order: a category's levels as the cohort
 * sorted them (all of them, so that groups and reruns have the same rows), false then true
 * for a boolean, and the distinct values of a number or integer column among `rows`,
 * ascending, when there are at most MAX_COUNTED_LEVELS (e.g. a 1–4 stage, or edema coded
 * 0 / 0.5 / 1, as gtsummary treats numbers with few values as categories); undefined for
 * other number columns.
 *
 * @example countedLevels(pbc, { name: "edema", type: "number" }, allRows) // [0, 0.5, 1] (cohorts/pbc.csv)
 */
export function countedLevels(cohort: Cohort, column: CohortColumn, rows: readonly number[]): readonly LevelValue[] | undefined {
  if (column.type === "category") return cohort.categories.get(column.name)?.levels ?? [];
  if (column.type === "boolean") return [false, true];
  const distinct = new Set<number>();
  for (const row of rows) {
    const value = cellValue(cohort, column.name, row);
    if (typeof value !== "number") continue;
    distinct.add(value);
    if (distinct.size > MAX_COUNTED_LEVELS) return undefined;
  }
  return Array.from(Float64Array.from(distinct).sort());
}

import type { Cohort } from "../population/cohort-data.js";

/** Cells that mean "not recorded" in a raw (undeclared) column, as readObservedOutcomes reads them. */
const MISSING_TEXT = new Set(["", "NA", "na", "N/A", "n/a", "NaN", "."]);

/**
 * One cell of a column the twin model reads: a declared number, integer or boolean column
 * gives its number (booleans 0/1), a category column its level text, an undeclared column
 * (loaded raw, as a real trial's outcome) its trimmed text; null when the cell is missing
 * or the column is not loaded.
 *
 * @example readTwinCell(cohort, "status", 0) // "2" for pbc.csv row 2 (status undeclared, read raw)
 */
export function readTwinCell(cohort: Cohort, column: string, row: number): number | string | null {
  const numeric = cohort.numeric.get(column);
  if (numeric !== undefined) {
    const value = numeric[row] ?? Number.NaN;
    return Number.isNaN(value) ? null : value;
  }
  const category = cohort.categories.get(column);
  if (category !== undefined) {
    const code = category.codes[row] ?? -1;
    return code < 0 ? null : (category.levels[code] ?? null);
  }
  const text = cohort.raw?.get(column)?.[row];
  return text === undefined || MISSING_TEXT.has(text) ? null : text;
}

import type { ExpressionValue } from "../expr/index.js";
import type { Cohort } from "../population/cohort-data.js";

/**
 * One cell as an expression value: numbers as numbers, booleans as true/false, categories
 * as their level text, missing as null.
 */
export function cellValue(cohort: Cohort, column: string, row: number): ExpressionValue {
  const numeric = cohort.numeric.get(column);
  if (numeric !== undefined) {
    const value = numeric[row] ?? Number.NaN;
    if (Number.isNaN(value)) return null;
    const type = cohort.columns.find((declared) => declared.name === column)?.type;
    return type === "boolean" ? value === 1 : value;
  }
  const category = cohort.categories.get(column);
  if (category === undefined) return null;
  const code = category.codes[row] ?? -1;
  return code < 0 ? null : (category.levels[code] ?? null);
}

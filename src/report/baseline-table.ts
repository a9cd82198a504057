import type { CohortColumn } from "../population/index.js";
import { mean, quantileType7, sampleStandardDeviation } from "../stats/index.js";
import { formatPercent, formatSignificant } from "./markdown-table.js";

/** The values of one column in one group (real eligible patients, or virtual ones). */
export type ColumnValues =
  | { readonly kind: "numeric"; readonly values: Float64Array }
  | { readonly kind: "category"; readonly codes: Int32Array; readonly levels: readonly string[] };

function describeNumeric(values: Float64Array, isBoolean: boolean): string[] {
  const observed = Array.from(values).filter((value) => !Number.isNaN(value));
  const missing = values.length - observed.length;
  if (observed.length === 0) return [`all missing (${missing})`];
  if (isBoolean) {
    const yes = observed.filter((value) => value === 1).length;
    return [`${yes} (${formatPercent(yes / observed.length)})${missing > 0 ? `; missing ${missing}` : ""}`];
  }
  const sorted = [...observed].sort((a, b) => a - b);
  const sd = observed.length > 1 ? sampleStandardDeviation(observed) : Number.NaN;
  const centre = `${formatSignificant(mean(observed), 3)} (${formatSignificant(sd, 3)})`;
  const spread = `${formatSignificant(quantileType7(sorted, 0.5), 3)} [${formatSignificant(quantileType7(sorted, 0.25), 3)}, ${formatSignificant(quantileType7(sorted, 0.75), 3)}]`;
  return [`${centre}; ${spread}${missing > 0 ? `; missing ${missing}` : ""}`];
}

function describeCategory(codes: Int32Array, levels: readonly string[]): string[] {
  const counts = levels.map(() => 0);
  let missing = 0;
  for (const code of codes) {
    if (code < 0) missing++;
    else counts[code] = (counts[code] ?? 0) + 1;
  }
  const observed = codes.length - missing;
  const parts = levels.map((level, index) => `${level}: ${counts[index]} (${formatPercent((counts[index] ?? 0) / Math.max(observed, 1))})`);
  return [`${parts.join(", ")}${missing > 0 ? `; missing ${missing}` : ""}`];
}

/**
 * One cell of the baseline table: mean (SD); median [Q1, Q3] for numbers, n (%) for
 * booleans and each category, with the missing count.
 */
export function describeColumn(column: CohortColumn, values: ColumnValues): string {
  if (values.kind === "category") return describeCategory(values.codes, values.levels).join("");
  return describeNumeric(values.values, column.type === "boolean").join("");
}

import { mean, sampleStandardDeviation } from "../stats/index.js";
import type { CovariateTable } from "./covariate-table.js";

/** A number column standardized as (value − centre) / scale, in the column's unit. */
export interface ScaledColumn {
  readonly name: string;
  readonly centre: number;
  readonly scale: number;
}

/** The coordinates in which patient records are compared (see planDistanceSpace). */
export interface DistanceSpace {
  /** Standardized number columns, in table order. */
  readonly numeric: readonly ScaledColumn[];
  /** Category columns, in table order: each contributes 0 (same level) or 1 (different). */
  readonly categorical: readonly string[];
  /** Number columns left out: constant or with fewer than two observed real values. */
  readonly skipped: readonly string[];
}

/**
 * Chooses the coordinates for record-to-record distances: every number column standardized by
 * the real patients' mean and SD (so a year of age and a g/dL of albumin weigh by their spread),
 * except columns with no spread among the real patients, which cannot tell records apart and would
 * divide by zero; and every category column as a 0/1 mismatch. The mix is Gower-like: a
 * different level costs 1, the squared distance of two standardized values one SD apart.
 * One-hot coding would cost 2 per mismatch (two coordinates differ) and weigh a column by its
 * level count, which is why it is not used.
 *
 * Reference: Gower, J. C. (1971). A general coefficient of similarity and some of its properties.
 * Biometrics 27, 857–871 (mixing number and category coordinates).
 *
 * @param table the real eligible patients
 * @returns the scaled number columns, the category columns and the skipped columns
 * @example planDistanceSpace({ rowCount: 3, numeric: [{ name: "x", values: Float64Array.from([1, 2, 3]), continuous: true }], categorical: [] }).numeric // [{ name: "x", centre: 2, scale: 1 }]
 */
export function planDistanceSpace(table: CovariateTable): DistanceSpace {
  const numeric: ScaledColumn[] = [];
  const skipped: string[] = [];
  for (const column of table.numeric) {
    const observed = Array.from(column.values).filter((value) => Number.isFinite(value));
    // Constancy by exact equality: the SD of n equal values may carry rounding residue.
    const isConstant = observed.every((value) => value === observed[0]);
    if (observed.length < 2 || isConstant) skipped.push(column.name);
    else numeric.push({ name: column.name, centre: mean(observed), scale: sampleStandardDeviation(observed) });
  }
  return { numeric, categorical: table.categorical.map((column) => column.name), skipped };
}

import type { CovariateTable, VirtualPopulation } from "./covariate-table.js";
import { correlationMatrix } from "./correlation-matrix.js";
import { countCategoryShares } from "./count-category-shares.js";
import { findLargestCorrelationDifference, type CorrelationDifference } from "./find-largest-correlation-difference.js";
import { kolmogorovSmirnovDistance } from "./kolmogorov-smirnov-distance.js";
import { standardizedMeanDifference } from "./standardized-mean-difference.js";
import { summarizeDistribution, type DistributionSummary } from "./summarize-distribution.js";

/** How one number column of the virtual patients matches the real one. */
export interface NumericFidelity {
  readonly name: string;
  readonly real: DistributionSummary;
  readonly virtual: DistributionSummary;
  /** (mean_virtual − mean_real) / √((sd_real² + sd_virtual²) / 2); NaN when a side has < 2 values and the means differ. */
  readonly standardizedMeanDifference: number;
  /** Two-sample Kolmogorov–Smirnov D over the non-missing values; NaN when a side has none. */
  readonly kolmogorovSmirnovDistance: number;
}

/** One level of a category column: its share among the non-missing values of each group. */
export interface LevelFidelity {
  readonly level: string;
  readonly real: number;
  readonly virtual: number;
}

/** How one category column of the virtual patients matches the real one. */
export interface CategoricalFidelity {
  readonly name: string;
  readonly realCount: number;
  readonly virtualCount: number;
  readonly realMissingShare: number;
  readonly virtualMissingShare: number;
  readonly levels: readonly LevelFidelity[];
}

/** Pearson correlations (pairwise-complete) between the number columns, real and virtual. */
export interface CorrelationFidelity {
  /** The number columns, in table order: the rows and columns of both matrices. */
  readonly names: readonly string[];
  readonly real: readonly (readonly number[])[];
  readonly virtual: readonly (readonly number[])[];
  /** null with fewer than two number columns or no pair defined on both sides. */
  readonly largestDifference: CorrelationDifference | null;
}

/** Marginal and pairwise fidelity of a virtual cohort to the real patients it was grown from. */
export interface CohortFidelity {
  readonly realCount: number;
  readonly virtualCount: number;
  readonly numeric: readonly NumericFidelity[];
  readonly categorical: readonly CategoricalFidelity[];
  readonly correlation: CorrelationFidelity;
}

function virtualColumn<T>(columns: ReadonlyMap<string, T>, name: string): T {
  const column = columns.get(name);
  if (column === undefined) throw new RangeError(`assessFidelity requires the population to have every table column, "${name}" is missing`);
  return column;
}

function observed(values: Float64Array): Float64Array {
  return values.filter((value) => !Number.isNaN(value));
}

function numericFidelity(name: string, realValues: Float64Array, virtualValues: Float64Array): NumericFidelity {
  const real = summarizeDistribution(realValues);
  const virtual = summarizeDistribution(virtualValues);
  const hasBoth = real.count > 0 && virtual.count > 0;
  return {
    name,
    real,
    virtual,
    standardizedMeanDifference: standardizedMeanDifference(real, virtual),
    kolmogorovSmirnovDistance: hasBoth ? kolmogorovSmirnovDistance(observed(realValues), observed(virtualValues)) : Number.NaN,
  };
}

function categoricalFidelity(name: string, realCodes: Int32Array, virtualCodes: Int32Array, levelNames: readonly string[]): CategoricalFidelity {
  // Codes beyond the named levels (not expected from a cohort) still count, named by their code.
  let levelCount = levelNames.length;
  for (const code of realCodes) levelCount = Math.max(levelCount, code + 1);
  for (const code of virtualCodes) levelCount = Math.max(levelCount, code + 1);
  const real = countCategoryShares(realCodes, levelCount);
  const virtual = countCategoryShares(virtualCodes, levelCount);
  const levels = real.shares.map((share, code) => ({ level: levelNames[code] ?? String(code), real: share, virtual: virtual.shares[code] as number }));
  return { name, realCount: real.count, virtualCount: virtual.count, realMissingShare: real.missingShare, virtualMissingShare: virtual.missingShare, levels };
}

/**
 * Compares the virtual patients with the real eligible patients they were grown from, column by
 * column and pair by pair: for each number column the count, missing share, mean, SD and
 * 5/25/50/75/95% quantiles of both groups, the standardized mean difference (Austin 2009; |SMD| >
 * 0.1 is the usual imbalance threshold) and the Kolmogorov–Smirnov distance; for each category
 * column each level's share among the non-missing values and the missing share; and the Pearson
 * correlation matrices of the number columns (pairwise-complete observations) with the pair whose
 * correlation differs most. Category columns are left out of the correlations: their codes are
 * labels, not quantities, and their joint behaviour shows in the per-level shares.
 *
 * Reference: Austin, P. C. (2009), Statistics in Medicine 28, 3083–3107 (SMD); Conover (1999),
 * Practical Nonparametric Statistics §6.3 (KS); R `quantile(type = 7)`,
 * `cor(use = "pairwise.complete.obs")`.
 *
 * @param table the real eligible patients
 * @param population the virtual patients grown from them (every table column present)
 * @param levels category level names by column (code → text); a missing entry names levels by code
 * @returns the fidelity, in the units of the columns (SMD, KS, shares and correlations unitless)
 * @throws RangeError 'assessFidelity requires the population to have every table column, "age" is missing'
 * @example assessFidelity(table, populationEqualToTable, levels).numeric[0].standardizedMeanDifference // 0
 */
export function assessFidelity(table: CovariateTable, population: VirtualPopulation, levels: ReadonlyMap<string, readonly string[]>): CohortFidelity {
  const numeric = table.numeric.map((column) => numericFidelity(column.name, column.values, virtualColumn(population.numeric, column.name)));
  const categorical = table.categorical.map((column) =>
    categoricalFidelity(column.name, column.codes, virtualColumn(population.categorical, column.name), levels.get(column.name) ?? []),
  );
  const names = table.numeric.map((column) => column.name);
  const real = correlationMatrix(table.numeric.map((column) => column.values));
  const virtual = correlationMatrix(names.map((name) => virtualColumn(population.numeric, name)));
  const correlation = { names, real, virtual, largestDifference: findLargestCorrelationDifference(names, real, virtual) };
  return { realCount: table.rowCount, virtualCount: population.size, numeric, categorical, correlation };
}

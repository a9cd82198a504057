import { mean, quantileType7, sampleStandardDeviation } from "../stats/index.js";

/** The probabilities of the quantiles in a DistributionSummary: 5th, 25th, 50th, 75th and 95th percentiles. */
export const SUMMARY_PROBABILITIES = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** A sample quantile: the value below which a share `probability` of the observations lie. */
export interface SampleQuantile {
  readonly probability: number;
  readonly value: number;
}

/** One number column of one group (real or virtual patients), over its non-missing values. */
export interface DistributionSummary {
  /** Non-missing values. */
  readonly count: number;
  /** Missing values / all values (NaN for an empty column). */
  readonly missingShare: number;
  /** NaN when no value is observed. */
  readonly mean: number;
  /** Sample SD (n − 1); NaN with fewer than two observed values. */
  readonly standardDeviation: number;
  /** Type 7 quantiles at SUMMARY_PROBABILITIES; NaN when no value is observed. */
  readonly quantiles: readonly SampleQuantile[];
}

/**
 * Count, missing share, mean, SD and type 7 quantiles (5/25/50/75/95%) of a number column,
 * with missing values (NaN) left out of everything but the missing share.
 *
 * Reference: R `mean`, `sd` and `quantile(type = 7)` with `na.rm = TRUE`; Hyndman & Fan (1996),
 * The American Statistician 50, 361–365.
 *
 * @param values the column (any unit; NaN = missing)
 * @returns the summary, in the unit of the values
 * @example summarizeDistribution([1, 2, NaN, 4]).quantiles[2] // { probability: 0.5, value: 2 } (R 4.2.2: quantile(c(1, 2, NA, 4), 0.5, na.rm = TRUE) = 2)
 */
export function summarizeDistribution(values: ArrayLike<number>): DistributionSummary {
  const observed = Array.from(values).filter((value) => !Number.isNaN(value));
  const sorted = [...observed].sort((a, b) => a - b);
  return {
    count: observed.length,
    missingShare: (values.length - observed.length) / values.length,
    mean: observed.length === 0 ? Number.NaN : mean(observed),
    standardDeviation: observed.length < 2 ? Number.NaN : sampleStandardDeviation(observed),
    quantiles: SUMMARY_PROBABILITIES.map((probability) => ({
      probability,
      value: sorted.length === 0 ? Number.NaN : quantileType7(sorted, probability),
    })),
  };
}

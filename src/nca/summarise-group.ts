import { mean, quantileType7, sampleStandardDeviation } from "../stats/index.js";

/** Descriptive statistics of one NCA parameter over a group of subjects (in the parameter's unit unless stated). */
export interface GroupSummary {
  /** Number of values summarised (NaN values, i.e. missing, are left out). */
  readonly n: number;
  /** Number of NaN (missing) values left out. */
  readonly missingCount: number;
  /** exp(mean of ln x); NaN unless every value is > 0. */
  readonly geometricMean: number;
  /** Geometric CV, % = √(exp(s²) − 1)·100 with s the SD of ln x; NaN unless n ≥ 2 and every value is > 0. */
  readonly geometricCvPercent: number;
  readonly arithmeticMean: number;
  /** Sample SD (n − 1); NaN for n < 2. */
  readonly standardDeviation: number;
  /** R's default (type 7) median. */
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/**
 * The usual NCA summary of a parameter over subjects: n, geometric mean and geometric CV%,
 * arithmetic mean and SD, median, min and max. NaN values are missing (NCA reports NaN where a
 * parameter is undefined, e.g. λz of a profile without a terminal phase): they are left out and
 * counted in missingCount. With n = 0 every statistic is NaN. A value ≤ 0 makes the geometric
 * statistics NaN, as its logarithm is undefined.
 *
 * Reference: Julious & Debarnot (2000), Why are pharmacokinetic data summarized by arithmetic
 * means?, J. Biopharm. Stat. 10, 55–71 (geometric CV = √(exp(s²) − 1)); R `mean`, `sd`, `median`.
 *
 * @param values the parameter's value for each subject (any unit; NaN = missing)
 * @returns the summary
 * @example summariseGroup([1, 2, 4]) // { n: 3, geometricMean: 2, geometricCvPercent: 78.5370…, arithmeticMean: 2.3333…,
 * //   standardDeviation: 1.5275…, median: 2, min: 1, max: 4, missingCount: 0 } (s = ln 2, √(exp(ln²2) − 1) = 0.785370; R 4.2.2 agrees)
 */
export function summariseGroup(values: readonly number[]): GroupSummary {
  const present = values.filter((value) => !Number.isNaN(value));
  const missingCount = values.length - present.length;
  const n = present.length;
  const nan = Number.NaN;
  if (n === 0) {
    return {
      n, missingCount, geometricMean: nan, geometricCvPercent: nan,
      arithmeticMean: nan, standardDeviation: nan, median: nan, min: nan, max: nan,
    };
  }
  const sorted = [...present].sort((a, b) => a - b);
  const isAllPositive = (sorted[0] as number) > 0;
  const logs = isAllPositive ? present.map(Math.log) : [];
  return {
    n,
    missingCount,
    geometricMean: isAllPositive ? Math.exp(mean(logs)) : nan,
    geometricCvPercent: isAllPositive && n >= 2 ? Math.sqrt(Math.expm1(sampleStandardDeviation(logs) ** 2)) * 100 : nan,
    arithmeticMean: mean(present),
    standardDeviation: n >= 2 ? sampleStandardDeviation(present) : nan,
    median: quantileType7(sorted, 0.5),
    min: sorted[0] as number,
    max: sorted[n - 1] as number,
  };
}

import { quantileType7, sampleStandardDeviation } from "../stats/index.js";

/**
 * Gaussian kernel bandwidth by Silverman's rule of thumb, exactly as R's `bw.nrd0`:
 * 0.9 · min(SD, IQR / 1.34) · n^(−1/5), falling back to the SD, then |x₁|, then 1 when the
 * minimum is 0 (e.g. a column where more than half the values tie).
 *
 * Reference: Silverman, B. W. (1986) Density Estimation, eq. (3.31); R stats::bw.nrd0.
 *
 * @param values the observed (non-missing) values, at least two
 * @example silvermanBandwidth([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // 1.7192864046922... (R: bw.nrd0(1:10) = 1.71928640469228)
 */
export function silvermanBandwidth(values: readonly number[]): number {
  if (values.length < 2) throw new RangeError(`silvermanBandwidth requires at least two values, got ${values.length}`);
  const sorted = [...values].sort((a, b) => a - b);
  const sd = sampleStandardDeviation(values);
  const iqr = quantileType7(sorted, 0.75) - quantileType7(sorted, 0.25);
  let spread = Math.min(sd, iqr / 1.34);
  if (!(spread > 0)) spread = sd > 0 ? sd : Math.abs(values[0] ?? 0) > 0 ? Math.abs(values[0] ?? 0) : 1;
  return 0.9 * spread * Math.pow(values.length, -0.2);
}

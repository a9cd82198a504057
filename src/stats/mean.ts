import { sum } from "./sum.js";

/**
 * Arithmetic mean: the compensated `sum` divided by the count, then refined by the mean of the
 * residuals, as R's `mean` does, so that e.g. the mean of 0.1, 0.2, 0.3 is the double nearest the
 * exact value (0.2, where sum / n alone gives 0.19999999999999998). NaN in, NaN out (like R's
 * `mean` without `na.rm`): missing values are the caller's decision, not silently dropped.
 *
 * Reference: R `mean.default` (src/main/summary.c, `real_mean`); simple-statistics src/mean.js.
 *
 * @param values the observations (any unit; the mean has the same unit)
 * @returns the mean
 * @throws RangeError "mean requires at least one value, got none" for an empty array
 * @example mean([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // 5.5 (R 4.2.2: mean(1:10) = 5.5)
 */
export function mean(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError("mean requires at least one value, got none");
  const firstPass = sum(values) / values.length;
  if (!Number.isFinite(firstPass)) return firstPass;
  return firstPass + sum(values.map((value) => value - firstPass)) / values.length;
}

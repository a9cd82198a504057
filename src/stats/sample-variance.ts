import { mean } from "./mean.js";
import { sum } from "./sum.js";

/**
 * Sample variance with Bessel's correction (divides by n − 1), two-pass: the mean first, then
 * the compensated sum of squared deviations, which avoids the cancellation of Σx² − n·x̄².
 * NaN in, NaN out (like R's `var`).
 *
 * Reference: Chan, Golub & LeVeque (1983), Algorithms for computing the sample variance,
 * The American Statistician 37, 242–247 (the two-pass algorithm); R `var`.
 *
 * @param values the observations (the variance is in their unit squared)
 * @returns the unbiased variance estimate
 * @throws RangeError "sampleVariance requires at least two values, got 1"
 * @example sampleVariance([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // 9.166666666666666 = 55/6 (R 4.2.2: var(1:10) = 9.166667)
 */
export function sampleVariance(values: readonly number[]): number {
  if (values.length < 2) {
    throw new RangeError(`sampleVariance requires at least two values, got ${values.length}`);
  }
  const center = mean(values);
  const squaredDeviations = values.map((value) => (value - center) ** 2);
  const besselsCorrection = values.length - 1;
  return sum(squaredDeviations) / besselsCorrection;
}

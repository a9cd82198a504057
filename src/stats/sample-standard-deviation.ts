import { sampleVariance } from "./sample-variance.js";

/**
 * Sample standard deviation: the square root of the (n − 1) sample variance. NaN in, NaN out.
 *
 * Reference: R `sd`.
 *
 * @param values the observations (the standard deviation has their unit)
 * @returns the standard deviation
 * @throws RangeError "sampleStandardDeviation requires at least two values, got 1"
 * @example sampleStandardDeviation([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // 3.0276503540974917 (R 4.2.2: sd(1:10) = 3.02765)
 */
export function sampleStandardDeviation(values: readonly number[]): number {
  if (values.length < 2) {
    throw new RangeError(`sampleStandardDeviation requires at least two values, got ${values.length}`);
  }
  return Math.sqrt(sampleVariance(values));
}

import { sum } from "../stats/index.js";

/**
 * The linear predictor β₀ + Σ βⱼ·referenceⱼ of a fitted design (intercept first) at the
 * reference covariates: the expected change (lm), log odds (glm) or log time (survreg AFT)
 * of the reference patient.
 *
 * @param coefficients intercept first, then one per covariate
 * @param references one per covariate
 * @example predictAtReference([3.9, -0.007, -0.11], [48.58, 0.614]) // 3.9 − 0.34006 − 0.06754 = 3.4924
 */
export function predictAtReference(coefficients: readonly number[], references: readonly number[]): number {
  return sum([coefficients[0] ?? Number.NaN, ...references.map((reference, index) => (coefficients[index + 1] ?? Number.NaN) * reference)]);
}

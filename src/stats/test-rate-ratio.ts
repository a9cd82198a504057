import { inferEffect } from "./effect-estimate.js";

/** A rate ratio e^β with its Wald test and interval on the log scale. */
export interface RateRatioTest {
  /** β, the log rate ratio. */
  readonly logRateRatio: number;
  readonly standardError: number;
  /** e^β (for the intercept: the rate per unit of exposure at all-zero covariates). */
  readonly rateRatio: number;
  readonly ciLower: number;
  readonly ciUpper: number;
  /** β / SE. */
  readonly z: number;
  /** Two-sided 2·Φ(−|z|). */
  readonly pValue: number;
}

/**
 * Wald test and interval of one coefficient of a log-link count regression, reported as a rate
 * ratio: z = β/SE, p = 2·Φ(−|z|), CI exp(β ∓ z₍₁₋α/₂₎·SE), as R's `summary.glm` (z value,
 * Pr(>|z|)) and `exp(confint.default(fit))`.
 *
 * Reference: Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §4.3; R `summary.glm`,
 * `confint.default`.
 *
 * @param fit coefficients and their standard errors (fitPoissonRegression, fitNegativeBinomialRegression)
 * @param index 0-based design column of the coefficient
 * @param confidenceLevel two-sided level of the interval, e.g. 0.95
 * @returns the rate ratio with its interval, z and p value
 * @throws RangeError "testRateRatio requires an integer index from 0 to 1, got 2"
 * @throws RangeError "testRateRatio requires a confidence level strictly between 0 and 1, got 95"
 * @example testRateRatio({ coefficients: [0, Math.log(2)], standardErrors: [1, 0.5] }, 1, 0.95).rateRatio // 2 (z = 2·log 2 = 1.386, p = 0.1657)
 */
export function testRateRatio(
  fit: { readonly coefficients: readonly number[]; readonly standardErrors: readonly number[] },
  index: number,
  confidenceLevel: number,
): RateRatioTest {
  const estimate = fit.coefficients[index];
  const standardError = fit.standardErrors[index];
  if (!Number.isInteger(index) || estimate === undefined || standardError === undefined) {
    throw new RangeError(`testRateRatio requires an integer index from 0 to ${fit.coefficients.length - 1}, got ${index}`);
  }
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(`testRateRatio requires a confidence level strictly between 0 and 1, got ${confidenceLevel}`);
  }
  const wald = inferEffect({ estimate, standardError, degreesOfFreedom: Infinity }, { confidenceLevel, alternative: "two-sided" });
  return {
    logRateRatio: estimate,
    standardError,
    rateRatio: Math.exp(estimate),
    ciLower: Math.exp(wald.ciLower),
    ciUpper: Math.exp(wald.ciUpper),
    z: wald.statistic,
    pValue: wald.pValue,
  };
}

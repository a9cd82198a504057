import { inferEffect, type EffectEstimate } from "./effect-estimate.js";
import type { LogisticRegressionFit } from "./fit-logistic-regression.js";
import { validateTestOptions, type TestOptions } from "./test-options.js";

/**
 * Wald z test and confidence interval of one coefficient of a logistic regression, on the
 * log-odds scale: z = β / SE, p from the standard normal for the alternative, two-sided CI
 * β ± Φ⁻¹(1 − (1 − level)/2)·SE; degreesOfFreedom is Infinity. The odds ratio and its interval
 * are exp(estimate), exp(ciLower), exp(ciUpper). A fit that did not converge (separation)
 * gives NaN statistic, p value and interval, keeping its last estimate and standard error.
 *
 * Reference: R `summary.glm` (z value, Pr(>|z|)) and `confint.default`; Agresti, A. (2013),
 * Categorical Data Analysis, 3rd ed., §5.2.
 *
 * @param fit a fit from fitLogisticRegression
 * @param index 0-based position of the coefficient (the design column)
 * @param options confidence level of the CI and alternative of the p value
 * @returns the coefficient (log-odds per unit of its column) with its inference
 * @throws RangeError "testLogisticCoefficient requires an integer index from 0 to 2, got 3"
 * @throws RangeError "testLogisticCoefficient requires a confidence level strictly between 0 and 1, got 0"
 * @example testLogisticCoefficient({ coefficients: [0.5], standardErrors: [0.25], covariance: [[0.0625]], deviance: 1, fittedProbabilities: [], iterations: 4, converged: true }, 0, { confidenceLevel: 0.95, alternative: "two-sided" }).pValue
 * // 0.0455002638963584 = 2·Φ(−2) (R 4.2.2: 2 * pnorm(-2))
 */
export function testLogisticCoefficient(fit: LogisticRegressionFit, index: number, options: TestOptions): EffectEstimate {
  validateTestOptions(options, "testLogisticCoefficient");
  const last = fit.coefficients.length - 1;
  const estimate = fit.coefficients[index];
  const standardError = fit.standardErrors[index];
  if (!Number.isInteger(index) || estimate === undefined || standardError === undefined) {
    throw new RangeError(`testLogisticCoefficient requires an integer index from 0 to ${last}, got ${index}`);
  }
  if (!fit.converged) {
    const nan = Number.NaN;
    return { estimate, standardError, statistic: nan, degreesOfFreedom: Infinity, pValue: nan, ciLower: nan, ciUpper: nan };
  }
  return inferEffect({ estimate, standardError, degreesOfFreedom: Infinity }, options);
}

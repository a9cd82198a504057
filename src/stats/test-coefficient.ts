import { inferEffect, type EffectEstimate } from "./effect-estimate.js";
import type { LinearModelFit } from "./fit-linear-model.js";
import { validateTestOptions, type TestOptions } from "./test-options.js";

/**
 * t test and confidence interval of one coefficient of a linear model: t = β / SE with the
 * residual degrees of freedom, exact t p value for the alternative, two-sided CI
 * β ± t(1 − (1 − level)/2, n − p)·SE.
 *
 * Reference: R `summary.lm` (t value, Pr(>|t|)) and `confint.lm`.
 *
 * @param fit a fit from fitLinearModel
 * @param index 0-based position of the coefficient (the design column)
 * @param options confidence level of the CI and alternative of the p value
 * @returns the coefficient with its inference
 * @throws RangeError "testCoefficient requires an integer index from 0 to 2, got 3"
 * @example testCoefficient(fitLinearModel([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 2, 4]), 1, { confidenceLevel: 0.95, alternative: "two-sided" }).pValue
 * // 0.2: slope 0.8, SE √(0.9 / 5), t = 4√2/3 on 2 df, and with 2 df P(|T| > t) = 1 − t/√(2 + t²) = 1 − 0.8
 */
export function testCoefficient(fit: LinearModelFit, index: number, options: TestOptions): EffectEstimate {
  validateTestOptions(options, "testCoefficient");
  const last = fit.coefficients.length - 1;
  const estimate = fit.coefficients[index];
  const standardError = fit.standardErrors[index];
  if (!Number.isInteger(index) || estimate === undefined || standardError === undefined) {
    throw new RangeError(`testCoefficient requires an integer index from 0 to ${last}, got ${index}`);
  }
  return inferEffect({ estimate, standardError, degreesOfFreedom: fit.residualDegreesOfFreedom }, options);
}

import { fitExtremeValueRegression, type ParametricSurvivalFit } from "./fit-extreme-value-regression.js";
import type { SurvivalRegressionOptions } from "./survival-regression-options.js";

/**
 * Exponential regression in accelerated-failure-time form, as R's `survreg(Surv(time, event) ~
 * x, dist = "exponential")`: the Weibull model with σ fixed at 1, so the hazard e^(−xᵀβ) is
 * constant in time; equal to a Poisson GLM of the events with offset log t, coefficients negated.
 *
 * Reference: Kalbfleisch & Prentice (2002), The Statistical Analysis of Failure Time Data, 2nd
 * ed., §2.2.1 and §5.2; Therneau, T. M., survival 3.5-3 `survreg`.
 *
 * @param options times (> 0, any unit), events (1 = event, 0 = censored), design, iteration limit (100)
 * @returns coefficients (log mean time per unit), covariance over β, log-likelihood (time scale), AIC, iterations
 * @throws RangeError "fitExponentialRegression requires positive finite times, got 0 at index 2"
 * @example fitExponentialRegression({ times: [2, 3, 5], events: [1, 0, 1], design: [[1], [1], [1]] }).coefficients // [1.6094379124341003] = log(10 time units / 2 events)
 */
export function fitExponentialRegression(options: SurvivalRegressionOptions): ParametricSurvivalFit {
  return fitExtremeValueRegression(options, "exponential", "fitExponentialRegression");
}

import { fitExtremeValueRegression, type ParametricSurvivalFit } from "./fit-extreme-value-regression.js";
import type { SurvivalRegressionOptions } from "./survival-regression-options.js";

/**
 * Weibull regression in accelerated-failure-time form, as R's `survreg(Surv(time, event) ~ x,
 * dist = "weibull")`: log T = xᵀβ + σW with W standard minimum extreme value, fitted by
 * Newton–Raphson on (β, log σ) with survreg's start and convergence rule (1e-14 relative change
 * of the log-likelihood). The log-likelihood is on the time scale (the −log t Jacobian of each
 * event included), as R reports it. toProportionalHazards gives the hazard-ratio form.
 *
 * Reference: Kalbfleisch & Prentice (2002), The Statistical Analysis of Failure Time Data, 2nd
 * ed., §2.2.2 and §5.2; Therneau, T. M., survival 3.5-3 `survreg`.
 *
 * @param options times (> 0, any unit), events (1 = event, 0 = censored), design, iteration limit (100)
 * @returns coefficients (log time per unit), covariance over (β, log σ), scale σ, log-likelihood, AIC, iterations
 * @throws RangeError "fitWeibullRegression requires at least one event, got 0 events in 4 patients"
 * @throws RangeError "fitWeibullRegression did not converge in 2 iterations"
 * @example fitWeibullRegression({ times: [1, 2, 4, 8], events: [1, 1, 1, 1], design: [[1], [1], [1], [1]] }).scale
 * // 0.6899990997132271 (R 4.2.2: survreg(Surv(c(1, 2, 4, 8), rep(1, 4)) ~ 1)$scale = 0.689999099713227)
 */
export function fitWeibullRegression(options: SurvivalRegressionOptions): ParametricSurvivalFit {
  return fitExtremeValueRegression(options, "weibull", "fitWeibullRegression");
}

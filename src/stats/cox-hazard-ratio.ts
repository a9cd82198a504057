import { normalCdf, normalQuantile } from "./distributions.js";
import type { CoxModelFit } from "./fit-cox-model.js";

/** A hazard ratio exp(β) with its Wald interval and test. */
export interface CoxHazardRatio {
  readonly hazardRatio: number;
  readonly ciLower: number;
  readonly ciUpper: number;
  /** β / SE. */
  readonly z: number;
  /** Two-sided, 2·Φ(−|z|). */
  readonly pValue: number;
}

/**
 * The hazard ratio per unit of one covariate of a Cox fit, with its Wald confidence interval
 * exp(β ∓ z·SE) and two-sided Wald p value, as R's `summary(coxph)` ("exp(coef)", "lower .95",
 * "upper .95", "z", "Pr(>|z|)"). NaN throughout for a coefficient that is NaN.
 *
 * Reference: R survival `summary.coxph`; Therneau & Grambsch, Modeling Survival Data (2000), §3.4.
 *
 * @param fit a fit from fitCoxModel
 * @param index the covariate's position in the fit's covariates (0-based)
 * @param confidenceLevel two-sided level, e.g. 0.95
 * @returns hazard ratio, its interval, z and p
 * @throws RangeError "coxHazardRatio requires a coefficient index from 0 to 2, got 3"
 * @throws RangeError "coxHazardRatio requires a confidence level strictly between 0 and 1, got 1"
 * @example coxHazardRatio(fitCoxModel({ times: [1, 2, 3, 4, 5, 6], events: [1, 1, 1, 1, 1, 1], covariates: [[1, 0, 1, 1, 0, 0]], ties: "breslow" }), 0, 0.95)
 * // { hazardRatio: 4.03293442782970, ciLower: 0.411662371176399, ciUpper: 39.5094651296284, z: 1.19767897239602,
 * //   pValue: 0.231042018522247 } to 1e-12 (R 4.2.2 summary(coxph(...))$conf.int and $coefficients)
 */
export function coxHazardRatio(fit: CoxModelFit, index: number, confidenceLevel: number): CoxHazardRatio {
  const count = fit.coefficients.length;
  if (!(Number.isInteger(index) && index >= 0 && index < count)) {
    throw new RangeError(`coxHazardRatio requires a coefficient index from 0 to ${count - 1}, got ${index}`);
  }
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(`coxHazardRatio requires a confidence level strictly between 0 and 1, got ${confidenceLevel}`);
  }
  const coefficient = fit.coefficients[index] ?? Number.NaN;
  const standardError = fit.standardErrors[index] ?? Number.NaN;
  const margin = normalQuantile(1 - (1 - confidenceLevel) / 2) * standardError;
  const z = coefficient / standardError;
  return {
    hazardRatio: Math.exp(coefficient),
    ciLower: Math.exp(coefficient - margin),
    ciUpper: Math.exp(coefficient + margin),
    z,
    pValue: 2 * normalCdf(-Math.abs(z)),
  };
}

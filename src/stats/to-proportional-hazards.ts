import { normalQuantile } from "./distributions.js";
import type { ParametricSurvivalFit } from "./fit-extreme-value-regression.js";

/** One coefficient in proportional-hazards form, γ = −β/σ, with its delta-method interval. */
export interface ProportionalHazardsCoefficient {
  /** γ, the log hazard ratio per unit of the column (for a column of ones: log λ, the log baseline rate). */
  readonly logHazardRatio: number;
  /** Delta-method SE from the covariance of (β, log σ). */
  readonly standardError: number;
  /** e^γ. */
  readonly hazardRatio: number;
  /** exp(γ ∓ z₍₁₋α/₂₎·SE). */
  readonly ciLower: number;
  readonly ciUpper: number;
}

/** A Weibull (or exponential) fit as S(t | x) = exp(−λ·exp(xᵀγ)·t^k), covariates without the intercept. */
export interface ProportionalHazardsForm {
  /** k = 1/σ (1 for the exponential). */
  readonly shape: number;
  /** λ = exp(−β₀/σ), in time unit^−k: the baseline when design column 0 is the intercept (a column of ones). */
  readonly baselineRate: number;
  /** One per design column; entry 0 is log λ when column 0 is the intercept. */
  readonly coefficients: readonly ProportionalHazardsCoefficient[];
}

/**
 * The proportional-hazards form of a Weibull AFT fit: h(t | x) = λ·k·t^(k−1)·exp(xᵀγ) with
 * k = 1/σ, γⱼ = −βⱼ/σ and λ = exp(−β₀/σ). The SE of γⱼ is by the delta method on (βⱼ, log σ),
 * gradient (−1/σ, βⱼ/σ): SE² = (Vⱼⱼ − 2βⱼVⱼτ + βⱼ²Vττ)/σ². For the exponential (σ = 1 fixed)
 * this is γ = −β with SE(β), the hazard ratio exp(−β).
 *
 * Reference: Kalbfleisch & Prentice (2002), The Statistical Analysis of Failure Time Data, 2nd
 * ed., §2.3.3 (the Weibull is both AFT and PH); Collett, D. (2015), Modelling Survival Data in
 * Medical Research, 3rd ed., §6.4–6.5; models.json parametric_survival (models.R).
 *
 * @param fit a fit from fitWeibullRegression or fitExponentialRegression
 * @param confidenceLevel two-sided level of the hazard-ratio intervals, 0.95 by default
 * @returns shape k, baseline rate λ and the log hazard ratios with SEs and intervals
 * @throws RangeError "toProportionalHazards requires a confidence level strictly between 0 and 1, got 95"
 * @example toProportionalHazards(fitWeibullRegression({ times: [1, 2, 4, 8], events: [1, 1, 1, 1], design: [[1], [1], [1], [1]] })).shape
 * // 1.4492772532828135 = 1/σ (R 4.2.2: 1 / survreg(Surv(c(1, 2, 4, 8), rep(1, 4)) ~ 1)$scale = 1/0.689999099713227)
 */
export function toProportionalHazards(fit: ParametricSurvivalFit, confidenceLevel = 0.95): ProportionalHazardsForm {
  if (!(confidenceLevel > 0 && confidenceLevel < 1)) {
    throw new RangeError(`toProportionalHazards requires a confidence level strictly between 0 and 1, got ${confidenceLevel}`);
  }
  const { scale, covariance } = fit;
  const scaleIndex = fit.coefficients.length;
  const logScaleVariance = covariance[scaleIndex]?.[scaleIndex] ?? 0;
  const quantile = normalQuantile(1 - (1 - confidenceLevel) / 2);
  const coefficients = fit.coefficients.map((beta, j) => {
    const variance = covariance[j]?.[j] ?? Number.NaN;
    const covarianceWithLogScale = covariance[j]?.[scaleIndex] ?? 0;
    const logHazardRatio = -beta / scale;
    const standardError = Math.sqrt(variance - 2 * beta * covarianceWithLogScale + beta * beta * logScaleVariance) / scale;
    return {
      logHazardRatio,
      standardError,
      hazardRatio: Math.exp(logHazardRatio),
      ciLower: Math.exp(logHazardRatio - quantile * standardError),
      ciUpper: Math.exp(logHazardRatio + quantile * standardError),
    };
  });
  return { shape: 1 / scale, baselineRate: Math.exp(coefficients[0]?.logHazardRatio ?? Number.NaN), coefficients };
}

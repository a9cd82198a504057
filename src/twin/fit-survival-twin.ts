import { fitExponentialRegression, fitWeibullRegression, toProportionalHazards, type SurvivalDistribution } from "../stats/index.js";
import type { Endpoint } from "../spec/schema.js";
import { buildCovariateTerms } from "./build-covariate-terms.js";
import type { TwinData } from "./collect-twin-data.js";
import { predictAtReference } from "./predict-at-reference.js";
import { tabulateCoefficients } from "./tabulate-coefficients.js";
import type { TwinEstimates } from "./twin-model-fit.js";

/**
 * A time-to-event twin model: a Weibull (or exponential) regression of the real follow-up
 * (days, event or censored) on the covariates by maximum likelihood, as R's
 * `survreg(Surv(time, event) ~ x1 + log(x2), dist = "weibull")`, then its proportional-hazards
 * form (toProportionalHazards): shape k = 1/σ and log hazard ratios γⱼ = −βⱼ/σ.
 *
 * The simulator draws T from H(t | x) = H0(t)·exp(Σ γⱼ(xⱼ − x̄ⱼ)) with H0(t) = (t/scale)^shape
 * (time-to-event-endpoint.ts). The fitted model is S(t | x) = exp(−(t·e^(−xᵀβ))^(1/σ)), so the
 * reference patient (x = x̄) has scale_days = exp(β₀ + Σβⱼ·x̄ⱼ) and shape 1/σ; the exponential
 * (σ = 1) has rate_per_day = exp(−(β₀ + Σβⱼ·x̄ⱼ)).
 *
 * Reference: Kalbfleisch & Prentice (2002), The Statistical Analysis of Failure Time Data, 2nd
 * ed., §2.3.3; R survival `survreg`, `summary.survreg` (the Weibull's "Log(scale)" row).
 *
 * @param data the fitting rows (follow-up days and events)
 * @param options distribution and two-sided level of the intervals
 * @returns the survreg table (z), hazard ratios, shape, log-likelihood and the filled endpoint fields
 * @example fitSurvivalTwin(pbcPlacebo, { distribution: "weibull", confidenceLevel: 0.95 }).shape // 1.55051292984972 (R 4.2.2, twin-models.json)
 */
export function fitSurvivalTwin(data: TwinData, options: { readonly distribution: SurvivalDistribution; readonly confidenceLevel: number }): TwinEstimates {
  if (data.outcomes.type !== "time-to-event") throw new RangeError(`fitSurvivalTwin requires time-to-event outcomes, got ${data.outcomes.type}`);
  const { distribution, confidenceLevel } = options;
  const regression = { times: Array.from(data.outcomes.timesDays), events: Array.from(data.outcomes.events), design: data.design };
  const fit = distribution === "weibull" ? fitWeibullRegression(regression) : fitExponentialRegression(regression);
  const proportional = toProportionalHazards(fit, confidenceLevel);
  const weibull = distribution === "weibull";
  const table = {
    names: [...data.names, ...(weibull ? ["Log(scale)"] : [])],
    estimates: [...fit.coefficients, ...(weibull ? [fit.logScale] : [])],
    standardErrors: [...fit.standardErrors, ...(weibull ? [fit.logScaleStandardError] : [])],
  };
  const covariates = proportional.coefficients.slice(1);
  const logTimeAtReference = predictAtReference(fit.coefficients, data.references);
  const baselineHazard: NonNullable<Endpoint["baseline_hazard"]> = weibull
    ? { model: "weibull", scale_days: Math.exp(logTimeAtReference), shape: proportional.shape }
    : { model: "exponential", rate_per_day: Math.exp(-logTimeAtReference) };
  return {
    model: distribution,
    coefficients: tabulateCoefficients(table, Infinity, confidenceLevel),
    hazardRatios: covariates.map((entry, index) => ({ name: data.names[index + 1] ?? "", ...entry })),
    residualSd: null,
    shape: proportional.shape,
    logLikelihood: fit.logLikelihood,
    filled: { baseline_hazard: baselineHazard, covariates: buildCovariateTerms(data, covariates.map((entry) => entry.logHazardRatio)) },
  };
}

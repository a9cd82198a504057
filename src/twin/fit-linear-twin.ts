import { fitLinearModel } from "../stats/index.js";
import { buildCovariateTerms } from "./build-covariate-terms.js";
import type { TwinData } from "./collect-twin-data.js";
import { predictAtReference } from "./predict-at-reference.js";
import { tabulateCoefficients } from "./tabulate-coefficients.js";
import type { TwinEstimates } from "./twin-model-fit.js";

/**
 * A continuous twin model: least squares of the real change on the covariates, as R's
 * `lm(change ~ x1 + log(x2))`. The endpoint gets placebo_response = β₀ + Σβⱼ·x̄ⱼ (the expected
 * change of the average fitting patient, which for least squares with an intercept is the
 * mean change), residual_sd = σ = √(RSS/(n − p)), baseline_slope 0 and one covariate term
 * βⱼ·(xⱼ − x̄ⱼ) per covariate: the simulator's change placebo_response + Σ terms + N(0, σ²)
 * is then the fitted model.
 *
 * Reference: R `lm`, `summary.lm`, `logLik.lm` (log-likelihood −n/2·(log 2π + log(RSS/n) + 1)).
 *
 * @param data the fitting rows (continuous outcomes, in the endpoint's unit)
 * @param confidenceLevel two-sided level of the coefficient intervals
 * @returns the lm table (t statistics), σ, log-likelihood and the filled endpoint fields
 * @example fitLinearTwin(pbcPlacebo, 0.95).residualSd // 0.372860525352789 for lm(albumin ~ age + log(bili)) (R 4.2.2, twin-models.json)
 */
export function fitLinearTwin(data: TwinData, confidenceLevel: number): TwinEstimates {
  if (data.outcomes.type !== "continuous") throw new RangeError(`fitLinearTwin requires continuous outcomes, got ${data.outcomes.type}`);
  const response = Array.from(data.outcomes.values);
  const fit = fitLinearModel(data.design, response);
  const count = response.length;
  const residualSumOfSquares = fit.sigma * fit.sigma * fit.residualDegreesOfFreedom;
  return {
    model: "linear",
    coefficients: tabulateCoefficients({ names: data.names, estimates: fit.coefficients, standardErrors: fit.standardErrors }, fit.residualDegreesOfFreedom, confidenceLevel),
    hazardRatios: [],
    residualSd: fit.sigma,
    shape: null,
    logLikelihood: -0.5 * count * (Math.log(2 * Math.PI) + Math.log(residualSumOfSquares / count) + 1),
    filled: {
      placebo_response: predictAtReference(fit.coefficients, data.references),
      residual_sd: fit.sigma,
      baseline_slope: 0,
      covariates: buildCovariateTerms(data, fit.coefficients.slice(1)),
    },
  };
}

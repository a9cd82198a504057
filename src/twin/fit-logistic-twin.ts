import { fitLogisticRegression } from "../stats/index.js";
import { buildCovariateTerms } from "./build-covariate-terms.js";
import type { TwinData } from "./collect-twin-data.js";
import { predictAtReference } from "./predict-at-reference.js";
import { tabulateCoefficients } from "./tabulate-coefficients.js";
import type { TwinEstimates } from "./twin-model-fit.js";

/**
 * A binary twin model: logistic regression of the real event (0/1) on the covariates by
 * maximum likelihood, as R's `glm(event ~ x1 + log(x2), family = binomial)`. The endpoint
 * gets logistic.intercept = β₀ + Σβⱼ·x̄ⱼ (the log odds of the average fitting patient) and
 * one covariate term βⱼ·(xⱼ − x̄ⱼ) per covariate, so the simulator's
 * P = 1/(1 + exp(−(intercept + Σ terms))) is the fitted model.
 *
 * Reference: R `glm(family = binomial)`, `summary.glm`; log-likelihood −deviance/2 for 0/1
 * responses (R `logLik.glm`).
 *
 * @param data the fitting rows (binary outcomes)
 * @param confidenceLevel two-sided level of the coefficient intervals
 * @returns the glm table (z statistics), log-likelihood and the filled endpoint fields
 * @throws RangeError "fitLogisticTwin found no finite estimate: the covariates separate events from non-events" (separation)
 * @example fitLogisticTwin(pbcPlacebo, 0.95).logLikelihood // -73.051420546115 for glm(I(status == 2) ~ age + log(bili) + edema) (R 4.2.2, twin-models.json)
 */
export function fitLogisticTwin(data: TwinData, confidenceLevel: number): TwinEstimates {
  if (data.outcomes.type !== "binary") throw new RangeError(`fitLogisticTwin requires binary outcomes, got ${data.outcomes.type}`);
  const fit = fitLogisticRegression(data.design, Array.from(data.outcomes.events));
  if (!fit.converged) throw new RangeError("fitLogisticTwin found no finite estimate: the covariates separate events from non-events");
  return {
    model: "logistic",
    coefficients: tabulateCoefficients({ names: data.names, estimates: fit.coefficients, standardErrors: fit.standardErrors }, Infinity, confidenceLevel),
    hazardRatios: [],
    residualSd: null,
    shape: null,
    logLikelihood: -fit.deviance / 2,
    filled: {
      logistic: { intercept: predictAtReference(fit.coefficients, data.references) },
      covariates: buildCovariateTerms(data, fit.coefficients.slice(1)),
    },
  };
}

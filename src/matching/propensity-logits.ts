import { fitLogisticRegression } from "../stats/index.js";

/**
 * The logit of the propensity score of being in the trial (rather than in the historical
 * data) of every trial and historical patient: a logistic regression of membership on an
 * intercept and the covariates, fitted to both groups together (R: `glm(trial ~ x,
 * binomial)`, then `predict(fit)` on the link scale). Matching on the logit, with a caliper
 * in its SDs, is the usual choice (Rosenbaum & Rubin 1985; Austin 2011).
 *
 * @param trial covariate rows of the trial patients
 * @param historical covariate rows of the historical patients
 * @returns the linear predictors, trial rows first
 * @throws RangeError from fitLogisticRegression when the covariates are collinear
 */
export function propensityLogits(trial: readonly (readonly number[])[], historical: readonly (readonly number[])[]): { trial: Float64Array; historical: Float64Array } {
  const rows = [...trial, ...historical].map((row) => [1, ...row]);
  const membership = [...trial.map(() => 1), ...historical.map(() => 0)];
  const fit = fitLogisticRegression(rows, membership);
  const predictor = (row: readonly number[]): number => fit.coefficients.reduce((sum, beta, index) => sum + beta * (index === 0 ? 1 : (row[index - 1] as number)), 0);
  return { trial: Float64Array.from(trial, predictor), historical: Float64Array.from(historical, predictor) };
}

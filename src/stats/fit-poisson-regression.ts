import { validateCountRegressionOptions, type CountRegressionOptions } from "./count-regression-options.js";
import { summarizeCountFit } from "./summarize-count-fit.js";
import { logGamma } from "./distributions.js";
import { fitLogLinkGlm, type LogLinkFamily } from "./fit-log-link-glm.js";
import { sum } from "./sum.js";

/** A count regression with log link (Poisson or negative binomial), as R's `glm` summarises it. */
export interface CountRegressionFit {
  /** β, one per design column: log rate ratio per unit of the column (the intercept: log rate per unit of exposure). */
  readonly coefficients: readonly number[];
  /** √diag of the covariance, one per coefficient. */
  readonly standardErrors: readonly number[];
  /** Inverse Fisher information of β at the estimates (dispersion 1), p × p. */
  readonly covariance: readonly (readonly number[])[];
  /** Fitted means μ (events per patient over its exposure). */
  readonly fittedMeans: readonly number[];
  /** Residual deviance 2·Σ[ℓ(y; y) − ℓ(μ; y)]. */
  readonly deviance: number;
  /** Deviance of the intercept-only model with the same offset (see computeLogLinkNullDeviance). */
  readonly nullDeviance: number;
  /** n − p. */
  readonly residualDegreesOfFreedom: number;
  /** Full log-likelihood, log(y!) terms included (R `logLik`). */
  readonly logLikelihood: number;
  /** −2·logLikelihood + 2·(number of parameters). */
  readonly aic: number;
  /** Σ (y − μ)² / Var(μ). */
  readonly pearsonChiSquare: number;
  /** IRLS iterations, as R's `glm` counts them. */
  readonly iterations: number;
}

/**
 * The Poisson family for fitLogLinkGlm: Var = μ, unit deviance 2·[y·log(y/μ) − (y − μ)], which is
 * 2μ at y = 0.
 *
 * Reference: McCullagh & Nelder, Generalized Linear Models, 2nd ed., §2.3; R `poisson()$variance`
 * and `poisson()$dev.resids`.
 *
 * @example POISSON_FAMILY.unitDeviance(0, 1.5) // 3 = 2μ
 */
export const POISSON_FAMILY: LogLinkFamily = {
  variance: (mean) => mean,
  unitDeviance: (count, mean) => 2 * ((count > 0 ? count * Math.log(count / mean) : 0) - (count - mean)),
};

/**
 * Poisson regression with log link and an offset (log exposure) by IRLS, exactly as R's
 * `glm(y ~ x + offset(log(exposure)), family = poisson)`: started at μ = y + 0.1, converged to
 * |Δdev| / (|dev| + 0.1) < 1e-14, standard errors from the Fisher information at the estimates.
 *
 * Reference: McCullagh & Nelder, Generalized Linear Models, 2nd ed., §6.2; R `glm`, `summary.glm`,
 * `logLik.glm` and `AIC`.
 *
 * @param options design, counts, optional offset (log exposure) and iteration limit (100)
 * @returns coefficients, standard errors, covariance, deviances, log-likelihood, AIC, Pearson χ², iterations
 * @throws RangeError "fitPoissonRegression requires at least one positive count, got 4 zero counts"
 * @throws RangeError "fitPoissonRegression found no finite estimate: coefficient 1 (0-based) diverges, as when all counts are zero where a design column is non-zero"
 * @throws RangeError "fitPoissonRegression did not converge in 2 iterations"
 * @example fitPoissonRegression({ design: [[1], [1], [1]], counts: [2, 0, 4], offset: [0, Math.log(2), 0] }).coefficients
 * // [0.4054651081081644] = log(6 events / 4 exposure)
 */
export function fitPoissonRegression(options: CountRegressionOptions): CountRegressionFit {
  const valid = validateCountRegressionOptions(options, "fitPoissonRegression");
  const problem = {
    ...valid,
    family: POISSON_FAMILY,
    initialLinearPredictor: valid.counts.map((count) => Math.log(count + 0.1)),
    functionName: "fitPoissonRegression",
  };
  const fit = fitLogLinkGlm(problem);
  const { counts } = valid;
  const logLikelihood = sum(
    fit.means.map((mean, i) => {
      const count = counts[i] ?? Number.NaN;
      return (count > 0 ? count * Math.log(mean) : 0) - mean - logGamma(count + 1);
    }),
  );
  return summarizeCountFit(fit, problem, logLikelihood, 0);
}

import { computeLogLinkNullDeviance } from "./compute-log-link-null-deviance.js";
import type { LogLinkGlmFit, LogLinkGlmProblem } from "./fit-log-link-glm.js";
import type { CountRegressionFit } from "./fit-poisson-regression.js";
import { sum } from "./sum.js";

/**
 * What a Poisson or negative binomial regression reports from its final IRLS fit: standard
 * errors, deviances, residual df, AIC with `extraParameters` beyond β (θ for the negative
 * binomial), and Pearson's χ² with the family's own variance.
 *
 * @param fit the final fitLogLinkGlm fit
 * @param problem the problem it solved (family, design, offset, counts)
 * @param logLikelihood the family's full log-likelihood at the fit (R `logLik`)
 * @param extraParameters parameters counted in the AIC besides β
 */
export function summarizeCountFit(fit: LogLinkGlmFit, problem: LogLinkGlmProblem, logLikelihood: number, extraParameters: number): CountRegressionFit {
  const { counts } = problem;
  return {
    coefficients: fit.coefficients,
    standardErrors: fit.covariance.map((row, k) => Math.sqrt(row[k] ?? Number.NaN)),
    covariance: fit.covariance,
    fittedMeans: fit.means,
    deviance: fit.deviance,
    nullDeviance: computeLogLinkNullDeviance(problem),
    residualDegreesOfFreedom: counts.length - fit.coefficients.length,
    logLikelihood,
    aic: -2 * logLikelihood + 2 * (fit.coefficients.length + extraParameters),
    pearsonChiSquare: sum(fit.means.map((mean, i) => ((counts[i] ?? Number.NaN) - mean) ** 2 / problem.family.variance(mean))),
    iterations: fit.iterations,
  };
}

import { computeGlmNbThetaStandardError } from "./compute-glm-nb-theta-standard-error.js";
import { summarizeCountFit } from "./summarize-count-fit.js";
import { computeNegativeBinomialLogLikelihood } from "./compute-negative-binomial-log-likelihood.js";
import { computeNegativeBinomialThetaScore } from "./compute-negative-binomial-theta-score.js";
import { validateCountRegressionOptions, type CountRegressionOptions, type ValidCountRegressionOptions } from "./count-regression-options.js";
import { fitLogLinkGlm, type LogLinkFamily, type LogLinkGlmFit, type LogLinkGlmProblem } from "./fit-log-link-glm.js";
import { POISSON_FAMILY, type CountRegressionFit } from "./fit-poisson-regression.js";
import { maximizeNegativeBinomialTheta } from "./maximize-negative-binomial-theta.js";
import { sum } from "./sum.js";

/** A negative binomial (NB2) regression: the count fit at θ̂, with θ̂ and its standard errors. */
export interface NegativeBinomialRegressionFit extends CountRegressionFit {
  /** θ̂, the NB2 "size": Var = μ + μ²/θ (1/θ is the overdispersion α). */
  readonly theta: number;
  /** 1/√I(θ̂), the observed information for θ at θ̂ and the fitted means. */
  readonly thetaStandardError: number;
  /** The SE of θ exactly as MASS `glm.nb` reports it (information one Newton step before θ̂, see computeGlmNbThetaStandardError). */
  readonly glmNbThetaStandardError: number;
  /** Alternations of θ (at fixed means) and the coefficients (at fixed θ) until both settled. */
  readonly alternations: number;
}

const FUNCTION_NAME = "fitNegativeBinomialRegression";
/** The alternation stops when θ and every coefficient change by less than this, relatively. */
const ALTERNATION_TOLERANCE = 1e-12;

/** NB2 family at fixed θ (R MASS `negative.binomial(theta)`), its deviance written with log1p for large θ. */
function negativeBinomialFamily(theta: number): LogLinkFamily {
  return {
    variance: (mean) => mean + (mean * mean) / theta,
    unitDeviance: (count, mean) =>
      2 * (count * Math.log(Math.max(1, count) / mean) - (count + theta) * Math.log1p((count - mean) / (mean + theta))),
  };
}

/**
 * Negative binomial regression (NB2, log link, offset = log exposure) by maximum likelihood for
 * (β, θ) jointly, as MASS `glm.nb`: a Poisson fit gives the first means, then θ̂ at fixed means
 * (maximizeNegativeBinomialTheta) alternates with IRLS for β at fixed θ until both settle to
 * 1e-12 (glm.nb stops θ at 1.2e-4 steps; models.json's refined reference resolves it to 1e-15).
 * Standard errors of β are from the Fisher information at fixed θ, as glm.nb reports them.
 *
 * Reference: Venables & Ripley (2002), Modern Applied Statistics with S, 4th ed., §7.4; Hilbe, J. M.
 * (2011), Negative Binomial Regression, 2nd ed., ch. 8; MASS 7.3-58.2 `glm.nb`, `theta.ml`.
 *
 * @param options design, counts, optional offset (log exposure) and iteration limit (100)
 * @returns the count fit at θ̂ (AIC counts θ as a parameter) with θ̂ and both of its standard errors
 * @throws NotOverdispersedError (a RangeError) "fitNegativeBinomialRegression found no finite theta: the counts are not overdispersed relative to the Poisson model (theta passed 1e10 or did not settle in 200 Newton steps)"
 * @throws RangeError "fitNegativeBinomialRegression did not converge in 2 alternations of theta and the coefficients"
 * @example fitNegativeBinomialRegression({ design: [[1], [1], [1], [1]], counts: [0, 0, 1, 7] }).coefficients
 * // [0.6931471805599453] = log 2, the log of the mean count (with a lone intercept μ̂ = ȳ for any θ)
 */
export function fitNegativeBinomialRegression(options: CountRegressionOptions): NegativeBinomialRegressionFit {
  const valid = validateCountRegressionOptions(options, FUNCTION_NAME);
  const poisson = fitLogLinkGlm({
    ...valid,
    family: POISSON_FAMILY,
    initialLinearPredictor: valid.counts.map((count) => Math.log(count + 0.1)),
    functionName: FUNCTION_NAME,
  });
  let coefficients = poisson.coefficients;
  let theta = maximizeNegativeBinomialTheta(valid.counts, poisson.means, FUNCTION_NAME);
  for (let alternation = 1; alternation <= valid.maxIterations; alternation += 1) {
    const fit = fitLogLinkGlm(makeProblem(valid, theta, linearPredictor(valid, coefficients)));
    const nextTheta = maximizeNegativeBinomialTheta(valid.counts, fit.means, FUNCTION_NAME);
    const settled =
      Math.abs(nextTheta / theta - 1) < ALTERNATION_TOLERANCE &&
      fit.coefficients.every((value, k) => Math.abs(value - (coefficients[k] ?? 0)) < ALTERNATION_TOLERANCE * Math.max(1, Math.abs(value)));
    theta = nextTheta;
    coefficients = fit.coefficients;
    if (settled) return summarizeFit(valid, { theta, coefficients, alternations: alternation });
  }
  throw new RangeError(`${FUNCTION_NAME} did not converge in ${valid.maxIterations} alternations of theta and the coefficients`);
}

/** θ̂ with the coefficients it was estimated at, and how many alternations that took. */
interface SettledEstimates {
  readonly theta: number;
  readonly coefficients: readonly number[];
  readonly alternations: number;
}

/** The final IRLS at θ̂, started from the settled coefficients, and everything reported from it. */
function summarizeFit(valid: ValidCountRegressionOptions, settled: SettledEstimates): NegativeBinomialRegressionFit {
  const { theta, alternations } = settled;
  const problem = makeProblem(valid, theta, linearPredictor(valid, settled.coefficients));
  const fit: LogLinkGlmFit = fitLogLinkGlm(problem);
  const { counts } = valid;
  const logLikelihood = computeNegativeBinomialLogLikelihood(counts, fit.means, theta);
  const { information } = computeNegativeBinomialThetaScore(counts, fit.means, theta);
  return {
    ...summarizeCountFit(fit, problem, logLikelihood, 1),
    theta,
    thetaStandardError: Math.sqrt(1 / information),
    glmNbThetaStandardError: computeGlmNbThetaStandardError(counts, fit.means),
    alternations,
  };
}

function makeProblem(valid: ValidCountRegressionOptions, theta: number, initialLinearPredictor: readonly number[]): LogLinkGlmProblem {
  return { ...valid, family: negativeBinomialFamily(theta), initialLinearPredictor, functionName: FUNCTION_NAME };
}

function linearPredictor(valid: ValidCountRegressionOptions, coefficients: readonly number[]): number[] {
  return valid.design.map((row, i) => sum(row.map((value, k) => value * (coefficients[k] ?? Number.NaN))) + (valid.offset[i] ?? 0));
}

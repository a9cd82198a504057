import { decomposeHouseholderQr } from "./householder-qr.js";
import { invertCrossProduct } from "./invert-cross-product.js";
import { solveUpperTriangular } from "./solve-upper-triangular.js";
import { sum } from "./sum.js";
import { validateFullRank } from "./validate-full-rank.js";
import { validateRegressionInputs } from "./validate-regression-inputs.js";

/** A logistic regression fit by maximum likelihood, with what Wald inference needs. */
export interface LogisticRegressionFit {
  /** β, one per design column, in log-odds per unit of the column. */
  readonly coefficients: readonly number[];
  /** √diag(covariance), one per coefficient. */
  readonly standardErrors: readonly number[];
  /** Inverse Fisher information (XᵀWX)⁻¹ at the estimates, p × p. */
  readonly covariance: readonly (readonly number[])[];
  /** −2 · log-likelihood (0/1 responses). */
  readonly deviance: number;
  /** P(response = 1) of each observation at the estimates. */
  readonly fittedProbabilities: readonly number[];
  /** IRLS iterations run (R's `iter`). */
  readonly iterations: number;
  /** false when the iterations ran out or a fitted probability is within 10·ε of 0 or 1. */
  readonly converged: boolean;
}

/** R's glm convergence test |dev − devold| / (|dev| + 0.1) < ε, at the reference's ε (R's default 1e-8 is ~1e-8 off). */
const CONVERGENCE_TOLERANCE = 1e-14;
const MAX_ITERATIONS = 100;
/** R's logit link clamps |η| > 30 (THRESH in family.c), so weights never vanish. */
const LINEAR_PREDICTOR_LIMIT = 30;
/** R's glm.fit calls fitted probabilities below this, or above 1 minus it, "numerically 0 or 1". */
const BOUNDARY_PROBABILITY = 10 * Number.EPSILON;

/**
 * Logistic regression logit P(y = 1) = Xβ by iteratively reweighted least squares, as R's
 * `glm(family = binomial)`: start at μ = (y + 0.5)/2, solve each weighted least-squares step
 * by Householder QR, stop when |dev − devold| / (|dev| + 0.1) < 1e-14 (at most 100 iterations),
 * then take the covariance (XᵀWX)⁻¹ with the weights at the estimates.
 * Separation (a combination of columns that predicts the response perfectly, or perfectly but
 * for ties) has no finite maximum: the coefficients diverge until fitted probabilities reach 0
 * or 1. Such a fit is returned with converged: false (R warns "fitted probabilities numerically
 * 0 or 1 occurred" and reports its last iterate), so that a simulation counts a failed analysis;
 * testLogisticCoefficient gives NaN inference for it.
 *
 * Reference: McCullagh, P. & Nelder, J. A. (1989), Generalized Linear Models, 2nd ed., §2.5 and
 * §4.4; Albert, A. & Anderson, J. A. (1984), Biometrika 71, 1–10 (separation); R `glm.fit`.
 *
 * With `fractional`, responses may be any proportion in [0, 1] (a probability, or a share of
 * events): the same score equations, as R's `glm(family = quasibinomial)` (or binomial with
 * its non-integer warning) — used to evaluate a logistic estimand on known probabilities.
 *
 * @param design one row per patient, one column per coefficient (first column usually 1)
 * @param response 0 or 1 per patient (a proportion in [0, 1] with `fractional`)
 * @param options fractional: accept proportions
 * @returns coefficients, standard errors, covariance, deviance, fitted probabilities, iterations, convergence
 * @throws RangeError "fitLogisticRegression requires responses of 0 or 1, got 2 at index 3"
 * @throws RangeError "fitLogisticRegression requires proportions in [0, 1], got 1.5 at index 0" (fractional)
 * @throws RangeError "fitLogisticRegression requires linearly independent design columns, column 1 (0-based) is collinear with the columns before it"
 * @throws RangeError (and the other messages of validateRegressionInputs, named fitLogisticRegression)
 * @example fitLogisticRegression([[1, 0], [1, 0], [1, 0], [1, 1], [1, 1], [1, 1]], [0, 0, 1, 0, 1, 1]).coefficients
 * // [-0.6931471805599448, 1.3862943611198906] = [−log 2, 2·log 2] to 1e-15: odds 1/2 at 0, 2/1 at 1 (saturated)
 */
export function fitLogisticRegression(
  design: readonly (readonly number[])[],
  response: readonly number[],
  options: { readonly fractional?: boolean } = {},
): LogisticRegressionFit {
  const columnCount = validateRegressionInputs(design, response, "fitLogisticRegression");
  checkResponse(response, options.fractional === true);
  const columns = Array.from({ length: columnCount }, (_, col) => design.map((row) => row[col] ?? Number.NaN));
  validateFullRank(columns, "fitLogisticRegression");
  let linearPredictor = response.map((y) => Math.log((y + 0.5) / (1.5 - y)));
  let deviance = computeDeviance(response, linearPredictor);
  let coefficients: number[] = [];
  let iterations = 0;
  let hasConverged = false;
  while (iterations < MAX_ITERATIONS && !hasConverged) {
    iterations += 1;
    const previousCoefficients = coefficients;
    coefficients = solveWeightedStep(columns, response, linearPredictor).coefficients;
    linearPredictor = design.map((row) => sum(row.map((value, col) => value * (coefficients[col] ?? Number.NaN))));
    const previous = deviance;
    deviance = computeDeviance(response, linearPredictor);
    hasConverged = Math.abs(deviance - previous) / (Math.abs(deviance) + 0.1) < CONVERGENCE_TOLERANCE;
    // Proportions that a model fits exactly have a deviance of 0 ± rounding, whose relative
    // change never settles below 1e-14: there the coefficients' own change decides.
    if (options.fractional === true) hasConverged ||= coefficients.every((value, k) => Math.abs(value - (previousCoefficients[k] ?? Number.NaN)) <= 1e-13 * Math.max(1, Math.abs(value)));
  }
  const covariance = invertCrossProduct(solveWeightedStep(columns, response, linearPredictor).upperTriangle);
  const fittedProbabilities = linearPredictor.map(computeProbability);
  const isSeparated = fittedProbabilities.some((p) => p < BOUNDARY_PROBABILITY || p > 1 - BOUNDARY_PROBABILITY);
  return {
    coefficients,
    standardErrors: covariance.map((row, i) => Math.sqrt(row[i] ?? Number.NaN)),
    covariance,
    deviance,
    fittedProbabilities,
    iterations,
    converged: hasConverged && !isSeparated,
  };
}

/**
 * One IRLS step at linear predictor η: working response z = η + (y − μ)/μ′ and weights
 * w = μ′²/(μ(1 − μ)), then the least-squares β of √w·z on √w·X by Householder QR.
 */
function solveWeightedStep(
  columns: readonly (readonly number[])[],
  response: readonly number[],
  linearPredictor: readonly number[],
): { coefficients: number[]; upperTriangle: readonly (readonly number[])[] } {
  const probabilities = linearPredictor.map(computeProbability);
  const slopes = linearPredictor.map(computeProbabilitySlope);
  const rootWeights = slopes.map((slope, i) => {
    const p = probabilities[i] ?? Number.NaN;
    return slope / Math.sqrt(p * (1 - p));
  });
  const workingResponse = linearPredictor.map(
    (eta, i) => eta + ((response[i] ?? Number.NaN) - (probabilities[i] ?? Number.NaN)) / (slopes[i] ?? Number.NaN),
  );
  const weightedColumns = columns.map((column) => column.map((value, i) => value * (rootWeights[i] ?? Number.NaN)));
  const { upperTriangle, rotatedResponse } = decomposeHouseholderQr(
    weightedColumns,
    workingResponse.map((z, i) => z * (rootWeights[i] ?? Number.NaN)),
  );
  const coefficients = solveUpperTriangular(upperTriangle, rotatedResponse.slice(0, columns.length));
  return { coefficients, upperTriangle };
}

/** μ = e^η/(1 + e^η), with η clamped to ±30 as R's logit link (so μ stays in [ε/(1 + ε), 1/(1 + ε)]). */
function computeProbability(eta: number): number {
  const odds = eta < -LINEAR_PREDICTOR_LIMIT ? Number.EPSILON : eta > LINEAR_PREDICTOR_LIMIT ? 1 / Number.EPSILON : Math.exp(eta);
  return odds / (1 + odds);
}

/** dμ/dη = e^η/(1 + e^η)², ε beyond |η| > 30 as R's logit link. */
function computeProbabilitySlope(eta: number): number {
  if (Math.abs(eta) > LINEAR_PREDICTOR_LIMIT) return Number.EPSILON;
  const onePlusOdds = 1 + Math.exp(eta);
  return Math.exp(eta) / (onePlusOdds * onePlusOdds);
}

/** −2 Σ [y log μ + (1 − y) log(1 − μ)] for 0/1 responses, the saturated-model deviance for proportions, as R's binomial `dev.resids`. */
function computeDeviance(response: readonly number[], linearPredictor: readonly number[]): number {
  return sum(
    linearPredictor.map((eta, i) => {
      const p = computeProbability(eta);
      const y = response[i] ?? Number.NaN;
      if (y === 1) return -2 * Math.log(p);
      if (y === 0) return -2 * Math.log(1 - p);
      // R's binomial dev.resids: 2[y log(y/μ) + (1 − y) log((1 − y)/(1 − μ))] (0 for y = 0 or 1 above).
      return 2 * (y * Math.log(y / p) + (1 - y) * Math.log((1 - y) / (1 - p)));
    }),
  );
}

function checkResponse(response: readonly number[], fractional: boolean): void {
  const badIndex = response.findIndex((y) => (fractional ? !(y >= 0 && y <= 1) : y !== 0 && y !== 1));
  if (badIndex < 0) return;
  const wanted = fractional ? "proportions in [0, 1]" : "responses of 0 or 1";
  throw new RangeError(`fitLogisticRegression requires ${wanted}, got ${response[badIndex]} at index ${badIndex}`);
}

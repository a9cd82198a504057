import { decomposeHouseholderQr } from "./householder-qr.js";
import { invertCrossProduct } from "./invert-cross-product.js";
import { solveUpperTriangular } from "./solve-upper-triangular.js";
import { sum } from "./sum.js";

/** What IRLS needs of a count family with a log link (a reduced R `family` object). */
export interface LogLinkFamily {
  /** Var(Y) at the mean μ, in count² (Poisson μ, NB2 μ + μ²/θ). */
  readonly variance: (mean: number) => number;
  /** The unit deviance d(y, μ) (R's `dev.resids` with weight 1); the deviance is their sum. */
  readonly unitDeviance: (count: number, mean: number) => number;
}

/** A validated log-link GLM problem: one design row, count and offset per observation. */
export interface LogLinkGlmProblem {
  readonly design: readonly (readonly number[])[];
  readonly counts: readonly number[];
  /** log exposure per observation (0 for none). */
  readonly offset: readonly number[];
  readonly family: LogLinkFamily;
  /** η = log μ (offset included) at which IRLS starts, e.g. log(y + 0.1) as R's `poisson()`. */
  readonly initialLinearPredictor: readonly number[];
  readonly maxIterations: number;
  /** The public function whose errors these are, e.g. "fitPoissonRegression". */
  readonly functionName: string;
}

/** A converged log-link GLM. */
export interface LogLinkGlmFit {
  readonly coefficients: readonly number[];
  /** Inverse Fisher information (XᵀWX)⁻¹ with the weights at the estimates, dispersion 1. */
  readonly covariance: readonly (readonly number[])[];
  /** Fitted means μ, one per observation. */
  readonly means: readonly number[];
  readonly deviance: number;
  /** IRLS iterations, counted as R's `glm.fit` counts them. */
  readonly iterations: number;
}

/** R's `glm.control(epsilon)` as models.json was made: stop when |Δdev| / (|dev| + 0.1) < 1e-14. */
const CONVERGENCE_TOLERANCE = 1e-14;
/**
 * A deviance that changes by less than this and no longer falls has reached its rounding floor:
 * near a (nearly) saturated fit the deviance is a difference of terms of size y, so its noise
 * (~y·ε) can exceed 1e-14·(|dev| + 0.1) for ever. R's criterion alone would then not converge.
 */
const ROUNDING_FLOOR = 1e-10;
/** A weighted column with less than this fraction of its length left after the earlier ones is collinear (R's `lm`). */
const COLLINEARITY_TOLERANCE = 1e-7;
/**
 * After convergence one more IRLS step (which gives the weights at the estimates) moves a finite
 * estimate by ~1e-10 or less; a coefficient pushed to −∞ by zero counts moves by about 1 per step
 * (the Newton step of μ·e^β is −1 as μ → 0), so a step above this, relative to max(1, |β|), is divergence.
 */
const DIVERGENCE_STEP = 1e-6;

interface IrlsState {
  readonly linearPredictor: readonly number[];
  readonly means: readonly number[];
  readonly deviance: number;
}

/**
 * Maximum likelihood for a count GLM with log link by iteratively reweighted least squares, as
 * R's `glm.fit`: each step regresses z = η − offset + (y − μ)/μ on the design with weights
 * μ²/Var(μ) by Householder QR, until |Δdev| / (|dev| + 0.1) < 1e-14 (or below 1e-10 without a fall:
 * the rounding floor of a nearly saturated fit). A step whose deviance is not
 * finite is halved towards the previous coefficients (R's "inner loop 1"). The covariance comes
 * from one more weighted QR at the estimates, whose step also detects divergence to −∞.
 *
 * Reference: McCullagh & Nelder, Generalized Linear Models, 2nd ed., §2.5; R `glm.fit`.
 *
 * @param problem validated design, counts, offset, family, starting η, iteration limit and caller
 * @returns coefficients (log rate per unit of each column), covariance, means, deviance, iterations
 * @throws RangeError "fitPoissonRegression did not converge in 100 iterations"
 * @throws RangeError "fitPoissonRegression requires linearly independent design columns, column 1 (0-based) is collinear with the columns before it"
 * @throws RangeError "fitPoissonRegression could not evaluate the deviance after the first iteration (the fitted means overflow): rescale the offset or the design columns"
 * @throws RangeError "fitPoissonRegression found no finite estimate: coefficient 1 (0-based) diverges, as when all counts are zero where a design column is non-zero"
 * @example fitLogLinkGlm({ design: [[1], [1]], counts: [1, 3], offset: [0, 0], family: { variance: (m) => m, unitDeviance: (y, m) => 2 * ((y > 0 ? y * Math.log(y / m) : 0) - (y - m)) }, initialLinearPredictor: [Math.log(1.1), Math.log(3.1)], maxIterations: 100, functionName: "fitPoissonRegression" }).coefficients
 * // [0.6931471805599453] = log 2, the log of the mean count
 */
export function fitLogLinkGlm(problem: LogLinkGlmProblem): LogLinkGlmFit {
  let state = evaluateLinearPredictor(problem.initialLinearPredictor, problem);
  let previous: readonly number[] | undefined;
  for (let iteration = 1; iteration <= problem.maxIterations; iteration += 1) {
    const proposed = solveWeightedStep(state, problem).coefficients;
    const { coefficients, next } = evaluateWithHalving(proposed, previous, problem);
    const change = Math.abs(next.deviance - state.deviance) / (Math.abs(next.deviance) + 0.1);
    const atRoundingFloor = change < ROUNDING_FLOOR && next.deviance >= state.deviance;
    if (change < CONVERGENCE_TOLERANCE || atRoundingFloor) return finishFit(problem, { coefficients, state: next, iterations: iteration });
    state = next;
    previous = coefficients;
  }
  throw new RangeError(`${problem.functionName} did not converge in ${problem.maxIterations} iterations`);
}

/** The weights at the estimates give the covariance; their step must be ~0 (else an estimate diverges). */
function finishFit(
  problem: LogLinkGlmProblem,
  converged: { coefficients: readonly number[]; state: IrlsState; iterations: number },
): LogLinkGlmFit {
  const { coefficients, state, iterations } = converged;
  const { coefficients: stepped, upperTriangle } = solveWeightedStep(state, problem);
  const diverging = stepped.findIndex(
    (value, k) => !(Math.abs(value - (coefficients[k] ?? 0)) <= DIVERGENCE_STEP * Math.max(1, Math.abs(coefficients[k] ?? 0))),
  );
  if (diverging >= 0) {
    throw new RangeError(
      `${problem.functionName} found no finite estimate: coefficient ${diverging} (0-based) diverges, as when all counts are zero where a design column is non-zero`,
    );
  }
  const covariance = invertCrossProduct(upperTriangle);
  return { coefficients, covariance, means: state.means, deviance: state.deviance, iterations };
}

/** μ, η and the deviance at coefficients; a non-finite deviance halves the step towards `previous`. */
function evaluateWithHalving(
  proposed: readonly number[],
  previous: readonly number[] | undefined,
  problem: LogLinkGlmProblem,
): { coefficients: readonly number[]; next: IrlsState } {
  let coefficients = proposed;
  let next = evaluateCoefficients(coefficients, problem);
  for (let halvings = 0; !Number.isFinite(next.deviance); halvings += 1) {
    if (previous === undefined || halvings >= problem.maxIterations) {
      throw new RangeError(
        `${problem.functionName} could not evaluate the deviance after the first iteration (the fitted means overflow): rescale the offset or the design columns`,
      );
    }
    const from = previous;
    coefficients = coefficients.map((value, k) => (value + (from[k] ?? Number.NaN)) / 2);
    next = evaluateCoefficients(coefficients, problem);
  }
  return { coefficients, next };
}

function evaluateCoefficients(coefficients: readonly number[], problem: LogLinkGlmProblem): IrlsState {
  const linearPredictor = problem.design.map(
    (row, i) => sum(row.map((value, k) => value * (coefficients[k] ?? Number.NaN))) + (problem.offset[i] ?? Number.NaN),
  );
  return evaluateLinearPredictor(linearPredictor, problem);
}

/** μ = max(e^η, ε) as R's log link `linkinv`, and the deviance there. */
function evaluateLinearPredictor(linearPredictor: readonly number[], problem: LogLinkGlmProblem): IrlsState {
  const means = linearPredictor.map((eta) => Math.max(Math.exp(eta), Number.EPSILON));
  const deviance = sum(means.map((mean, i) => problem.family.unitDeviance(problem.counts[i] ?? Number.NaN, mean)));
  return { linearPredictor, means, deviance };
}

/** One weighted least-squares step: z on X with weights w = μ²/V(μ) (dμ/dη = μ for the log link). */
function solveWeightedStep(
  state: IrlsState,
  problem: LogLinkGlmProblem,
): { coefficients: number[]; upperTriangle: readonly (readonly number[])[] } {
  const roots = state.means.map((mean) => mean / Math.sqrt(problem.family.variance(mean)));
  const response = state.means.map((mean, i) => {
    const working = (state.linearPredictor[i] ?? Number.NaN) - (problem.offset[i] ?? Number.NaN) + ((problem.counts[i] ?? Number.NaN) - mean) / mean;
    return working * (roots[i] ?? Number.NaN);
  });
  const columnCount = problem.design[0]?.length ?? 0;
  const columns = Array.from({ length: columnCount }, (_, k) =>
    problem.design.map((row, i) => (row[k] ?? Number.NaN) * (roots[i] ?? Number.NaN)),
  );
  const { upperTriangle, rotatedResponse } = decomposeHouseholderQr(columns, response);
  checkWeightedRank(upperTriangle, columns, problem.functionName);
  return { coefficients: solveUpperTriangular(upperTriangle, rotatedResponse.slice(0, columnCount)), upperTriangle };
}

function checkWeightedRank(
  upperTriangle: readonly (readonly number[])[],
  columns: readonly (readonly number[])[],
  functionName: string,
): void {
  for (const [k, column] of columns.entries()) {
    const length = Math.sqrt(sum(column.map((value) => value * value)));
    if (!(Math.abs(upperTriangle[k]?.[k] ?? 0) > COLLINEARITY_TOLERANCE * length)) {
      throw new RangeError(
        `${functionName} requires linearly independent design columns, column ${k} (0-based) is collinear with the columns before it`,
      );
    }
  }
}

import type { ExtremeValueData } from "./compute-extreme-value-likelihood.js";
import { decomposeCholesky } from "./decompose-cholesky.js";
import { decomposeHouseholderQr } from "./householder-qr.js";
import { runSurvregNewton } from "./run-survreg-newton.js";
import { solveCholesky } from "./solve-cholesky.js";
import { solveUpperTriangular } from "./solve-upper-triangular.js";
import { sum } from "./sum.js";
import { validateSurvivalRegressionOptions, type SurvivalRegressionOptions } from "./survival-regression-options.js";

/** The error distribution of log T: Weibull (extreme value, σ estimated) or exponential (σ = 1). */
export type SurvivalDistribution = "weibull" | "exponential";

/** A parametric survival regression in accelerated-failure-time form, as R's `survreg` reports it. */
export interface ParametricSurvivalFit {
  readonly distribution: SurvivalDistribution;
  /** β: log T = xᵀβ + σW; each is the change in log survival time per unit of its column. */
  readonly coefficients: readonly number[];
  /** √diag of the covariance, one per coefficient. */
  readonly standardErrors: readonly number[];
  /** Inverse observed information over (β, log σ) for the Weibull, over β for the exponential (R `vcov`). */
  readonly covariance: readonly (readonly number[])[];
  /** σ (1 for the exponential); the Weibull shape is 1/σ. */
  readonly scale: number;
  readonly logScale: number;
  /** SE of log σ; 0 for the exponential, whose scale is fixed. */
  readonly logScaleStandardError: number;
  /** On the time scale: the log-time one minus Σ over events of log tᵢ (R `fit$loglik`). */
  readonly logLikelihood: number;
  /** −2·logLikelihood + 2·(coefficients, + 1 for the Weibull scale). */
  readonly aic: number;
  /** Newton–Raphson iterations, as `survreg` counts them. */
  readonly iterations: number;
}

/** After convergence one more Newton step moves a finite estimate by ~1e-10 or less; more, relative to max(1, |β|), is divergence. */
const DIVERGENCE_STEP = 1e-6;
/** `survreg.fit` runs its intercept-only starting fit for at most 20 iterations. */
const START_ITERATIONS = 20;
/** Collinearity threshold of the starting least squares, as R's `lm`. */
const COLLINEARITY_TOLERANCE = 1e-7;

/**
 * Maximum likelihood for log T = xᵀβ + σW (W standard minimum extreme value) with right
 * censoring, as R's `survreg(dist = "weibull" | "exponential")`: the same starting values (an
 * intercept-only fit for σ, then least squares of log t + σ·(1 − δ) on the design) and the same
 * Newton–Raphson on (β, log σ) (runSurvregNewton), so estimates and iteration counts agree.
 *
 * Reference: Kalbfleisch & Prentice (2002), The Statistical Analysis of Failure Time Data, 2nd
 * ed., §2.2.2 and §5.2; Therneau, T. M., survival 3.5-3 `survreg` and `survreg.fit`.
 *
 * @param options times (> 0), events (0/1), design and iteration limit (100)
 * @param distribution "weibull" (σ estimated) or "exponential" (σ = 1)
 * @param functionName the public function whose errors these are, e.g. "fitWeibullRegression"
 * @returns coefficients, covariance, scale, log-likelihood, AIC and iterations
 * @throws RangeError "fitWeibullRegression did not converge in 2 iterations"
 * @throws RangeError "fitWeibullRegression requires linearly independent design columns, column 1 (0-based) is collinear with the columns before it"
 * @throws RangeError "fitWeibullRegression found no finite estimate: coefficient 1 (0-based) diverges (a group picked out by a design column has no events, or all event times are equal)"
 * @example fitExtremeValueRegression({ times: [1, 3], events: [1, 1], design: [[1], [1]] }, "exponential", "fitExponentialRegression").coefficients // [0.6931471805599453] = log(total time 4 / 2 events)
 */
export function fitExtremeValueRegression(
  options: SurvivalRegressionOptions,
  distribution: SurvivalDistribution,
  functionName: string,
): ParametricSurvivalFit {
  const valid = validateSurvivalRegressionOptions(options, functionName);
  const data: ExtremeValueData = { logTimes: valid.times.map(Math.log), events: valid.events, design: valid.design };
  const result = runSurvregNewton(data, computeStartingValues(data, distribution, functionName), valid.maxIterations);
  if (!result.converged) throw new RangeError(`${functionName} did not converge in ${valid.maxIterations} iterations`);
  const columnCount = data.design[0]?.length ?? 0;
  const lower = decomposeCholesky(result.likelihood.information);
  const diverging = findDivergingParameter(result.parameters, result.likelihood, lower);
  if (lower === undefined || diverging >= 0) {
    const what = diverging < columnCount ? `coefficient ${diverging} (0-based)` : "log(scale)";
    throw new RangeError(
      `${functionName} found no finite estimate: ${what} diverges (a group picked out by a design column has no events, or all event times are equal)`,
    );
  }
  const covariance = result.parameters.map((_, j) => solveCholesky(lower, result.parameters.map((__, i) => (i === j ? 1 : 0))));
  const logScale = distribution === "weibull" ? (result.parameters[columnCount] ?? Number.NaN) : 0;
  const logLikelihood = result.likelihood.logLikelihood - sum(data.logTimes.filter((_, i) => data.events[i] === 1));
  return {
    distribution,
    coefficients: result.parameters.slice(0, columnCount),
    standardErrors: covariance.slice(0, columnCount).map((row, k) => Math.sqrt(row[k] ?? Number.NaN)),
    covariance,
    scale: Math.exp(logScale),
    logScale,
    logScaleStandardError: distribution === "weibull" ? Math.sqrt(covariance[columnCount]?.[columnCount] ?? Number.NaN) : 0,
    logLikelihood,
    aic: -2 * logLikelihood + 2 * result.parameters.length,
    iterations: result.iterations,
  };
}

/**
 * After convergence the next Newton step is ~0 for a finite maximum; a parameter drifting to ±∞
 * still moves by about σ per step, or has so little information left that I is singular (then
 * the parameter with the smallest information, relative to the largest, is the one).
 */
function findDivergingParameter(
  parameters: readonly number[],
  likelihood: { readonly score: readonly number[]; readonly information: readonly (readonly number[])[] },
  lower: readonly (readonly number[])[] | undefined,
): number {
  if (lower === undefined) {
    const diagonal = likelihood.information.map((row, k) => Math.abs(row[k] ?? 0));
    return diagonal.indexOf(Math.min(...diagonal));
  }
  const step = solveCholesky(lower, likelihood.score);
  return parameters.findIndex((value, k) => !(Math.abs(step[k] ?? Number.NaN) <= DIVERGENCE_STEP * Math.max(1, Math.abs(value))));
}

/**
 * survreg.fit's start: log σ from startingLogScale (0 for the exponential), then β by least
 * squares of log t + σ·(1 − δ) on the design, the extreme-value working response at w = 0 (its
 * weights 1/σ² are then all equal).
 */
function computeStartingValues(data: ExtremeValueData, distribution: SurvivalDistribution, functionName: string): number[] {
  const logScale = distribution === "exponential" ? 0 : startingLogScale(data);
  const scale = Math.exp(logScale);
  const response = data.logTimes.map((logTime, i) => logTime + scale * (1 - (data.events[i] ?? Number.NaN)));
  const coefficients = solveLeastSquares(data.design, response, functionName);
  return distribution === "exponential" ? coefficients : [...coefficients, logScale];
}

/**
 * survreg's extreme-value `init`: variance v of log t, log σ₀ = log(4·v/1.64)/2. With a design
 * other than a lone column of ones, the intercept-only model is fitted from there (20 iterations
 * at most, converged or not, as `fit0`) and its log σ is the start.
 */
function startingLogScale(data: ExtremeValueData): number {
  const n = data.logTimes.length;
  const mean = sum(data.logTimes) / n;
  const variance = sum(data.logTimes.map((value) => (value - mean) ** 2)) / n;
  const momentLogScale = Math.log((4 * variance) / 1.64) / 2;
  const interceptOnly = data.design.every((row) => row.length === 1 && row[0] === 1);
  if (interceptOnly) return momentLogScale;
  const scale = Math.exp(momentLogScale);
  const intercept = sum(data.logTimes.map((logTime, i) => logTime + scale * (1 - (data.events[i] ?? Number.NaN)))) / n;
  const ones = { ...data, design: data.design.map(() => [1]) };
  const fit0 = runSurvregNewton(ones, [intercept, momentLogScale], START_ITERATIONS);
  return fit0.parameters[1] ?? Number.NaN;
}

function solveLeastSquares(design: readonly (readonly number[])[], response: readonly number[], functionName: string): number[] {
  const columns = (design[0] ?? []).map((_, k) => design.map((row) => row[k] ?? Number.NaN));
  const { upperTriangle, rotatedResponse } = decomposeHouseholderQr(columns, response);
  for (const [k, column] of columns.entries()) {
    const length = Math.sqrt(sum(column.map((value) => value * value)));
    if (!(Math.abs(upperTriangle[k]?.[k] ?? 0) > COLLINEARITY_TOLERANCE * length)) {
      throw new RangeError(
        `${functionName} requires linearly independent design columns, column ${k} (0-based) is collinear with the columns before it`,
      );
    }
  }
  return solveUpperTriangular(upperTriangle, rotatedResponse.slice(0, columns.length));
}

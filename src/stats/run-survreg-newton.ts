import { computeExtremeValueLikelihood, type ExtremeValueData, type ExtremeValueLikelihood } from "./compute-extreme-value-likelihood.js";
import { decomposeCholesky } from "./decompose-cholesky.js";
import { solveCholesky } from "./solve-cholesky.js";

/** Where Newton–Raphson stopped. */
export interface SurvregNewtonResult {
  /** β, then log σ when it is estimated. */
  readonly parameters: readonly number[];
  /** The log-likelihood and its derivatives at `parameters`. */
  readonly likelihood: ExtremeValueLikelihood;
  /** Iterations as survival's `survreg` counts them (`fit$iter`). */
  readonly iterations: number;
  readonly converged: boolean;
}

/** `survreg.control(rel.tolerance)` as models.json was made: stop when |1 − ℓ_old/ℓ_new| ≤ 1e-14. */
const RELATIVE_TOLERANCE = 1e-14;
/** Step halvings per iteration when the log-likelihood falls (survreg6: 5). */
const MAX_HALVINGS = 5;
/** On the first halving log σ may fall by at most this from the last good value (survreg6: 1.1 ≈ log 3). */
const MAX_LOG_SCALE_DROP = 1.1;

/**
 * Newton–Raphson for an extreme-value (log-Weibull) regression, iteration for iteration as
 * survival's C routine `survreg6`: a Newton step solves I·s = U by Cholesky (by the outer product
 * of the gradients when I is not positive definite); a step that lowers the log-likelihood is
 * halved up to 5 times; convergence when |1 − ℓ_old/ℓ_new| ≤ 1e-14 after a full step. The
 * log-likelihood is the log-time one, so iteration counts match R's.
 *
 * Reference: Therneau, T. M., survival 3.5-3 `survreg.fit` and src/survreg6.c; Kalbfleisch &
 * Prentice (2002), The Statistical Analysis of Failure Time Data, 2nd ed., §5.2.
 *
 * @param data log times, events and design
 * @param initial starting β (and log σ when estimated)
 * @param maxIterations iteration limit
 * @returns the last parameters, the likelihood there, the iteration count and whether it converged
 * @example runSurvregNewton({ logTimes: [0, Math.log(3)], events: [1, 1], design: [[1], [1]] }, [0], 100).parameters
 * // [0.6931471805599451] = log 2 to rounding: the exponential MLE log(total time 4 / 2 events)
 */
export function runSurvregNewton(data: ExtremeValueData, initial: readonly number[], maxIterations: number): SurvregNewtonResult {
  let parameters = initial;
  let likelihood = computeExtremeValueLikelihood(data, parameters);
  let candidate = addStep(parameters, likelihood);
  let candidateLikelihood = computeExtremeValueLikelihood(data, candidate);
  let halving = 0;
  for (let iteration = 1; iteration <= maxIterations; iteration += 1) {
    const logLikelihood = candidateLikelihood.logLikelihood;
    if (Number.isFinite(logLikelihood) && Math.abs(1 - likelihood.logLikelihood / logLikelihood) <= RELATIVE_TOLERANCE && halving === 0) {
      return { parameters: candidate, likelihood: candidateLikelihood, iterations: iteration, converged: true };
    }
    if (!(logLikelihood >= likelihood.logLikelihood)) {
      for (let halvings = 0; halvings < MAX_HALVINGS && !(candidateLikelihood.logLikelihood >= likelihood.logLikelihood); halvings += 1) {
        halving += 1;
        candidate = halveStep(parameters, candidate, { firstHalving: halving === 1, columnCount: data.design[0]?.length ?? 0 });
        candidateLikelihood = computeExtremeValueLikelihood(data, candidate);
      }
    } else {
      halving = 0;
      parameters = candidate;
      likelihood = candidateLikelihood;
      candidate = addStep(parameters, likelihood);
      candidateLikelihood = computeExtremeValueLikelihood(data, candidate);
    }
  }
  return { parameters: candidate, likelihood: candidateLikelihood, iterations: maxIterations, converged: false };
}

/** parameters + I⁻¹U, or (JᵀJ)⁻¹U when I is not positive definite. */
function addStep(parameters: readonly number[], likelihood: ExtremeValueLikelihood): number[] {
  const lower = decomposeCholesky(likelihood.information) ?? decomposeCholesky(likelihood.outerProduct);
  const step = lower === undefined ? likelihood.score.map(() => 0) : solveCholesky(lower, likelihood.score);
  return parameters.map((value, k) => value + (step[k] ?? Number.NaN));
}

/** Halfway back to the last good parameters; on the first halving log σ drops by at most 1.1. */
function halveStep(
  good: readonly number[],
  candidate: readonly number[],
  position: { firstHalving: boolean; columnCount: number },
): number[] {
  return candidate.map((value, k) => {
    const halfway = (value + (good[k] ?? Number.NaN)) / 2;
    const isLogScale = k === position.columnCount;
    const previous = good[k] ?? Number.NaN;
    return isLogScale && position.firstHalving && previous - halfway > MAX_LOG_SCALE_DROP ? previous - MAX_LOG_SCALE_DROP : halfway;
  });
}

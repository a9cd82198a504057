import { checkCoxModelOptions, type CoxModelOptions } from "./cox-model-options.js";
import { evaluateCoxPartialLikelihood } from "./cox-partial-likelihood.js";
import { createCoxWorkspace, type CoxWorkspace } from "./cox-workspace.js";
import { decomposeLdl, solveLdlInPlace, type LdlDecomposition } from "./ldl-decomposition.js";
import { prepareCoxData } from "./prepare-cox-data.js";
import { inestimableCoxFit, summarizeCoxFit, type CoxModelFit } from "./summarize-cox-fit.js";

export type { CoxModelFit } from "./summarize-cox-fit.js";

/** The Newton–Raphson state of coxfit6.c: the last accepted β and the trial β. */
interface NewtonState {
  readonly beta: Float64Array;
  readonly trial: Float64Array;
  bestLogLikelihood: number;
  halving: number;
}

/**
 * Fits a Cox proportional-hazards model by Newton–Raphson with step halving, step for step as
 * R survival 3.5's `coxph` (coxfit6.c): start at β = 0, stop when |1 − log L(previous)/log L| ≤
 * convergenceTolerance (default 1e-9, R's), halve back towards the last good β when log L
 * falls. Ties by Efron or Breslow; strata get their own baseline hazard. Each iteration is one
 * O(n·p²) walk over the sorted risk sets (evaluateCoxPartialLikelihood). Where the information
 * at β = 0 is singular (no events; a constant or collinear covariate) nothing is estimable:
 * every coefficient and test is NaN and converged is false. A coefficient whose information
 * vanishes later (R's NA coefficient) is NaN. With monotone likelihood (e.g. all events in one
 * arm) β drifts off until log L stops changing, as in R, which then warns of an infinite β.
 *
 * Reference: Cox, D. R. (1972), JRSS B 34, 187–220; Therneau & Grambsch, Modeling Survival Data
 * (2000), §3.2–3.4; R survival `coxph`, `summary.coxph`.
 *
 * @param options times, events, covariates (one array per covariate), ties, optional strata,
 *   convergenceTolerance and maxIterations
 * @returns coefficients, covariance, Wald, likelihood-ratio and score tests
 * @throws RangeError see checkCoxModelOptions ("fitCoxModel requires …")
 * @example fitCoxModel({ times: [1, 2, 3, 4, 5, 6], events: [1, 1, 1, 1, 1, 1], covariates: [[1, 0, 1, 1, 0, 0]], ties: "breslow" }).scoreStatistic
 * // 1.66743648960739 = U²/I at β = 0: U = 3 − (3/6 + 2/5 + 2/4 + 1/3) = 19/15, I = Σ p(1 − p) = 0.9622
 * // (R 4.2.2: summary(coxph(Surv(1:6, rep(1, 6)) ~ c(1, 0, 1, 1, 0, 0), ties = "breslow"))$sctest = 1.66743648960739)
 */
export function fitCoxModel(options: CoxModelOptions): CoxModelFit {
  const checked = checkCoxModelOptions(options);
  const data = prepareCoxData({ ...checked, times: options.times, covariates: options.covariates });
  const work = createCoxWorkspace(data.covariateCount, data.patientCount);
  const evaluate = (beta: Float64Array): number => evaluateCoxPartialLikelihood(data, beta, { work, ties: options.ties });
  const p = data.covariateCount;
  const logLikelihoodNull = evaluate(new Float64Array(p));
  const nullScore = Float64Array.from(work.score);
  const nullDecomposition = decomposeLdl(work.information, p);
  if (nullDecomposition.rank < p) return inestimableCoxFit(data, logLikelihoodNull);
  const firstStep = solveLdlInPlace(nullDecomposition, Float64Array.from(nullScore));
  const scoreStatistic = dot(nullScore, firstStep);
  const state: NewtonState = { beta: new Float64Array(p), trial: firstStep, bestLogLikelihood: logLikelihoodNull, halving: 0 };
  for (let iteration = 1; iteration <= checked.maxIterations; iteration += 1) {
    const logLikelihood = evaluate(state.trial);
    const decomposition = decomposeLdl(work.information, p);
    const isAllFinite = Number.isFinite(logLikelihood) && isFiniteArray(work.score) && isFiniteArray(work.information);
    if (isAllFinite && Math.abs(1 - state.bestLogLikelihood / logLikelihood) <= checked.convergenceTolerance) {
      const final = { beta: state.trial, decomposition, logLikelihood, iterations: iteration, converged: true };
      return summarizeCoxFit(data, final, { logLikelihoodNull, scoreStatistic });
    }
    takeNewtonStep(state, { work, decomposition, logLikelihood, isAllFinite });
  }
  // Out of iterations: report the last accepted β, as coxfit6.c does, with log L and I there.
  const logLikelihood = evaluate(state.beta);
  const decomposition = decomposeLdl(work.information, p);
  const final = { beta: state.beta, decomposition, logLikelihood, iterations: checked.maxIterations, converged: false };
  return summarizeCoxFit(data, final, { logLikelihoodNull, scoreStatistic });
}

/** Accepts the trial β and steps on from it, or, if log L fell or overflowed, halves back. */
function takeNewtonStep(
  state: NewtonState,
  evaluation: { readonly work: CoxWorkspace; readonly decomposition: LdlDecomposition; readonly logLikelihood: number; readonly isAllFinite: boolean },
): void {
  const { beta, trial } = state;
  if (!evaluation.isAllFinite || evaluation.logLikelihood < state.bestLogLikelihood) {
    state.halving += 1;
    for (let i = 0; i < trial.length; i += 1) trial[i] = ((trial[i] ?? 0) + state.halving * (beta[i] ?? 0)) / (state.halving + 1);
    return;
  }
  state.halving = 0;
  state.bestLogLikelihood = evaluation.logLikelihood;
  const step = solveLdlInPlace(evaluation.decomposition, evaluation.work.score);
  for (let i = 0; i < trial.length; i += 1) {
    beta[i] = trial[i] ?? 0;
    trial[i] = (trial[i] ?? 0) + (step[i] ?? 0);
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let total = 0;
  for (let i = 0; i < a.length; i += 1) total += (a[i] ?? 0) * (b[i] ?? 0);
  return total;
}

function isFiniteArray(values: Float64Array): boolean {
  for (const value of values) if (!Number.isFinite(value)) return false;
  return true;
}

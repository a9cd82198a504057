import type { CoxTies } from "./cox-model-options.js";
import type { CoxWorkspace } from "./cox-workspace.js";
import type { CoxData } from "./prepare-cox-data.js";

/** The state of one backward walk over the sorted patients, created once per evaluation. */
interface CoxWalk {
  readonly data: CoxData;
  readonly work: CoxWorkspace;
  readonly ties: CoxTies;
  /** Σ exp(xβ) over the risk set, and over the deaths at the current time. */
  denominator: number;
  deathDenominator: number;
  /** Deaths at the current time. */
  deaths: number;
  logLikelihood: number;
}

/**
 * The Cox log partial likelihood at β, with its score and information written to `work`, as
 * R survival's coxfit6.c (`coxfit6_iter`): one walk from the last time back, growing the risk
 * set sums Σ exp(xβ), Σ exp(xβ)x, Σ exp(xβ)xxᵀ, so an evaluation costs O(n·p²). Tied deaths
 * enter at once (Breslow) or in d fractional steps (Efron: the k-th of d tied deaths sees the
 * risk set less k/d of the deaths' weight). Strata restart the sums. Nothing is allocated.
 *
 * Reference: Cox, D. R. (1972), JRSS B 34, 187–220; Efron, B. (1977), JASA 72, 557–565;
 * Breslow, N. (1974), Biometrics 30, 89–99; R survival coxfit6.c.
 *
 * @param data sorted, centred, scaled patients (prepareCoxData)
 * @param beta β on the scaled covariates, length p
 * @param context the workspace to fill and the tie method
 * @returns log L(β); work.score and work.information hold U(β) and I(β)
 * @example evaluateCoxPartialLikelihood(prepareCoxData({ times: [1, 2], flags: Uint8Array.from([1, 1]), covariates: [[0, 1]], strata: undefined }), Float64Array.from([0]), { work: createCoxWorkspace(1, 2), ties: "breslow" })
 * // -0.6931471805599453 = −log 2: the first death has 2 at risk, the second 1
 */
export function evaluateCoxPartialLikelihood(
  data: CoxData,
  beta: Float64Array,
  context: { readonly work: CoxWorkspace; readonly ties: CoxTies },
): number {
  const { work, ties } = context;
  computeRisks(data, beta, work);
  clear(work.score);
  clear(work.information);
  const walk: CoxWalk = { data, work, ties, denominator: 0, deathDenominator: 0, deaths: 0, logLikelihood: 0 };
  let person = data.patientCount - 1;
  while (person >= 0) {
    if (data.stratumEnds[person] === 1) {
      walk.denominator = 0;
      clear(work.riskSums);
      clear(work.riskSquares);
    }
    person = addTiedPatients(walk, person);
    if (walk.deaths > 0) addDeaths(walk);
  }
  mirrorLowerTriangle(work.information, data.covariateCount);
  return walk.logLikelihood;
}

/** xβ and exp(xβ) of every patient, covariate by covariate (contiguous memory). */
function computeRisks(data: CoxData, beta: Float64Array, work: CoxWorkspace): void {
  const { patientCount: n, covariateCount: p, covariates } = data;
  const { linearPredictors, risks } = work;
  clear(linearPredictors);
  for (let j = 0; j < p; j += 1) {
    const coefficient = beta[j] ?? 0;
    for (let person = 0; person < n; person += 1) {
      linearPredictors[person] = (linearPredictors[person] ?? 0) + coefficient * (covariates[j * n + person] ?? 0);
    }
  }
  for (let person = 0; person < n; person += 1) risks[person] = Math.exp(linearPredictors[person] ?? 0);
}

/**
 * Adds the patients tied at the time of `start` (within its stratum) to the risk set sums,
 * deaths to separate sums; returns the next person to visit.
 */
function addTiedPatients(walk: CoxWalk, start: number): number {
  const { data, work } = walk;
  const time = data.times[start];
  walk.deaths = 0;
  walk.deathDenominator = 0;
  clear(work.deathSums);
  clear(work.deathSquares);
  let person = start;
  do {
    const risk = work.risks[person] ?? 0;
    if (data.flags[person] === 1) {
      walk.deaths += 1;
      walk.deathDenominator += risk;
      walk.logLikelihood += work.linearPredictors[person] ?? 0;
      addPatientMoments(walk, person, "deaths");
    } else {
      walk.denominator += risk;
      addPatientMoments(walk, person, "risk set");
    }
    person -= 1;
  } while (person >= 0 && data.times[person] === time && data.stratumEnds[person] === 0);
  return person;
}

/**
 * Adds exp(xβ)·x and exp(xβ)·x·xᵀ (lower triangle) of one patient to the sums of the current
 * deaths or of the risk set; a death's x also goes into the score.
 */
function addPatientMoments(walk: CoxWalk, person: number, into: "deaths" | "risk set"): void {
  const { data, work } = walk;
  const { patientCount: n, covariateCount: p, covariates } = data;
  const risk = work.risks[person] ?? 0;
  const isDeath = into === "deaths";
  const sums = isDeath ? work.deathSums : work.riskSums;
  const squares = isDeath ? work.deathSquares : work.riskSquares;
  for (let i = 0; i < p; i += 1) {
    const xi = covariates[i * n + person] ?? 0;
    if (isDeath) work.score[i] = (work.score[i] ?? 0) + xi;
    sums[i] = (sums[i] ?? 0) + risk * xi;
    for (let j = 0; j <= i; j += 1) squares[i * p + j] = (squares[i * p + j] ?? 0) + risk * xi * (covariates[j * n + person] ?? 0);
  }
}

/**
 * Adds the deaths at the current time. Breslow: all d see the full risk set. Efron: the k-th
 * of d (k = 0 … d − 1 still to add) sees the risk set less k/d of the deaths' weight, so the
 * death sums are moved in by 1/d at a time. With one death the two agree (coxfit6.c uses
 * Breslow's branch then).
 */
function addDeaths(walk: CoxWalk): void {
  const deaths = walk.deaths;
  if (walk.ties === "breslow" || deaths === 1) {
    walk.denominator += walk.deathDenominator;
    walk.logLikelihood -= deaths * Math.log(walk.denominator);
    addRiskSetMoments(walk, 1, deaths);
    return;
  }
  for (let k = 0; k < deaths; k += 1) {
    walk.denominator += walk.deathDenominator / deaths;
    walk.logLikelihood -= Math.log(walk.denominator);
    addRiskSetMoments(walk, deaths, 1);
  }
}

/**
 * Moves 1/divisor of the death sums into the risk set sums, then subtracts `weight` times the
 * risk-set mean from the score and adds `weight` times the risk-set covariance to the information.
 */
function addRiskSetMoments(walk: CoxWalk, divisor: number, weight: number): void {
  const { riskSums, riskSquares, deathSums, deathSquares, score, information } = walk.work;
  const denominator = walk.denominator;
  const p = score.length;
  for (let i = 0; i < p; i += 1) {
    riskSums[i] = (riskSums[i] ?? 0) + (deathSums[i] ?? 0) / divisor;
    const mean = (riskSums[i] ?? 0) / denominator;
    score[i] = (score[i] ?? 0) - weight * mean;
    for (let j = 0; j <= i; j += 1) {
      const index = i * p + j;
      riskSquares[index] = (riskSquares[index] ?? 0) + (deathSquares[index] ?? 0) / divisor;
      information[index] = (information[index] ?? 0) + (weight * ((riskSquares[index] ?? 0) - mean * (riskSums[j] ?? 0))) / denominator;
    }
  }
}

/** Copies the lower triangle of a p × p row-major matrix onto the upper one. */
function mirrorLowerTriangle(matrix: Float64Array, p: number): void {
  for (let i = 0; i < p; i += 1) {
    for (let j = 0; j < i; j += 1) matrix[j * p + i] = matrix[i * p + j] ?? 0;
  }
}

/** Zeroes a short array with a loop (TypedArray.fill costs a call per use in this hot path). */
function clear(values: Float64Array): void {
  for (let index = 0; index < values.length; index += 1) values[index] = 0;
}

import { chiSquareUpperTail, normalCdf } from "./distributions.js";
import { invertLdl, type LdlDecomposition } from "./ldl-decomposition.js";
import type { CoxData } from "./prepare-cox-data.js";

/** A fitted Cox proportional-hazards model with R `summary.coxph`'s inference. */
export interface CoxModelFit {
  /** log hazard ratios β, one per covariate (per unit of it). */
  readonly coefficients: readonly number[];
  /** √diag of the covariance. */
  readonly standardErrors: readonly number[];
  /** I(β̂)⁻¹, p × p. */
  readonly covariance: readonly (readonly number[])[];
  /** β / SE per coefficient. */
  readonly waldZ: readonly number[];
  /** Two-sided normal p value of each waldZ. */
  readonly waldP: readonly number[];
  /** Global Wald test β̂ᵀ I(β̂) β̂ on p degrees of freedom, and its p value. */
  readonly waldChiSquare: number;
  readonly waldChiSquareP: number;
  /** log partial likelihood at β = 0 and at β̂. */
  readonly logLikelihoodNull: number;
  readonly logLikelihood: number;
  /** 2(log L(β̂) − log L(0)) on p degrees of freedom, and its p value. */
  readonly likelihoodRatioStatistic: number;
  readonly likelihoodRatioP: number;
  /** U(0)ᵀ I(0)⁻¹ U(0) on p degrees of freedom, and its p value. */
  readonly scoreStatistic: number;
  readonly scoreP: number;
  /** p, the degrees of freedom of the three global tests. */
  readonly degreesOfFreedom: number;
  readonly patients: number;
  readonly events: number;
  /** Newton–Raphson iterations (R's `fit$iter`). */
  readonly iterations: number;
  /** False when maxIterations ran out (R's "Ran out of iterations") or nothing was estimable. */
  readonly converged: boolean;
}

/** Where Newton–Raphson stopped, on the scaled covariates of CoxData. */
export interface CoxFinalIterate {
  readonly beta: Float64Array;
  readonly decomposition: LdlDecomposition;
  readonly logLikelihood: number;
  readonly iterations: number;
  readonly converged: boolean;
}

/**
 * Turns the last Newton–Raphson iterate of a Cox fit into its summary, as R's `coxph` and
 * `summary.coxph`: β̂ and V = I(β̂)⁻¹ scaled back to the covariates' units (β·scale,
 * V·scaleᵢ·scaleⱼ), NaN for a coefficient whose column was dropped as singular (R's NA), Wald z
 * and two-sided normal p values, the global Wald test β̂ᵀ I(β̂) β̂ (from the LDLᵀ factor, so V
 * need not be inverted back), and the likelihood-ratio and score tests on p degrees of freedom.
 *
 * Reference: R survival `coxph.fit` and `summary.coxph`; Therneau & Grambsch, Modeling Survival
 * Data (2000), §3.4.
 *
 * @param data the fit's sorted, scaled data (prepareCoxData)
 * @param final β̂ on the scaled covariates, the LDLᵀ factor of I(β̂), log L(β̂), iterations
 * @param atNull log L(0) and the score statistic U(0)ᵀ I(0)⁻¹ U(0)
 * @returns the fit
 * @example summarizeCoxFit(data, { beta: Float64Array.from([0.5]), decomposition: decomposeLdl(Float64Array.from([4]), 1), logLikelihood: -9, iterations: 3, converged: true }, { logLikelihoodNull: -10, scoreStatistic: 1.9 })
 * // with data.scales = [2] (x = 0, 1): coefficients [1], covariance [[1]] (0.25·2·2), standardErrors [1],
 * // waldChiSquare 1 (4·0.5²), likelihoodRatioStatistic 2
 */
export function summarizeCoxFit(
  data: CoxData,
  final: CoxFinalIterate,
  atNull: { readonly logLikelihoodNull: number; readonly scoreStatistic: number },
): CoxModelFit {
  const p = data.covariateCount;
  const scaledCovariance = invertLdl(final.decomposition);
  const isDropped = (i: number): boolean => scaledCovariance[i * p + i] === 0;
  const scale = (i: number): number => data.scales[i] ?? Number.NaN;
  const coefficients = Array.from(final.beta, (value, i) => (isDropped(i) ? Number.NaN : value * scale(i)));
  const covariance = Array.from({ length: p }, (_, i) =>
    Array.from({ length: p }, (_, j) => (scaledCovariance[i * p + j] ?? Number.NaN) * scale(i) * scale(j)),
  );
  const standardErrors = coefficients.map((value, i) => (Number.isNaN(value) ? Number.NaN : Math.sqrt(covariance[i]?.[i] ?? Number.NaN)));
  const waldZ = coefficients.map((value, i) => value / (standardErrors[i] ?? Number.NaN));
  const waldChiSquare = coefficients.some(Number.isNaN) ? Number.NaN : quadraticFormLdl(final.decomposition, final.beta);
  const likelihoodRatioStatistic = 2 * (final.logLikelihood - atNull.logLikelihoodNull);
  return {
    coefficients,
    standardErrors,
    covariance,
    waldZ,
    waldP: waldZ.map((z) => 2 * normalCdf(-Math.abs(z))),
    waldChiSquare,
    waldChiSquareP: chiSquareUpperTail(waldChiSquare, p),
    logLikelihoodNull: atNull.logLikelihoodNull,
    logLikelihood: final.logLikelihood,
    likelihoodRatioStatistic,
    likelihoodRatioP: chiSquareUpperTail(likelihoodRatioStatistic, p),
    scoreStatistic: atNull.scoreStatistic,
    scoreP: chiSquareUpperTail(atNull.scoreStatistic, p),
    degreesOfFreedom: p,
    patients: data.patientCount,
    events: data.eventCount,
    iterations: final.iterations,
    converged: final.converged,
  };
}

/**
 * The summary of a Cox fit with nothing estimable (singular information at β = 0: no events, a
 * constant or collinear covariate): NaN everywhere but log L(0), 0 iterations, not converged.
 *
 * Reference: R survival `coxph` (NA coefficients for singular columns).
 *
 * @param data the fit's data (prepareCoxData)
 * @param logLikelihoodNull log L(0)
 * @returns the fit
 * @example inestimableCoxFit(data, 0).coefficients // [NaN] for one covariate
 */
export function inestimableCoxFit(data: CoxData, logLikelihoodNull: number): CoxModelFit {
  const p = data.covariateCount;
  const missing = new Array<number>(p).fill(Number.NaN);
  return {
    coefficients: missing,
    standardErrors: missing,
    covariance: Array.from({ length: p }, () => missing),
    waldZ: missing,
    waldP: missing,
    waldChiSquare: Number.NaN,
    waldChiSquareP: Number.NaN,
    logLikelihoodNull,
    logLikelihood: Number.NaN,
    likelihoodRatioStatistic: Number.NaN,
    likelihoodRatioP: Number.NaN,
    scoreStatistic: Number.NaN,
    scoreP: Number.NaN,
    degreesOfFreedom: p,
    patients: data.patientCount,
    events: data.eventCount,
    iterations: 0,
    converged: false,
  };
}

/** xᵀ A x = Σ Dᵢ (Lᵀx)ᵢ² from A = L·D·Lᵀ (A = I(β̂) on the scaled covariates, x = β̂ scaled). */
function quadraticFormLdl(decomposition: LdlDecomposition, vector: Float64Array): number {
  const { size, factor } = decomposition;
  let total = 0;
  for (let i = 0; i < size; i += 1) {
    let projected = vector[i] ?? 0;
    for (let k = i + 1; k < size; k += 1) projected += (factor[k * size + i] ?? 0) * (vector[k] ?? 0);
    total += (factor[i * size + i] ?? 0) * projected * projected;
  }
  return total;
}

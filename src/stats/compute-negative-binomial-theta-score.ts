import { computeShiftedGammaDifferences } from "./compute-shifted-gamma-differences.js";
import { sum } from "./sum.js";

/** The derivative of the NB2 log-likelihood in θ at fixed means, and minus its derivative. */
export interface ThetaScore {
  /** ∂ℓ/∂θ. */
  readonly score: number;
  /** −∂²ℓ/∂θ², the observed information for θ. */
  readonly information: number;
}

/**
 * Score and observed information of the NB2 log-likelihood in θ at fixed means, MASS's
 * `theta.ml` formulas rearranged to avoid cancellation for large θ:
 * score = Σ ψ(θ + y) − ψ(θ) − log1p(μ/θ) + (μ − y)/(μ + θ),
 * information = Σ ψ′(θ) − ψ′(θ + y) − (μ² + θy)/(θ(μ + θ)²)
 * (the latter is MASS's −1/θ + 2/(μ + θ) − (y + θ)/(μ + θ)² over one denominator), with the
 * ψ and ψ′ differences summed term by term (computeShiftedGammaDifferences).
 *
 * Reference: Venables & Ripley (2002), Modern Applied Statistics with S, 4th ed., §7.4; MASS
 * `theta.ml` (`score` and `info`).
 *
 * @param counts y, non-negative integers
 * @param means μ > 0, one per count
 * @param theta θ > 0
 * @returns the score and the observed information
 * @example computeNegativeBinomialThetaScore([0], [1], 1).score // -0.1931471805599453 = −log 2 + 1/2
 */
export function computeNegativeBinomialThetaScore(counts: readonly number[], means: readonly number[], theta: number): ThetaScore {
  const scoreTerms: number[] = [];
  const informationTerms: number[] = [];
  for (const [i, count] of counts.entries()) {
    const mean = means[i] ?? Number.NaN;
    const shifted = computeShiftedGammaDifferences(theta, count);
    scoreTerms.push(shifted.digamma - Math.log1p(mean / theta) + (mean - count) / (mean + theta));
    informationTerms.push(shifted.trigamma - (mean * mean + theta * count) / (theta * (mean + theta) ** 2));
  }
  return { score: sum(scoreTerms), information: sum(informationTerms) };
}

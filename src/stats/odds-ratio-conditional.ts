import {
  computeConditionalProbabilities,
  describeConditionalDistribution,
  type ConditionalDistribution,
} from "./conditional-distribution.js";
import { findIncreasingRoot, type ValueAndSlope } from "./find-increasing-root.js";
import type { IntervalEstimate } from "./interval-estimate.js";
import { sum } from "./sum.js";
import { validateTwoByTwo, type TwoByTwo } from "./two-by-two.js";
import { validateConfidenceLevel } from "./validate-confidence-level.js";

/**
 * Conditional maximum-likelihood odds ratio (treatment / control) with its exact interval, the
 * estimate and interval of R's `fisher.test`. Given all margins, the treatment events follow
 * Fisher's noncentral hypergeometric law with parameter ψ (describeConditionalDistribution):
 * the estimate solves E_ψ[X] = x; the lower limit solves P_ψ(X ≥ x) = α/2 and the upper
 * P_ψ(X ≤ x) = α/2, α = 1 − level. Each is solved on log ψ by safeguarded Newton to about
 * 1e-13 relative (R's own `uniroot` call stops near 1e-4; compare with stats.json fisher_precise).
 * Zero cells: with x at the lower end of its support (e.g. no treatment event) the estimate
 * and lower limit are 0 and the upper limit is the one-sided exact bound at α/2; at the upper end
 * the estimate and upper limit are Infinity. When the margins allow one table only (no patient,
 * or every patient, with the event) ψ is not identifiable: estimate NaN, interval [0, Infinity]
 * (R reports an estimate of 0 there).
 *
 * Reference: Cornfield, J. (1956). A statistical problem arising from retrospective studies.
 * Proc. Third Berkeley Symposium 4, 135–148; Agresti, A. (2013), Categorical Data Analysis,
 * 3rd ed., §16.6.4; R `fisher.test` (`mle`, `ncp.L`, `ncp.U`).
 *
 * @param table events and totals (patients) per arm
 * @param confidenceLevel two-sided level, e.g. 0.95
 * @returns the conditional odds ratio (unitless) with its exact interval
 * @throws RangeError "oddsRatioConditional requires totalTreatment to be a positive integer, got 0"
 * @throws RangeError "oddsRatioConditional requires eventsControl to be an integer from 0 to totalControl (8), got 9"
 * @throws RangeError "oddsRatioConditional requires a confidence level strictly between 0 and 1, got 0"
 * @example oddsRatioConditional({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }, 0.95).estimate
 * // 8.153835414504286 (R 4.2.2 stats.json hand_made_small fisher_precise: 8.15383541450429)
 */
export function oddsRatioConditional(table: TwoByTwo, confidenceLevel: number): IntervalEstimate {
  validateTwoByTwo(table, "oddsRatioConditional");
  validateConfidenceLevel(confidenceLevel, "oddsRatioConditional");
  const distribution = describeConditionalDistribution(table);
  const observedIndex = distribution.observed - distribution.lowest;
  const highestIndex = distribution.logWeights.length - 1;
  if (highestIndex === 0) return { estimate: Number.NaN, ciLower: 0, ciUpper: Infinity };
  const tail = (1 - confidenceLevel) / 2;
  const start = computeCorrectedLogOddsRatio(table);
  const solve = (equation: (logOddsRatio: number) => ValueAndSlope): number =>
    Math.exp(findIncreasingRoot(equation, start));
  const isLowest = observedIndex === 0;
  const isHighest = observedIndex === highestIndex;
  return {
    estimate: isLowest ? 0 : isHighest ? Infinity : solve((theta) => evaluateMeanEquation(distribution, theta)),
    ciLower: isLowest ? 0 : solve((theta) => evaluateUpperTailEquation(distribution, theta, tail)),
    ciUpper: isHighest ? Infinity : solve((theta) => evaluateLowerTailEquation(distribution, theta, tail)),
  };
}

/** The probabilities at log ψ = theta, their mean index and the observed index. */
function computeMoments(distribution: ConditionalDistribution, theta: number) {
  const probabilities = computeConditionalProbabilities(distribution, theta);
  const mean = sum(probabilities.map((probability, index) => probability * index));
  return { probabilities, mean, observedIndex: distribution.observed - distribution.lowest };
}

/** E[X] − x, increasing in log ψ with derivative Var[X]. */
function evaluateMeanEquation(distribution: ConditionalDistribution, theta: number): ValueAndSlope {
  const { probabilities, mean, observedIndex } = computeMoments(distribution, theta);
  const variance = sum(probabilities.map((probability, index) => probability * (index - mean) ** 2));
  return { value: mean - observedIndex, slope: variance };
}

/** P(X ≥ x) − α/2, increasing in log ψ with derivative Σ_{i ≥ x} pᵢ(i − E[X]). */
function evaluateUpperTailEquation(distribution: ConditionalDistribution, theta: number, tail: number): ValueAndSlope {
  const { probabilities, mean, observedIndex } = computeMoments(distribution, theta);
  const upper = probabilities.slice(observedIndex);
  return {
    value: sum(upper) - tail,
    slope: sum(upper.map((probability, offset) => probability * (observedIndex + offset - mean))),
  };
}

/** α/2 − P(X ≤ x), increasing in log ψ with derivative −Σ_{i ≤ x} pᵢ(i − E[X]). */
function evaluateLowerTailEquation(distribution: ConditionalDistribution, theta: number, tail: number): ValueAndSlope {
  const { probabilities, mean, observedIndex } = computeMoments(distribution, theta);
  const lower = probabilities.slice(0, observedIndex + 1);
  return {
    value: tail - sum(lower),
    slope: -sum(lower.map((probability, index) => probability * (index - mean))),
  };
}

/** log of the sample odds ratio with 0.5 added to each cell (Haldane): a finite starting point. */
function computeCorrectedLogOddsRatio(table: TwoByTwo): number {
  const { eventsTreatment, totalTreatment, eventsControl, totalControl } = table;
  return (
    Math.log(eventsTreatment + 0.5) -
    Math.log(totalTreatment - eventsTreatment + 0.5) -
    Math.log(eventsControl + 0.5) +
    Math.log(totalControl - eventsControl + 0.5)
  );
}

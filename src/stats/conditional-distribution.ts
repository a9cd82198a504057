import { sum } from "./sum.js";
import type { TwoByTwo } from "./two-by-two.js";

/**
 * The distribution of the treatment events of a 2 × 2 table given all its margins (totals per
 * arm and events overall): Fisher's noncentral hypergeometric distribution, whose parameter is
 * the odds ratio ψ. P(X = x) ∝ C(events, x)·C(nonEvents, totalTreatment − x)·ψˣ on
 * x = lowest .. lowest + logWeights.length − 1.
 */
export interface ConditionalDistribution {
  /** The smallest possible treatment events, max(0, totalTreatment − nonEvents). */
  readonly lowest: number;
  /** The observed treatment events. */
  readonly observed: number;
  /** log C(events, x) + log C(nonEvents, totalTreatment − x) up to a common constant, x = lowest + i. */
  readonly logWeights: readonly number[];
}

/**
 * The conditional distribution of a table's treatment events (see ConditionalDistribution).
 * The central weights are built by the ratio of neighbours,
 * w(x + 1)/w(x) = (events − x)(totalTreatment − x) / ((x + 1)(nonEvents − totalTreatment + x + 1)),
 * summed as logarithms: only ratios of weights matter once they are normalised, so no
 * log-gamma is needed, and each step adds about one rounding error (the relative error between
 * weights i apart is about i·2e-16).
 *
 * Reference: Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §3.5.1 and §16.6.4;
 * R `fisher.test` (its `dnhyper` on `dhyper(support, m, n, k, log = TRUE)`).
 *
 * @param table a valid table (checked by the caller)
 * @returns the support's lower end, the observed count and the log weights
 * @example describeConditionalDistribution({ eventsTreatment: 1, totalTreatment: 2, eventsControl: 1, totalControl: 2 }).logWeights
 * // [0, log 4, 0]: C(2, x)·C(2, 2 − x) = 1, 4, 1 for x = 0, 1, 2
 */
export function describeConditionalDistribution(table: TwoByTwo): ConditionalDistribution {
  const { eventsTreatment, totalTreatment, eventsControl, totalControl } = table;
  const events = eventsTreatment + eventsControl;
  const nonEvents = totalTreatment + totalControl - events;
  const lowest = Math.max(0, totalTreatment - nonEvents);
  const highest = Math.min(totalTreatment, events);
  const logWeights = [0];
  for (let x = lowest; x < highest; x += 1) {
    const ratio = ((events - x) * (totalTreatment - x)) / ((x + 1) * (nonEvents - totalTreatment + x + 1));
    logWeights.push((logWeights[logWeights.length - 1] ?? 0) + Math.log(ratio));
  }
  return { lowest, observed: eventsTreatment, logWeights };
}

/**
 * The probabilities of the conditional distribution at odds ratio exp(logOddsRatio):
 * pᵢ ∝ exp(logWeightᵢ + i·logOddsRatio), normalised after subtracting the largest exponent so
 * nothing overflows (R's `dnhyper`). The factor ψ^lowest common to all weights cancels.
 *
 * Reference: Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §16.6.4; R `fisher.test`.
 *
 * @param distribution from describeConditionalDistribution
 * @param logOddsRatio log ψ, any finite number (0 for the central hypergeometric of H0: ψ = 1)
 * @returns one probability per support point, summing to 1
 * @example computeConditionalProbabilities({ lowest: 0, observed: 1, logWeights: [0, Math.log(4), 0] }, 0) // [1/6, 2/3, 1/6]
 */
export function computeConditionalProbabilities(distribution: ConditionalDistribution, logOddsRatio: number): number[] {
  const exponents = distribution.logWeights.map((logWeight, index) => logWeight + index * logOddsRatio);
  const largest = Math.max(...exponents);
  const weights = exponents.map((exponent) => Math.exp(exponent - largest));
  const total = sum(weights);
  return weights.map((weight) => weight / total);
}

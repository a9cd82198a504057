import { computeConditionalProbabilities, describeConditionalDistribution } from "./conditional-distribution.js";
import { sum } from "./sum.js";
import { ALTERNATIVES, type Alternative } from "./test-options.js";
import { validateTwoByTwo, type TwoByTwo } from "./two-by-two.js";

/** The p value of Fisher's exact test. */
export interface FisherExactTest {
  readonly pValue: number;
}

/**
 * R's tolerance for "as probable as the observed table": a table counts when its probability
 * is at most (1 + 1e-7) times the observed one, so ties computed with rounding errors count.
 */
const RELATIVE_TIE_TOLERANCE = 1e-7;

/**
 * Fisher's exact test of H0: odds ratio = 1, conditional on all margins, where the treatment
 * events are hypergeometric (describeConditionalDistribution). "greater" (H1: OR > 1) sums
 * P(X ≥ x), "less" sums P(X ≤ x), and "two-sided" sums the probabilities of all tables at most
 * (1 + 1e-7) times as probable as the observed one, as R. When the margins allow one table only
 * (no patient, or every patient, with the event) every p value is 1.
 *
 * Reference: Fisher, R. A. (1935). The logic of inductive inference. JRSS 98, 39–82;
 * Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §3.5; R `fisher.test`.
 *
 * @param table events and totals (patients) per arm
 * @param alternative the alternative hypothesis about the odds ratio (treatment / control) vs 1
 * @returns the p value
 * @throws RangeError "fisherExactTest requires totalTreatment to be a positive integer, got 0"
 * @throws RangeError "fisherExactTest requires eventsControl to be an integer from 0 to totalControl (10), got 11"
 * @throws RangeError 'fisherExactTest requires alternative "two-sided", "greater" or "less", got "both"'
 * @example fisherExactTest({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }, "two-sided").pValue
 * // 0.06977851869492738 (R 4.2.2 stats.json hand_made_small: 0.0697785186949273)
 */
export function fisherExactTest(table: TwoByTwo, alternative: Alternative): FisherExactTest {
  validateTwoByTwo(table, "fisherExactTest");
  if (!ALTERNATIVES.includes(alternative)) {
    throw new RangeError(
      `fisherExactTest requires alternative "two-sided", "greater" or "less", got "${String(alternative)}"`,
    );
  }
  const distribution = describeConditionalDistribution(table);
  const probabilities = computeConditionalProbabilities(distribution, 0);
  const observedIndex = distribution.observed - distribution.lowest;
  return { pValue: Math.min(1, sumTail(probabilities, observedIndex, alternative)) };
}

function sumTail(probabilities: readonly number[], observedIndex: number, alternative: Alternative): number {
  switch (alternative) {
    case "greater":
      return sum(probabilities.slice(observedIndex));
    case "less":
      return sum(probabilities.slice(0, observedIndex + 1));
    case "two-sided": {
      const limit = (probabilities[observedIndex] ?? Number.NaN) * (1 + RELATIVE_TIE_TOLERANCE);
      return sum(probabilities.filter((probability) => probability <= limit));
    }
  }
}

import { betaQuantile } from "./distributions.js";
import type { IntervalEstimate } from "./interval-estimate.js";
import { validateBinomialCounts } from "./validate-binomial-counts.js";
import { validateConfidenceLevel } from "./validate-confidence-level.js";

/**
 * Clopper–Pearson ("exact") interval of a proportion x / n: the p whose binomial tail
 * probabilities P(X ≥ x) and P(X ≤ x) are at least α/2, α = 1 − level, written with Beta
 * quantiles: lower = B⁻¹(α/2; x, n − x + 1) (0 when x = 0), upper = B⁻¹(1 − α/2; x + 1, n − x)
 * (1 when x = n). Conservative: coverage is at least the level for every p.
 *
 * Reference: Clopper, C. J. & Pearson, E. S. (1934). The use of confidence or fiducial limits
 * illustrated in the case of the binomial. Biometrika 26, 404–413; R `binom.test(x, n)$conf.int`.
 *
 * @param events x, patients with the event (integer from 0 to total)
 * @param total n, patients (positive integer)
 * @param confidenceLevel two-sided level, e.g. 0.95
 * @returns the proportion x / n with its interval
 * @throws RangeError "clopperPearsonInterval requires total to be a positive integer, got 0"
 * @throws RangeError "clopperPearsonInterval requires events to be an integer from 0 to total (15), got -1"
 * @throws RangeError "clopperPearsonInterval requires a confidence level strictly between 0 and 1, got 1"
 * @example clopperPearsonInterval(0, 15, 0.95).ciUpper // 0.218019360910534 = 1 − 0.025^(1/15) (R 4.2.2 binom.test(0, 15): 0.218019360910534)
 */
export function clopperPearsonInterval(events: number, total: number, confidenceLevel: number): IntervalEstimate {
  validateBinomialCounts({ events, total }, "clopperPearsonInterval");
  validateConfidenceLevel(confidenceLevel, "clopperPearsonInterval");
  const tail = (1 - confidenceLevel) / 2;
  return {
    estimate: events / total,
    ciLower: events === 0 ? 0 : betaQuantile(tail, events, total - events + 1),
    ciUpper: events === total ? 1 : betaQuantile(1 - tail, events + 1, total - events),
  };
}

import { normalQuantile } from "./distributions.js";
import type { IntervalEstimate } from "./interval-estimate.js";
import { validateBinomialCounts } from "./validate-binomial-counts.js";
import { validateConfidenceLevel } from "./validate-confidence-level.js";

/**
 * Wald interval of a proportion p̂ = x / n: p̂ ∓ z·√(p̂(1 − p̂)/n), z = Φ⁻¹(1 − (1 − level)/2).
 * Kept for comparison with the literature: it is not clamped to [0, 1] (1 event in 250 gives a
 * negative lower end, as R's formula does), and with 0 or n events its width is 0, a known
 * failure of the method; prefer wilsonInterval or clopperPearsonInterval.
 *
 * Reference: Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §1.4.2; Brown, Cai &
 * DasGupta (2001). Interval estimation for a binomial proportion. Statistical Science 16, 101–133.
 *
 * @param events x, patients with the event (integer from 0 to total)
 * @param total n, patients (positive integer)
 * @param confidenceLevel two-sided level, e.g. 0.95
 * @returns the proportion x / n with its interval
 * @throws RangeError "waldInterval requires total to be a positive integer, got 2.5"
 * @throws RangeError "waldInterval requires events to be an integer from 0 to total (10), got 11"
 * @throws RangeError "waldInterval requires a confidence level strictly between 0 and 1, got 0"
 * @example waldInterval(7, 10, 0.95).ciUpper // 0.9840257650893253 = 0.7 + 1.959964·√0.021 (R 4.2.2 models.json: 0.984025765089325)
 */
export function waldInterval(events: number, total: number, confidenceLevel: number): IntervalEstimate {
  validateBinomialCounts({ events, total }, "waldInterval");
  validateConfidenceLevel(confidenceLevel, "waldInterval");
  const estimate = events / total;
  const margin = normalQuantile(1 - (1 - confidenceLevel) / 2) * Math.sqrt((estimate * (1 - estimate)) / total);
  return { estimate, ciLower: estimate - margin, ciUpper: estimate + margin };
}

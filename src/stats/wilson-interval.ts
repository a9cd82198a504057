import { normalQuantile } from "./distributions.js";
import type { IntervalEstimate } from "./interval-estimate.js";
import { validateBinomialCounts } from "./validate-binomial-counts.js";
import { validateConfidenceLevel } from "./validate-confidence-level.js";

/**
 * Wilson score interval of a proportion p̂ = x / n (no continuity correction): the p with
 * |p̂ − p| ≤ z·√(p(1 − p)/n), i.e. (x + z²/2)/(n + z²) ∓ z/(n + z²)·√(x(n − x)/n + z²/4),
 * z = Φ⁻¹(1 − (1 − level)/2). It lies in [0, 1] and is defined for 0 and n events; the end at
 * x = 0 (lower) or x = n (upper) is set to exactly 0 or 1, as R's `prop.test` does, where the
 * formula would give it only to rounding.
 *
 * Reference: Wilson, E. B. (1927). Probable inference, the law of succession, and statistical
 * inference. JASA 22, 209–212; R `prop.test(x, n, correct = FALSE)$conf.int`.
 *
 * @param events x, patients with the event (integer from 0 to total)
 * @param total n, patients (positive integer)
 * @param confidenceLevel two-sided level, e.g. 0.95
 * @returns the proportion x / n with its interval
 * @throws RangeError "wilsonInterval requires total to be a positive integer, got 0"
 * @throws RangeError "wilsonInterval requires events to be an integer from 0 to total (10), got 11"
 * @throws RangeError "wilsonInterval requires a confidence level strictly between 0 and 1, got 95"
 * @example wilsonInterval(7, 10, 0.95).ciLower // 0.39677814746114537 (R 4.2.2 prop.test(7, 10, correct = FALSE): 0.396778147461145)
 */
export function wilsonInterval(events: number, total: number, confidenceLevel: number): IntervalEstimate {
  validateBinomialCounts({ events, total }, "wilsonInterval");
  validateConfidenceLevel(confidenceLevel, "wilsonInterval");
  const z = normalQuantile(1 - (1 - confidenceLevel) / 2);
  const zSquared = z * z;
  const centre = (events + zSquared / 2) / (total + zSquared);
  const halfWidth = (z / (total + zSquared)) * Math.sqrt((events * (total - events)) / total + zSquared / 4);
  return {
    estimate: events / total,
    ciLower: events === 0 ? 0 : centre - halfWidth,
    ciUpper: events === total ? 1 : centre + halfWidth,
  };
}

import type { IntervalEstimate } from "./interval-estimate.js";
import { validateTwoByTwo, type TwoByTwo } from "./two-by-two.js";
import { validateConfidenceLevel } from "./validate-confidence-level.js";
import { wilsonInterval } from "./wilson-interval.js";

/**
 * Risk difference d = p₁ − p₂ (treatment − control) with Newcombe's hybrid score interval
 * (method 10): with the Wilson intervals (l₁, u₁), (l₂, u₂) of each arm,
 * lower = d − √((p₁ − l₁)² + (u₂ − p₂)²), upper = d + √((u₁ − p₁)² + (p₂ − l₂)²).
 * It stays inside [−1, 1] and is defined for zero cells (0 or all events in an arm), where the
 * Wald interval of riskDifferenceWald collapses. Swapping the arms negates it exactly.
 *
 * Reference: Newcombe, R. G. (1998). Interval estimation for the difference between independent
 * proportions: comparison of eleven methods. Statistics in Medicine 17, 873–890 (method 10).
 *
 * @param table events and totals (patients) per arm
 * @param confidenceLevel two-sided level, e.g. 0.95 (each Wilson interval uses the same level)
 * @returns the difference of proportions (unitless) with its interval
 * @throws RangeError "riskDifferenceNewcombe requires totalControl to be a positive integer, got 0"
 * @throws RangeError "riskDifferenceNewcombe requires eventsTreatment to be an integer from 0 to totalTreatment (10), got 11"
 * @throws RangeError "riskDifferenceNewcombe requires a confidence level strictly between 0 and 1, got 1"
 * @example riskDifferenceNewcombe({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }, 0.95).ciLower
 * // 0.06647631448630492 (R 4.2.2 models.json binary_extras hand_made_small: 0.0664763144863049)
 */
export function riskDifferenceNewcombe(table: TwoByTwo, confidenceLevel: number): IntervalEstimate {
  validateTwoByTwo(table, "riskDifferenceNewcombe");
  validateConfidenceLevel(confidenceLevel, "riskDifferenceNewcombe");
  const treatment = wilsonInterval(table.eventsTreatment, table.totalTreatment, confidenceLevel);
  const control = wilsonInterval(table.eventsControl, table.totalControl, confidenceLevel);
  const estimate = treatment.estimate - control.estimate;
  return {
    estimate,
    ciLower: estimate - rootSumOfSquares(treatment.estimate - treatment.ciLower, control.ciUpper - control.estimate),
    ciUpper: estimate + rootSumOfSquares(treatment.ciUpper - treatment.estimate, control.estimate - control.ciLower),
  };
}

/** √(x² + y²) for x, y in [0, 1]; symmetric in its arguments to the bit (Math.hypot need not be). */
function rootSumOfSquares(x: number, y: number): number {
  return Math.sqrt(x * x + y * y);
}

import { inferLogRatio, type LogRatioEstimate } from "./log-ratio-estimate.js";
import { validateTwoByTwo, type TwoByTwo } from "./two-by-two.js";
import { validateConfidenceLevel } from "./validate-confidence-level.js";

/**
 * Relative risk RR = p₁ / p₂ (treatment / control) with Wald inference on log RR:
 * SE(log RR) = √(1/a − 1/n₁ + 1/c − 1/n₂) (a, c events; n₁, n₂ totals; computed as
 * √((n₁ − a)/(a·n₁) + (n₂ − c)/(c·n₂)), free of cancellation), z = log RR / SE,
 * p = 2·Φ(−|z|), interval exp(log RR ∓ z(1 − α/2)·SE).
 * Zero cells: with no event in an arm the estimate is 0, Infinity or NaN (0/0) and the
 * standard error Infinity, and statistic, p value and interval are NaN (no 0.5 correction is
 * added: R's epitools `riskratio.wald` gives none either). With every patient of both arms
 * having the event, RR = 1 with SE 0 and the inference is NaN as well (see inferLogRatio).
 *
 * Reference: Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §3.1.4; R epitools
 * `riskratio.wald` (stats.json and models.json two_by_two relative_risk).
 *
 * @param table events and totals (patients) per arm
 * @param confidenceLevel two-sided level, e.g. 0.95
 * @returns the relative risk (unitless) with its log-scale SE, z, p and interval
 * @throws RangeError "relativeRiskLog requires totalTreatment to be a positive integer, got 0"
 * @throws RangeError "relativeRiskLog requires eventsControl to be an integer from 0 to totalControl (10), got 12"
 * @throws RangeError "relativeRiskLog requires a confidence level strictly between 0 and 1, got 0"
 * @example relativeRiskLog({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }, 0.95).ciUpper
 * // 12.897974033590499 (R 4.2.2 stats.json hand_made_small: 12.8979740335905)
 */
export function relativeRiskLog(table: TwoByTwo, confidenceLevel: number): LogRatioEstimate {
  validateTwoByTwo(table, "relativeRiskLog");
  validateConfidenceLevel(confidenceLevel, "relativeRiskLog");
  const { eventsTreatment, totalTreatment, eventsControl, totalControl } = table;
  const ratio = eventsTreatment / totalTreatment / (eventsControl / totalControl);
  // 1/a − 1/n₁ written as (n₁ − a)/(a·n₁): no cancellation when nearly every patient has the event.
  const logStandardError = Math.sqrt(
    (totalTreatment - eventsTreatment) / (eventsTreatment * totalTreatment) +
      (totalControl - eventsControl) / (eventsControl * totalControl),
  );
  return inferLogRatio(ratio, logStandardError, confidenceLevel);
}

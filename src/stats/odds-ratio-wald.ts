import { inferLogRatio, type LogRatioEstimate } from "./log-ratio-estimate.js";
import { validateTwoByTwo, type TwoByTwo } from "./two-by-two.js";
import { validateConfidenceLevel } from "./validate-confidence-level.js";

/**
 * Sample odds ratio OR = (a·d)/(b·c) (treatment odds / control odds; a, b treatment events and
 * non-events, c, d control) with Wald inference on log OR: SE = √(1/a + 1/b + 1/c + 1/d),
 * z = log OR / SE, p = 2·Φ(−|z|), interval exp(log OR ∓ z(1 − α/2)·SE).
 * Zero cells: with any cell 0 the estimate is 0, Infinity or NaN (0/0), the standard error
 * Infinity, and statistic, p value and interval are NaN; no 0.5 correction is added (as R's
 * epitools `oddsratio.wald`). For such tables use oddsRatioConditional, whose exact interval is
 * defined with zero cells.
 *
 * Reference: Woolf, B. (1955). On estimating the relation between blood group and disease.
 * Annals of Human Genetics 19, 251–253; Agresti, A. (2013), Categorical Data Analysis, 3rd ed.,
 * §3.1.3; R epitools `oddsratio.wald`.
 *
 * @param table events and totals (patients) per arm
 * @param confidenceLevel two-sided level, e.g. 0.95
 * @returns the odds ratio (unitless) with its log-scale SE, z, p and interval
 * @throws RangeError "oddsRatioWald requires totalControl to be a positive integer, got -3"
 * @throws RangeError "oddsRatioWald requires eventsTreatment to be an integer from 0 to totalTreatment (10), got 0.5"
 * @throws RangeError "oddsRatioWald requires a confidence level strictly between 0 and 1, got 1.5"
 * @example oddsRatioWald({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }, 0.95).logStandardError
 * // 1.0493762319542388 = √(1/7 + 1/3 + 1/2 + 1/8) (R 4.2.2 stats.json hand_made_small: 1.04937623195424)
 */
export function oddsRatioWald(table: TwoByTwo, confidenceLevel: number): LogRatioEstimate {
  validateTwoByTwo(table, "oddsRatioWald");
  validateConfidenceLevel(confidenceLevel, "oddsRatioWald");
  const { eventsTreatment, eventsControl } = table;
  const nonEventsTreatment = table.totalTreatment - eventsTreatment;
  const nonEventsControl = table.totalControl - eventsControl;
  const ratio = (eventsTreatment * nonEventsControl) / (nonEventsTreatment * eventsControl);
  const logStandardError = Math.sqrt(1 / eventsTreatment + 1 / nonEventsTreatment + 1 / eventsControl + 1 / nonEventsControl);
  return inferLogRatio(ratio, logStandardError, confidenceLevel);
}

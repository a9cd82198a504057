import { normalQuantile } from "./distributions.js";
import type { KaplanMeierCurve } from "./kaplan-meier.js";
import { survivalAt } from "./survival-at.js";
import { survivalConfidenceLimits, type SurvivalInterval } from "./survival-confidence-limits.js";
import { validateSurvivalIntervalOptions, type SurvivalIntervalOptions } from "./survival-interval-options.js";

/**
 * The pointwise confidence interval of a Kaplan–Meier curve at a time, as R's
 * `summary(survfit(..., conf.type = transform, conf.int = level), times = t, extend = TRUE)`:
 * the curve's step at or before t with its Greenwood standard error, put through
 * survivalConfidenceLimits. Where S = 1 (no event yet) Greenwood's standard error is 0 and
 * every interval is [1, 1]: R's summary gives that before the first observed time, but NA for
 * "log-log" between a first censoring and the first event (log(−log 1) is undefined), an
 * artefact we do not copy. Where S = 0 every interval is NaN, as in R (the error is infinite).
 *
 * Reference: R survival `survfit` (conf.type) and `summary.survfit`; Greenwood, M. (1926).
 *
 * @param curve a curve from kaplanMeier
 * @param time the time to read it at (the curve's unit), not NaN
 * @param options confidence level and transform ("log", "log-log" or "plain")
 * @returns the lower and upper limits for S(time)
 * @throws RangeError "survivalConfidenceInterval requires a confidence level strictly between 0 and 1, got 1"
 * @throws RangeError 'survivalConfidenceInterval requires transform "log", "log-log" or "plain", got "arcsin"'
 * @throws RangeError "survivalAt requires a time that is a number, got NaN"
 * @example survivalConfidenceInterval(kaplanMeier({ times: [1, 2, 2, 3], events: [1, 1, 0, 1] }), 2, { confidenceLevel: 0.95, transform: "plain" })
 * // { lower: 0.010009003864986599, upper: 0.9899909961350134 }: 0.5 ∓ 1.959963984540054 · 0.25
 */
export function survivalConfidenceInterval(
  curve: KaplanMeierCurve,
  time: number,
  options: SurvivalIntervalOptions,
): SurvivalInterval {
  validateSurvivalIntervalOptions(options, "survivalConfidenceInterval");
  const { survival, logStandardError } = survivalAt(curve, time);
  if (survival === 1) return { lower: 1, upper: 1 };
  const z = normalQuantile(1 - (1 - options.confidenceLevel) / 2);
  return survivalConfidenceLimits(survival, logStandardError, { z, transform: options.transform });
}

import { inferEffect } from "./effect-estimate.js";
import type { IntervalEstimate } from "./interval-estimate.js";

/**
 * A ratio (relative risk or odds ratio, treatment / control) with Wald inference on the log
 * scale: `statistic` z = log(estimate) / logStandardError, `pValue` two-sided 2·Φ(−|z|) for
 * H0: ratio = 1, and the interval exp(log(estimate) ∓ z(1 − α/2)·logStandardError).
 */
export interface LogRatioEstimate extends IntervalEstimate {
  /** Standard error of log(estimate), unitless; Infinity with a zero cell. */
  readonly logStandardError: number;
  readonly statistic: number;
  readonly pValue: number;
}

/**
 * Wald inference for a ratio on the log scale, from the ratio and the standard error of its
 * logarithm. The inference is undefined, and statistic, p value and interval are NaN (the
 * estimate is kept), when the ratio is not finite and positive (a zero cell gives 0, Infinity
 * or 0/0) or when the standard error is not finite and positive (all patients of both arms with
 * the event gives a relative risk of 1 with standard error 0).
 *
 * Reference: Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §3.1.3–3.1.4 (Wald
 * intervals for the log odds ratio and log relative risk); R epitools `riskratio.wald`,
 * `oddsratio.wald`.
 *
 * @param ratio the ratio estimate (unitless), > 0 for defined inference
 * @param logStandardError the standard error of log(ratio)
 * @param confidenceLevel two-sided level, e.g. 0.95 (assumed valid: callers check it)
 * @returns the ratio with its z statistic, two-sided p value and interval
 * @example inferLogRatio(Math.E, 0.5, 0.95).statistic // 2 = log(e) / 0.5
 */
export function inferLogRatio(ratio: number, logStandardError: number, confidenceLevel: number): LogRatioEstimate {
  const isDefined = ratio > 0 && Number.isFinite(ratio) && logStandardError > 0 && Number.isFinite(logStandardError);
  if (!isDefined) {
    return { estimate: ratio, logStandardError, statistic: Number.NaN, pValue: Number.NaN, ciLower: Number.NaN, ciUpper: Number.NaN };
  }
  const logScale = inferEffect(
    { estimate: Math.log(ratio), standardError: logStandardError, degreesOfFreedom: Infinity },
    { confidenceLevel, alternative: "two-sided" },
  );
  return {
    estimate: ratio,
    logStandardError,
    statistic: logScale.statistic,
    pValue: logScale.pValue,
    ciLower: Math.exp(logScale.ciLower),
    ciUpper: Math.exp(logScale.ciUpper),
  };
}

import type { KaplanMeierCurve } from "./kaplan-meier.js";

/** A Kaplan–Meier curve read at one time. */
export interface SurvivalEstimate {
  /** S(t), the last step at or before t (1 before the first observed time). */
  readonly survival: number;
  /** Greenwood standard error of S: S·√(Σ d/(n(n − d))); NaN where S = 0 (R gives NaN too). */
  readonly standardError: number;
  /** Greenwood standard error of log S, √(Σ d/(n(n − d))) (R's `survfit` std.err). */
  readonly logStandardError: number;
  /** Patients at risk at t: those whose time is ≥ t (0 after the last observed time). */
  readonly atRisk: number;
}

/**
 * Reads a Kaplan–Meier curve at a time, as R's `summary(survfit, times = t, extend = TRUE)`:
 * the survival and Greenwood errors of the last step at or before t, and the number still at
 * risk at t. Binary search: O(log m) for m distinct times.
 *
 * Reference: R survival `summary.survfit` (extend = TRUE); Greenwood, M. (1926).
 *
 * @param curve a curve from kaplanMeier
 * @param time the time to read it at (the curve's unit); any number but NaN, ±Infinity allowed
 * @returns survival, its standard errors and the number at risk
 * @throws RangeError "survivalAt requires a time that is a number, got NaN"
 * @example survivalAt(kaplanMeier({ times: [1, 2, 2, 3], events: [1, 1, 0, 1] }), 2.5)
 * // { survival: 0.5, standardError: 0.25, logStandardError: 0.5, atRisk: 1 }: Greenwood 1/(4·3) + 1/(3·2) = 1/4
 */
export function survivalAt(curve: KaplanMeierCurve, time: number): SurvivalEstimate {
  if (Number.isNaN(time)) throw new RangeError(`survivalAt requires a time that is a number, got ${time}`);
  const firstAtOrAfter = findFirstAtOrAfter(curve.times, time);
  const atRisk = firstAtOrAfter < curve.times.length ? (curve.atRisk[firstAtOrAfter] ?? 0) : 0;
  const step = curve.times[firstAtOrAfter] === time ? firstAtOrAfter : firstAtOrAfter - 1;
  if (step < 0) return { survival: 1, standardError: 0, logStandardError: 0, atRisk };
  const survival = curve.survival[step] ?? Number.NaN;
  const logStandardError = Math.sqrt(curve.logSurvivalVariance[step] ?? Number.NaN);
  return { survival, standardError: survival * logStandardError, logStandardError, atRisk };
}

/** The first index k with times[k] ≥ time (times.length if none), by bisection. */
function findFirstAtOrAfter(times: Readonly<Float64Array>, time: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((times[middle] ?? Number.NaN) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

import { normalQuantile } from "./distributions.js";
import type { KaplanMeierCurve } from "./kaplan-meier.js";
import { survivalConfidenceLimits } from "./survival-confidence-limits.js";
import { validateSurvivalIntervalOptions, type SurvivalIntervalOptions, type SurvivalTransform } from "./survival-interval-options.js";

/** A median survival time with its confidence interval; NaN where not reached (R's NA). */
export interface MedianSurvival {
  readonly median: number;
  readonly ciLower: number;
  readonly ciUpper: number;
}

/**
 * How close 1 − S must come to 0.5 to count as equal, R's `quantile.survfit` default
 * `tolerance = sqrt(.Machine$double.eps)`: a KM step of exactly 0.5 can come out as
 * 0.5 ± 1 ulp, and the median rule must not depend on that bit.
 */
const TOLERANCE = Math.sqrt(Number.EPSILON);

/** The probability whose quantile this is: the median, 1 − S = 0.5. */
const PROBABILITY = 0.5;

/**
 * The median survival time of a Kaplan–Meier curve and its Brookmeyer–Crowley confidence
 * interval, exactly as R survival 3.5's `quantile(survfit, 0.5)` (its `findq`): the median is
 * the first time S ≤ 0.5; where S equals 0.5 (to 1.5e-8) on a flat stretch it is the midpoint of
 * that stretch, and if the curve ends flat at 0.5 the midpoint between where it reached 0.5 and
 * the last observed time. The limits apply the same rule to the pointwise lower and upper bands
 * (survivalConfidenceLimits): ciLower is where the lower band crosses 0.5 and ciUpper where the
 * upper band does. A band that never gets to 0.5 gives NaN ("not reached"; R's NA, null in
 * stats.json), as does a curve that never does.
 *
 * Reference: Brookmeyer, R. & Crowley, J. (1982), Biometrics 38, 29–41; R survival
 * `quantile.survfit` / `findq`.
 *
 * @param curve a curve from kaplanMeier
 * @param options confidence level and the transform of the pointwise bands
 * @returns median, ciLower and ciUpper in the curve's time unit
 * @throws RangeError "kaplanMeierMedian requires a confidence level strictly between 0 and 1, got 0"
 * @throws RangeError 'kaplanMeierMedian requires transform "log", "log-log" or "plain", got "logit"'
 * @example kaplanMeierMedian(kaplanMeier({ times: [1, 2, 3, 4], events: [1, 1, 1, 1] }), { confidenceLevel: 0.95, transform: "log" })
 * // { median: 2.5, ciLower: 1, ciUpper: NaN }: S = 0.5 on [2, 3) (R 4.2.2: 2.5, 1, NA)
 */
export function kaplanMeierMedian(curve: KaplanMeierCurve, options: SurvivalIntervalOptions): MedianSurvival {
  validateSurvivalIntervalOptions(options, "kaplanMeierMedian");
  const z = normalQuantile(1 - (1 - options.confidenceLevel) / 2);
  const bands = computeFailureBands(curve, { z, transform: options.transform });
  const lastTime = curve.times[curve.times.length - 1] ?? Number.NaN;
  return {
    median: findCrossingTime(bands.times, bands.estimate, lastTime),
    ciLower: findCrossingTime(bands.times, bands.lower, lastTime),
    ciUpper: findCrossingTime(bands.times, bands.upper, lastTime),
  };
}

/** 1 − S and 1 − the pointwise limits at the event times of a curve. */
interface FailureBands {
  readonly times: Float64Array;
  readonly estimate: Float64Array;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
}

/**
 * The failure curve 1 − S and its bands at the event times only: a censoring-only row repeats
 * the row before it (or, before the first event, the start at 1 − S = 0), which findq drops as
 * a duplicate, so leaving it out changes nothing and saves the work.
 */
function computeFailureBands(curve: KaplanMeierCurve, limits: { readonly z: number; readonly transform: SurvivalTransform }): FailureBands {
  let eventRows = 0;
  for (const count of curve.eventCounts) if (count > 0) eventRows += 1;
  const bands = {
    times: new Float64Array(eventRows),
    estimate: new Float64Array(eventRows),
    lower: new Float64Array(eventRows),
    upper: new Float64Array(eventRows),
  };
  let index = 0;
  for (let row = 0; row < curve.times.length; row += 1) {
    if ((curve.eventCounts[row] ?? 0) === 0) continue;
    const survival = curve.survival[row] ?? Number.NaN;
    const { lower, upper } = survivalConfidenceLimits(survival, Math.sqrt(curve.logSurvivalVariance[row] ?? Number.NaN), limits);
    bands.times[index] = curve.times[row] ?? Number.NaN;
    bands.estimate[index] = 1 - survival;
    bands.lower[index] = 1 - lower;
    bands.upper[index] = 1 - upper;
    index += 1;
  }
  return bands;
}

/**
 * R's `findq(c(0, time), c(0, failure), 0.5, tol)`: keeps the first occurrence of each failure
 * value 1 − S (bands need not be monotone, so repeats need not be neighbours), skips NaN, and
 * averages the times of the smallest failures ≥ 0.5 − tol and ≥ 0.5 + tol
 * (`approx(..., method = "constant", f = 1)`).
 */
function findCrossingTime(times: Float64Array, failure: Float64Array, lastTime: number): number {
  let largest = 0;
  for (const value of failure) if (value > largest) largest = value;
  if (largest < PROBABILITY) return Number.NaN;
  const keptTimes = [0];
  const keptFailures = [0];
  const seen = new Set<number>([0]);
  let previous = 0;
  for (let row = 0; row < failure.length; row += 1) {
    const value = failure[row] ?? Number.NaN;
    // A repeat of the previous value is the common duplicate: skip it without the set.
    if (value === previous || seen.has(value)) continue;
    previous = value;
    seen.add(value);
    keptTimes.push(times[row] ?? Number.NaN);
    keptFailures.push(value);
  }
  const first = timeOfSmallestShiftedFailure(keptTimes, keptFailures, TOLERANCE);
  const lastFailure = keptFailures[keptFailures.length - 1] ?? Number.NaN;
  if (Math.abs(PROBABILITY - lastFailure) < TOLERANCE) {
    // The curve ends flat at 0.5: halfway to the last observed time (R's `lastpt`).
    return (first + lastTime) / 2;
  }
  return (first + timeOfSmallestShiftedFailure(keptTimes, keptFailures, -TOLERANCE)) / 2;
}

/** The time of the smallest failure + shift that is ≥ 0.5 (NaN failures skipped); NaN if none. */
function timeOfSmallestShiftedFailure(times: readonly number[], failures: readonly number[], shift: number): number {
  let best = Infinity;
  let bestTime = Number.NaN;
  for (let index = 0; index < failures.length; index += 1) {
    const shifted = (failures[index] ?? Number.NaN) + shift;
    if (shifted >= PROBABILITY && shifted < best) {
      best = shifted;
      bestTime = times[index] ?? Number.NaN;
    }
  }
  return bestTime;
}

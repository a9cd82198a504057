import { orderByTime } from "./order-by-time.js";
import { checkSurvivalData, type SurvivalData } from "./survival-data.js";

/**
 * A Kaplan–Meier curve as R's `survfit` stores it: one row per distinct observed time (event or
 * censoring), ascending. S(t) is a right-continuous step function, `survival[k]` on
 * [times[k], times[k + 1]), and 1 before times[0].
 */
export interface KaplanMeierCurve {
  /** Distinct observed times, events or censorings, ascending (the input's unit). */
  readonly times: Readonly<Float64Array>;
  /** Patients at risk at times[k]: those whose time is ≥ times[k]. */
  readonly atRisk: Readonly<Int32Array>;
  /** Events at times[k]. */
  readonly eventCounts: Readonly<Int32Array>;
  /** Censorings at times[k] (they count as at risk at times[k]). */
  readonly censoredCounts: Readonly<Int32Array>;
  /** S(times[k]) = Π over event times u ≤ times[k] of (n − d)/n. */
  readonly survival: Readonly<Float64Array>;
  /**
   * Greenwood's Σ d/(n(n − d)) over event times ≤ times[k]: the variance of log S (R's
   * `survfit` std.err squared); Var(S) = S² times it. Infinity from a time where everyone at
   * risk has the event (S = 0 there).
   */
  readonly logSurvivalVariance: Readonly<Float64Array>;
  /** Number of patients. */
  readonly patients: number;
  /** Number of events. */
  readonly events: number;
}

/**
 * The Kaplan–Meier (product-limit) estimate of the survival function with Greenwood's variance,
 * as R's `survfit(Surv(time, event) ~ 1)`: S = Π (n − d)/n and Σ d/(n(n − d)), accumulated in
 * time order with the same operations as survival 3.5's survfitkm.c. One sort of the patients
 * by time, then one pass from the last time back to count the risk sets and one forward pass
 * for S. Times are tied only when exactly equal (R's `survfit` also merges times that differ by
 * rounding, `aeqSurv`; simulated times never do).
 *
 * Reference: Kaplan, E. L. & Meier, P. (1958), JASA 53, 457–481; Greenwood, M. (1926), Reports
 * on Public Health and Medical Subjects 33; R survival `survfitKM`.
 *
 * @param data times (any unit, finite, ≥ 0) and event indicators (1/true event, 0/false censored)
 * @returns the curve at each distinct observed time
 * @throws RangeError see checkSurvivalData ("kaplanMeier requires at least one patient", …)
 * @example kaplanMeier({ times: [1, 2, 2, 3], events: [1, 1, 0, 1] }).survival
 * // Float64Array [0.75, 0.5, 0]: 3/4 after time 1, × 2/3 after time 2 (one death, one censoring), × 0/1
 */
export function kaplanMeier(data: SurvivalData): KaplanMeierCurve {
  const flags = checkSurvivalData(data, "kaplanMeier");
  const { times } = data;
  const order = orderByTime(times);
  const counts = countRiskSets(times, flags, order);
  const { survival, logSurvivalVariance } = computeProductLimit(counts);
  let events = 0;
  for (const flag of flags) events += flag;
  return { ...counts, survival, logSurvivalVariance, patients: times.length, events };
}

interface RiskSetCounts {
  readonly times: Float64Array;
  readonly atRisk: Int32Array;
  readonly eventCounts: Int32Array;
  readonly censoredCounts: Int32Array;
}

/** Walks the patients from the last time back, one row per distinct time. */
function countRiskSets(times: readonly number[], flags: Uint8Array, order: Int32Array): RiskSetCounts {
  let distinct = 0;
  let previous = Number.NaN;
  for (const index of order) {
    const time = times[index] ?? 0;
    if (time !== previous) distinct += 1;
    previous = time;
  }
  const rows = { times: new Float64Array(distinct), atRisk: new Int32Array(distinct) };
  const eventCounts = new Int32Array(distinct);
  const censoredCounts = new Int32Array(distinct);
  let row = distinct;
  let atRisk = 0;
  previous = Number.NaN;
  for (let position = order.length - 1; position >= 0; position -= 1) {
    const index = order[position] ?? 0;
    const time = times[index] ?? 0;
    if (time !== previous) {
      row -= 1;
      rows.times[row] = time;
      previous = time;
    }
    atRisk += 1;
    rows.atRisk[row] = atRisk;
    if (flags[index] === 1) eventCounts[row] = (eventCounts[row] ?? 0) + 1;
    else censoredCounts[row] = (censoredCounts[row] ?? 0) + 1;
  }
  return { ...rows, eventCounts, censoredCounts };
}

/** S and Greenwood's sum, in survfitkm.c's order of operations: km *= (n − d)/n; v += d/(n(n − d)). */
function computeProductLimit(counts: RiskSetCounts): { survival: Float64Array; logSurvivalVariance: Float64Array } {
  const size = counts.times.length;
  const survival = new Float64Array(size);
  const logSurvivalVariance = new Float64Array(size);
  let productLimit = 1;
  let greenwood = 0;
  for (let row = 0; row < size; row += 1) {
    const atRisk = counts.atRisk[row] ?? 0;
    const deaths = counts.eventCounts[row] ?? 0;
    if (deaths > 0) {
      productLimit *= (atRisk - deaths) / atRisk;
      greenwood += deaths / (atRisk * (atRisk - deaths));
    }
    survival[row] = productLimit;
    logSurvivalVariance[row] = greenwood;
  }
  return { survival, logSurvivalVariance };
}

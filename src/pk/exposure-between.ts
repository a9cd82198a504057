import { assertDoses } from "./assert-doses.js";
import type { Dose } from "./dose.js";
import { createExposureAccumulator, measurePiece } from "./piece-exposure.js";
import type { PkSystem } from "./pk-system.js";
import { forEachPiece } from "./walk-pieces.js";

/** Exposure over a window [fromH, toH] of the exact profile. Times are absolute, h. */
export interface IntervalExposure {
  /** Maximum concentration in the window, mg/L, and its earliest time, h. */
  readonly cmaxMgPerL: number;
  readonly tmaxH: number;
  /** Minimum concentration in the window, mg/L, and its earliest time, h. */
  readonly cminMgPerL: number;
  readonly tminH: number;
  /** ∫ C dt over the window, mg·h/L. */
  readonly aucMgHPerL: number;
  /** aucMgHPerL / (toH − fromH), mg/L. */
  readonly cavgMgPerL: number;
  /** Time in the window with C > thresholdMgPerL, h (0 without a threshold). */
  readonly timeAboveThresholdH: number;
}

/** The window of exposureBetween. */
export interface ExposureWindow {
  /** Start, h (finite). */
  readonly fromH: number;
  /** End, h (finite, > fromH). */
  readonly toH: number;
  /** Concentration for timeAboveThresholdH, mg/L (finite, ≥ 0). */
  readonly thresholdMgPerL?: number;
}

/**
 * Exposure metrics over [fromH, toH] of the exact profile of a schedule. The window is cut at
 * every event inside it into dose-free pieces, each handled exactly (measurePiece): the area is
 * analytic (about 1e-15 relative, whatever the window); the extremes are at the window ends, at
 * event times or at stationary points, which are bracketed on a fine subgrid of each piece and
 * refined by Brent's method to machine precision (limitation in findStationaryPoints: two
 * stationary points within one subgrid cell would be missed); threshold crossings are refined
 * the same way, to 2ε(|t| + piece length) (≈ 1e-13 h around 200 h). Events at fromH are included (a bolus at fromH counts with its post-dose value);
 * events at toH are not (they belong to the next window: C(toH) is the value just before them,
 * the trough).
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 3 (AUC over a
 * dosing interval, F·D/CL at steady state); checked against test/reference/pk.json
 * (a_one_cmt_oral last_interval_of_regimen and steady_state).
 *
 * @param system from preparePkSystem
 * @param doses the schedule (see Dose), sorted by timeH
 * @param window fromH and toH (h), and an optional threshold (mg/L)
 * @example exposureBetween(preparePkSystem({ compartments: 1, clearanceLPerH: 2.8, centralVolumeL: 32, absorptionRatePerH: 1.5, bioavailability: 1, lagTimeH: 0 }),
 *   fourteenDosesOf320MgEvery12H, { fromH: 156, toH: 168 })
 * // { cmaxMgPerL: 13.2490302386027, tmaxH: 157.706828227824, aucMgHPerL: 114.28566417093, … } (pk.json a_one_cmt_oral)
 */
export function exposureBetween(system: PkSystem, doses: readonly Dose[], window: ExposureWindow): IntervalExposure {
  assertDoses(doses, system, "exposureBetween");
  assertExposureWindow(window, "exposureBetween");
  const { fromH, toH } = window;
  const accumulator = createExposureAccumulator(window.thresholdMgPerL);
  forEachPiece(system, doses, window, (state, piece) => measurePiece(accumulator, state, piece));
  const { cmaxMgPerL, tmaxH, cminMgPerL, tminH, aucMgHPerL, timeAboveThresholdH } = accumulator;
  return { cmaxMgPerL, tmaxH, cminMgPerL, tminH, aucMgHPerL, cavgMgPerL: aucMgHPerL / (toH - fromH), timeAboveThresholdH };
}

/**
 * Throws a RangeError, named after the calling function, unless the window has finite
 * fromH < toH and, if given, a finite threshold ≥ 0.
 *
 * @param window the window to check
 * @param functionName the public function whose precondition this is
 * @example assertExposureWindow({ fromH: 24, toH: 12 }, "exposureBetween") // throws RangeError: exposureBetween requires fromH < toH, got fromH 24 and toH 12
 */
export function assertExposureWindow(window: ExposureWindow, functionName: string): void {
  const { fromH, toH, thresholdMgPerL } = window;
  if (!Number.isFinite(fromH)) throw new RangeError(`${functionName} requires a finite fromH, got ${fromH}`);
  if (!Number.isFinite(toH)) throw new RangeError(`${functionName} requires a finite toH, got ${toH}`);
  if (!(fromH < toH)) throw new RangeError(`${functionName} requires fromH < toH, got fromH ${fromH} and toH ${toH}`);
  if (thresholdMgPerL !== undefined && !(Number.isFinite(thresholdMgPerL) && thresholdMgPerL >= 0)) {
    throw new RangeError(`${functionName} requires a non-negative thresholdMgPerL, got ${thresholdMgPerL}`);
  }
}

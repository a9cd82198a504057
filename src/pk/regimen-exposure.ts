import type { Dose } from "./dose.js";
import { assertExposureWindow, type ExposureWindow, type IntervalExposure } from "./exposure-between.js";
import { createExposureAccumulator, measurePiece } from "./piece-exposure.js";
import type { PkSystem } from "./pk-system.js";
import { walkRegimen, type CourseTotals } from "./walk-regimen.js";

/** Exposure over a window of a schedule (as exposureBetween), with the AUC from 0 and C at the window's end. */
export interface RegimenExposure extends IntervalExposure, CourseTotals {}

/**
 * exposureBetween(system, doses, window), aucBetween(system, doses, { fromH: 0, toH }) and
 * concentrationsAt(system, doses, [toH]) in one walk over the doses (walkRegimen), each the same
 * double as the separate call: what a trial needs of a patient's last dosing interval. The doses
 * are not checked here: a schedule shared by many patients is checked once, by the caller, with
 * assertDoses.
 *
 * @param system from preparePkSystem
 * @param doses the schedule (see Dose), sorted by timeH, already checked
 * @param window fromH and toH (h, 0 < toH), and an optional threshold (mg/L)
 * @example measureRegimenExposure(system, twentyEightDailyDoses, { fromH: 648, toH: 672 })
 * // { cmaxMgPerL, tmaxH, …, aucMgHPerL, aucFromZeroMgHPerL, concentrationAtEndMgPerL }
 */
export function measureRegimenExposure(system: PkSystem, doses: readonly Dose[], window: ExposureWindow): RegimenExposure {
  assertRegimenWindow(window, "measureRegimenExposure");
  const { fromH, toH } = window;
  const accumulator = createExposureAccumulator(window.thresholdMgPerL);
  const { aucFromZeroMgHPerL, concentrationAtEndMgPerL } = walkRegimen(system, doses, window, (state, piece) => measurePiece(accumulator, state, piece));
  const { cmaxMgPerL, tmaxH, cminMgPerL, tminH, aucMgHPerL, timeAboveThresholdH } = accumulator;
  return { cmaxMgPerL, tmaxH, cminMgPerL, tminH, aucMgHPerL, cavgMgPerL: aucMgHPerL / (toH - fromH), timeAboveThresholdH, aucFromZeroMgHPerL, concentrationAtEndMgPerL };
}

/**
 * Throws a RangeError, named after the calling function, unless the window is one of
 * exposureBetween (assertExposureWindow) that ends after 0, as aucBetween from 0 requires.
 *
 * @param window the window to check
 * @param functionName the public function whose precondition this is
 * @example assertRegimenWindow({ fromH: -24, toH: 0 }, "measureRegimenArea") // throws RangeError: measureRegimenArea requires a toH after 0, got 0
 */
export function assertRegimenWindow(window: ExposureWindow, functionName: string): void {
  assertExposureWindow(window, functionName);
  if (!(window.toH > 0)) throw new RangeError(`${functionName} requires a toH after 0, got ${window.toH}`);
}

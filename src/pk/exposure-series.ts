import { assertDoses } from "./assert-doses.js";
import { applyEventsAt, createDoseCursor, findNextEventTimeH } from "./dose-cursor.js";
import type { Dose } from "./dose.js";
import { integrateConcentrationAfter } from "./modal-integral.js";
import { advanceModalState, createModalState } from "./modal-state.js";
import { createExposureAccumulator, measurePiece } from "./piece-exposure.js";
import type { PkSystem } from "./pk-system.js";

/** AUC (mg·h/L) and, when asked, Cmax (mg/L) of each window [boundaries[k], boundaries[k + 1]). */
export interface ExposureSeries {
  readonly aucMgHPerL: Float64Array;
  /** Filled only with `cmax: true` (else NaN): the maximum search costs more than the area. */
  readonly cmaxMgPerL: Float64Array;
}

/**
 * Exposure over consecutive windows of one schedule in a single walk over its dose events:
 * what exposureBetween and aucBetween give window by window (events at a window's start count,
 * events at its end belong to the next), but in time linear in the doses and windows instead
 * of quadratic, for the time-driven adverse event models that read every dosing interval.
 * Each window is cut at every event inside it into dose-free pieces handled exactly (the area
 * is analytic; the maximum by measurePiece's stationary points).
 *
 * @param system from preparePkSystem
 * @param doses the schedule, sorted by timeH
 * @param boundariesH increasing window bounds, h (at least two)
 * @param options cmax: also find each window's maximum
 * @example exposureSeries(system, dailyDoses, [0, 24, 48], { cmax: false }).aucMgHPerL // the AUC of day 1 and of day 2
 */
export function exposureSeries(system: PkSystem, doses: readonly Dose[], boundariesH: ArrayLike<number>, options: { readonly cmax: boolean }): ExposureSeries {
  assertDoses(doses, system, "exposureSeries");
  const windows = boundariesH.length - 1;
  if (!(windows >= 1)) throw new RangeError(`exposureSeries requires at least two boundaries, got ${boundariesH.length}`);
  for (let index = 0; index < windows; index++) {
    const from = boundariesH[index] as number;
    const to = boundariesH[index + 1] as number;
    if (!(Number.isFinite(from) && Number.isFinite(to) && from < to)) throw new RangeError(`exposureSeries requires finite increasing boundaries, got ${from} then ${to} at index ${index}`);
  }
  const aucMgHPerL = new Float64Array(windows);
  const cmaxMgPerL = new Float64Array(windows).fill(options.cmax ? 0 : Number.NaN);
  if (doses.length === 0) return { aucMgHPerL, cmaxMgPerL };
  const state = createModalState(system);
  const cursor = createDoseCursor(doses, system.lagTimeH);
  let nextEventH = findNextEventTimeH(cursor);
  for (let window = 0; window < windows; window++) {
    const fromH = boundariesH[window] as number;
    const toH = boundariesH[window + 1] as number;
    while (nextEventH <= fromH) {
      applyEventsAt(cursor, state, nextEventH);
      nextEventH = findNextEventTimeH(cursor);
    }
    advanceModalState(state, fromH);
    const accumulator = options.cmax ? createExposureAccumulator(undefined) : undefined;
    let startH = fromH;
    let area = 0;
    for (;;) {
      const lengthH = Math.min(nextEventH, toH) - startH;
      if (accumulator === undefined) area += integrateConcentrationAfter(state, lengthH);
      else measurePiece(accumulator, state, { startH, lengthH });
      if (nextEventH >= toH) break;
      applyEventsAt(cursor, state, nextEventH);
      startH = nextEventH;
      nextEventH = findNextEventTimeH(cursor);
    }
    aucMgHPerL[window] = accumulator === undefined ? area : accumulator.aucMgHPerL;
    if (accumulator !== undefined) cmaxMgPerL[window] = accumulator.cmaxMgPerL;
  }
  return { aucMgHPerL, cmaxMgPerL };
}

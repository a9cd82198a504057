import { assertDoses } from "./assert-doses.js";
import type { Dose } from "./dose.js";
import { applyEventsAt, createDoseCursor, findNextEventTimeH } from "./dose-cursor.js";
import { concentrationAfter, createModalState, createStepMemo } from "./modal-state.js";
import type { PkSystem } from "./pk-system.js";

/**
 * Central concentrations (mg/L) at the given times, by the exact closed form of the linear
 * model: one sweep moves the modal state from event to event in time order (boluses, infusion
 * starts and stops, oral doses reaching the depot after the lag) and evaluates each time from the
 * last event at or before it. O(doses + times) for sorted times (plus a sort otherwise); nothing
 * is allocated per time or per dose. Times may come in any order, repeat, and precede the first
 * dose (→ 0). At an event time the event is included (dose first: a bolus at t is in C(t)).
 *
 * Accuracy: every concentration is a sum of non-negative modal terms, each exact to a few ulps
 * (ka equal or close to a disposition rate included), so C is exact to about 1e-15 relative,
 * plus the rounding of exponents of size rate · t (≈ 1e-16 · rate · t). Checked against deSolve
 * lsoda (rtol 1e-10) in test/reference/pk.json and pk-extra.json to about 1e-10.
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 1–3 and
 * appendix C (closed forms and superposition).
 *
 * @param system from preparePkSystem
 * @param doses the schedule (see Dose), sorted by timeH
 * @param timesH where to evaluate, h, finite
 * @param out where to write (length timesH.length); a new array if left out
 * @returns out, one concentration per time, mg/L
 * @example concentrationsAt(preparePkSystem({ compartments: 1, clearanceLPerH: 2.8, centralVolumeL: 32, absorptionRatePerH: 1.5, bioavailability: 1, lagTimeH: 0 }),
 *   [{ route: "oral", timeH: 0, amountMg: 320 }], [0.5]) // Float64Array [5.148601838534906] (pk.json a_one_cmt_oral: 5.1486018385349)
 */
export function concentrationsAt(system: PkSystem, doses: readonly Dose[], timesH: ArrayLike<number>, out?: Float64Array): Float64Array {
  assertDoses(doses, system, "concentrationsAt");
  const isSorted = assertFiniteTimes(timesH);
  if (out !== undefined && out.length !== timesH.length) {
    throw new RangeError(`concentrationsAt requires out to have ${timesH.length} elements like timesH, got ${out.length}`);
  }
  const concentrationsMgPerL = out ?? new Float64Array(timesH.length);
  const order = isSorted ? undefined : sortTimeIndices(timesH);
  const state = createModalState(system);
  const memo = timesH.length > STEP_MEMO_HOURS ? createStepMemo(system, STEP_MEMO_HOURS) : undefined;
  const cursor = createDoseCursor(doses, system.lagTimeH);
  let nextEventTimeH = findNextEventTimeH(cursor);
  for (let rank = 0; rank < timesH.length; rank++) {
    const index = order === undefined ? rank : (order[rank] as number);
    const timeH = timesH[index] as number;
    while (nextEventTimeH <= timeH) {
      applyEventsAt(cursor, state, nextEventTimeH);
      nextEventTimeH = findNextEventTimeH(cursor);
    }
    concentrationsMgPerL[index] = concentrationAfter(state, timeH - state.timeH, memo);
  }
  return concentrationsMgPerL;
}

/** Whole-hour steps remembered for long time grids (a day, the commonest dosing interval). */
const STEP_MEMO_HOURS = 24;

/** Throws unless every time is finite; returns whether they are in non-decreasing order. */
function assertFiniteTimes(timesH: ArrayLike<number>): boolean {
  let isSorted = true;
  for (let index = 0; index < timesH.length; index++) {
    const timeH = timesH[index] as number;
    if (!Number.isFinite(timeH)) throw new RangeError(`concentrationsAt requires finite timesH, got ${timeH} at index ${index}`);
    if (index > 0 && timeH < (timesH[index - 1] as number)) isSorted = false;
  }
  return isSorted;
}

/** Indices of the times in time order, ties by index (deterministic whatever the sort). */
function sortTimeIndices(timesH: ArrayLike<number>): Uint32Array {
  const order = new Uint32Array(timesH.length);
  for (let index = 0; index < order.length; index++) order[index] = index;
  return order.sort((left, right) => (timesH[left] as number) - (timesH[right] as number) || left - right);
}

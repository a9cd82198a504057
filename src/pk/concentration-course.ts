import { assertDoses } from "./assert-doses.js";
import type { Dose } from "./dose.js";
import { applyEventsAt, createDoseCursor, findNextEventTimeH } from "./dose-cursor.js";
import { concentrationAfter, createModalState } from "./modal-state.js";
import type { PkSystem } from "./pk-system.js";

/** A patient's concentration time course, for callers that ask C(t) in any order (ODE-driven PD). */
export interface ConcentrationCourse {
  /** Central concentration at a time (mg/L): a dose at t counts (dose first). */
  at(timeH: number): number;
  /** Times where the course has a kink or jump (doses after lag, infusion starts and stops), h. */
  readonly breakpointsH: readonly number[];
}

/** Index of the last snapshot at or before t (−1 before the first). */
function lastAtOrBefore(timesH: Float64Array, timeH: number): number {
  let low = 0;
  let high = timesH.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((timesH[middle] as number) <= timeH) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/**
 * Prepares C(t) for queries in any order: the modal state just after every event is kept,
 * so a query costs a binary search and one evaluation of the modes (O(log events +
 * compartments)) instead of a pass over every dose. Exact, like concentrationsAt.
 *
 * @example createConcentrationCourse(preparePkSystem(p), doses).at(12) // equals concentrationsAt(system, doses, [12])[0]
 */
export function createConcentrationCourse(system: PkSystem, doses: readonly Dose[]): ConcentrationCourse {
  assertDoses(doses, system, "createConcentrationCourse");
  const state = createModalState(system);
  const cursor = createDoseCursor(doses, system.lagTimeH);
  const modeCount = state.modeConcentrationsMgPerL.length;
  const times: number[] = [];
  const modes: number[] = [];
  const depots: number[] = [];
  const rates: number[] = [];
  for (let next = findNextEventTimeH(cursor); next < Infinity; next = findNextEventTimeH(cursor)) {
    applyEventsAt(cursor, state, next);
    times.push(next);
    modes.push(...state.modeConcentrationsMgPerL);
    depots.push(state.depotMg);
    rates.push(state.infusionRateMgPerH);
  }
  const timesH = Float64Array.from(times);
  const scratch = createModalState(system);
  return {
    breakpointsH: times,
    at(timeH: number): number {
      const index = lastAtOrBefore(timesH, timeH);
      if (index < 0) return 0;
      for (let mode = 0; mode < modeCount; mode++) scratch.modeConcentrationsMgPerL[mode] = modes[index * modeCount + mode] as number;
      scratch.depotMg = depots[index] as number;
      scratch.infusionRateMgPerH = rates[index] as number;
      scratch.timeH = timesH[index] as number;
      return concentrationAfter(scratch, timeH - scratch.timeH);
    },
  };
}

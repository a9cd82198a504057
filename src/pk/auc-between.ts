import { assertDoses } from "./assert-doses.js";
import type { Dose } from "./dose.js";
import { applyEventsAt, createDoseCursor, findNextEventTimeH } from "./dose-cursor.js";
import { integrateConcentrationAfter } from "./modal-integral.js";
import { advanceModalState, createModalState } from "./modal-state.js";
import type { PkSystem } from "./pk-system.js";

/**
 * ∫ C dt over [fromH, toH] (mg·h/L), exactly: the AUC of exposureBetween without the
 * search for extremes, for callers that need only the area (e.g. a cumulative AUC over
 * many doses, where the extremes search would dominate the cost).
 *
 * @example aucBetween(system, [{ route: "iv-bolus", timeH: 0, amountMg: 100 }], { fromH: 0, toH: 1e4 }) // ≈ 100 / CL
 */
export function aucBetween(system: PkSystem, doses: readonly Dose[], window: { readonly fromH: number; readonly toH: number }): number {
  assertDoses(doses, system, "aucBetween");
  const { fromH, toH } = window;
  if (!(Number.isFinite(fromH) && Number.isFinite(toH) && fromH < toH)) throw new RangeError(`aucBetween requires finite fromH < toH, got fromH ${fromH} and toH ${toH}`);
  const state = createModalState(system);
  const cursor = createDoseCursor(doses, system.lagTimeH);
  let nextEventTimeH = findNextEventTimeH(cursor);
  while (nextEventTimeH <= fromH) {
    applyEventsAt(cursor, state, nextEventTimeH);
    nextEventTimeH = findNextEventTimeH(cursor);
  }
  advanceModalState(state, fromH);
  let aucMgHPerL = 0;
  let startH = fromH;
  for (;;) {
    aucMgHPerL += integrateConcentrationAfter(state, Math.min(nextEventTimeH, toH) - startH);
    if (nextEventTimeH >= toH) return aucMgHPerL;
    applyEventsAt(cursor, state, nextEventTimeH);
    startH = nextEventTimeH;
    nextEventTimeH = findNextEventTimeH(cursor);
  }
}

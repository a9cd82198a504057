import type { Dose } from "./dose.js";
import { applyEventsAt, createDoseCursor, findNextEventTimeH } from "./dose-cursor.js";
import { advanceModalState, createModalState, type ModalState } from "./modal-state.js";
import type { PkSystem } from "./pk-system.js";

/**
 * Visits the pieces of [fromH, toH] between consecutive dose events (doses after lag,
 * infusion starts and stops), with the modal state at each piece's start: on each piece C(t)
 * is a fixed sum of exponentials. Doses are assumed checked by the caller.
 */
export function forEachPiece(
  system: PkSystem,
  doses: readonly Dose[],
  window: { readonly fromH: number; readonly toH: number },
  visit: (state: ModalState, piece: { readonly startH: number; readonly lengthH: number }) => void,
): void {
  const { fromH, toH } = window;
  const state = createModalState(system);
  const cursor = createDoseCursor(doses, system.lagTimeH);
  let nextEventTimeH = findNextEventTimeH(cursor);
  while (nextEventTimeH <= fromH) {
    applyEventsAt(cursor, state, nextEventTimeH);
    nextEventTimeH = findNextEventTimeH(cursor);
  }
  advanceModalState(state, fromH);
  let startH = fromH;
  for (;;) {
    visit(state, { startH, lengthH: Math.min(nextEventTimeH, toH) - startH });
    if (nextEventTimeH >= toH) return;
    applyEventsAt(cursor, state, nextEventTimeH);
    startH = nextEventTimeH;
    nextEventTimeH = findNextEventTimeH(cursor);
  }
}

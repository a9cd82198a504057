import type { Dose } from "./dose.js";
import { applyEventsAt, createDoseCursor, findNextEventTimeH, type DoseCursor } from "./dose-cursor.js";
import { advanceModalState, createModalState, type ModalState } from "./modal-state.js";
import type { PkSystem } from "./pk-system.js";

/** A window of the profile, h (finite, fromH < toH). */
export interface PieceWindow {
  readonly fromH: number;
  readonly toH: number;
}

/** Visits one dose-free piece, with the state at its start (not to be changed). */
export type PieceVisitor = (state: ModalState, piece: { readonly startH: number; readonly lengthH: number }) => void;

/**
 * Visits the pieces of [fromH, toH] between consecutive dose events (doses after lag,
 * infusion starts and stops), with the modal state at each piece's start: on each piece C(t)
 * is a fixed sum of exponentials. Doses are assumed checked by the caller.
 */
export function forEachPiece(system: PkSystem, doses: readonly Dose[], window: PieceWindow, visit: PieceVisitor): void {
  const state = createModalState(system);
  const cursor = createDoseCursor(doses, system.lagTimeH);
  let nextEventTimeH = findNextEventTimeH(cursor);
  while (nextEventTimeH <= window.fromH) {
    applyEventsAt(cursor, state, nextEventTimeH);
    nextEventTimeH = findNextEventTimeH(cursor);
  }
  forEachPieceFrom(state, cursor, window, visit);
}

/**
 * The second half of forEachPiece, from a state and cursor that have taken every event at or
 * before fromH and none after: moves the state to fromH, then visits the pieces up to toH,
 * applying the events inside the window (the events at toH are left to the cursor).
 *
 * @param state moved along, in place
 * @param cursor moved along, in place
 * @param window fromH and toH, h
 * @param visit called once per piece, in time order
 */
export function forEachPieceFrom(state: ModalState, cursor: DoseCursor, window: PieceWindow, visit: PieceVisitor): void {
  const { fromH, toH } = window;
  let nextEventTimeH = findNextEventTimeH(cursor);
  // A state already at fromH (an event there) stays as it is: moving it by 0 h would change no bit.
  if (state.timeH !== fromH) advanceModalState(state, fromH);
  let startH = fromH;
  for (;;) {
    visit(state, { startH, lengthH: Math.min(nextEventTimeH, toH) - startH });
    if (nextEventTimeH >= toH) return;
    applyEventsAt(cursor, state, nextEventTimeH);
    startH = nextEventTimeH;
    nextEventTimeH = findNextEventTimeH(cursor);
  }
}

import type { Dose } from "./dose.js";
import { applyEventsAt, copyDoseCursor, createDoseCursor, findNextEventTimeH, type DoseCursor } from "./dose-cursor.js";
import { integrateConcentrationAfter } from "./modal-integral.js";
import { concentrationAfter, copyModalState, createModalState, type ModalState } from "./modal-state.js";
import type { PkSystem } from "./pk-system.js";
import { forEachPiece, forEachPieceFrom, type PieceVisitor, type PieceWindow } from "./walk-pieces.js";

/** What the whole course gives up to the end of a window. */
export interface CourseTotals {
  /** ∫ C dt over [0, toH], mg·h/L: what aucBetween gives for { fromH: 0, toH }. */
  readonly aucFromZeroMgHPerL: number;
  /** C at toH, the events at toH included, mg/L: what concentrationsAt gives at toH. */
  readonly concentrationAtEndMgPerL: number;
}

/**
 * One walk over a schedule's events that does the work of three: it visits the pieces of the
 * window [fromH, toH] as forEachPiece does, and returns the AUC over [0, toH] and C(toH). Each
 * result comes from the very states and pieces the separate sweeps would use, so it is the same
 * double: the sweep from event to event is shared; where the window starts between two events
 * (a missed dose), the window follows its own copy of the state from fromH on, as forEachPiece
 * would. A schedule with events before 0 (never built by twin-trial) is walked three times.
 * Doses are assumed checked by the caller (assertDoses), the window too (0 < toH, fromH < toH).
 *
 * Reference: superposition for linear pharmacokinetics, Gibaldi, M. & Perrier, D. (1982).
 * Pharmacokinetics, 2nd ed., ch. 3.
 *
 * @param system from preparePkSystem
 * @param doses the schedule, sorted by timeH
 * @param window fromH and toH, h
 * @param visit called once per piece of the window, in time order
 * @example walkRegimen(system, dailyDoses, { fromH: 648, toH: 672 }, visit) // { aucFromZeroMgHPerL: aucBetween(…, { fromH: 0, toH: 672 }), concentrationAtEndMgPerL: … }
 */
export function walkRegimen(system: PkSystem, doses: readonly Dose[], window: PieceWindow, visit: PieceVisitor): CourseTotals {
  const cursor = createDoseCursor(doses, system.lagTimeH);
  if (findNextEventTimeH(cursor) < 0) return walkSeparately(system, doses, window, visit);
  const state = createModalState(system);
  const beforeMgHPerL = integrateBeforeWindow(state, cursor, window.fromH);
  const course = { window, visit, beforeMgHPerL };
  // An event at fromH: the window's pieces are the course's; else the window follows a copy of the state.
  const aucFromZeroMgHPerL = state.timeH === window.fromH ? walkSharedWindow(state, cursor, course) : walkOwnWindow(state, cursor, course);
  return { aucFromZeroMgHPerL, concentrationAtEndMgPerL: concentrationAtEnd(state, cursor, window.toH) };
}

/** The rest of the course after integrateBeforeWindow: the window, its visitor and the area so far, mg·h/L. */
interface CourseAfter {
  readonly window: PieceWindow;
  readonly visit: PieceVisitor;
  readonly beforeMgHPerL: number;
}

/**
 * Applies every event at or before fromH, and returns the area of the pieces between them that
 * end by fromH, one by one from 0 (the piece reaching into the window is left to the caller).
 */
function integrateBeforeWindow(state: ModalState, cursor: DoseCursor, fromH: number): number {
  let areaMgHPerL = 0;
  for (let nextEventTimeH = findNextEventTimeH(cursor); nextEventTimeH <= fromH; ) {
    applyEventsAt(cursor, state, nextEventTimeH);
    nextEventTimeH = findNextEventTimeH(cursor);
    if (nextEventTimeH <= fromH) areaMgHPerL += integrateConcentrationAfter(state, nextEventTimeH - state.timeH);
  }
  return areaMgHPerL;
}

/** The window's pieces on the course's own state: each is visited and added to the area from 0. */
function walkSharedWindow(state: ModalState, cursor: DoseCursor, course: CourseAfter): number {
  const running = { areaMgHPerL: course.beforeMgHPerL };
  forEachPieceFrom(state, cursor, course.window, (shared, piece) => {
    course.visit(shared, piece);
    running.areaMgHPerL += integrateConcentrationAfter(shared, piece.lengthH);
  });
  return running.areaMgHPerL;
}

/**
 * A window that starts between two events (or before the first): it is walked on a copy of the
 * state, moved to fromH as forEachPiece does, while the course's area goes on uncut (the piece
 * across fromH, then one piece per event up to toH). Before any event the body is empty: its
 * piece from 0 adds exactly 0 and is left out.
 */
function walkOwnWindow(state: ModalState, cursor: DoseCursor, course: CourseAfter): number {
  const { toH } = course.window;
  let areaMgHPerL = course.beforeMgHPerL;
  let nextEventTimeH = findNextEventTimeH(cursor);
  if (state.timeH > -Infinity) areaMgHPerL += integrateConcentrationAfter(state, Math.min(nextEventTimeH, toH) - state.timeH);
  forEachPieceFrom(copyModalState(state), copyDoseCursor(cursor), course.window, course.visit);
  while (nextEventTimeH < toH) {
    applyEventsAt(cursor, state, nextEventTimeH);
    nextEventTimeH = findNextEventTimeH(cursor);
    areaMgHPerL += integrateConcentrationAfter(state, Math.min(nextEventTimeH, toH) - state.timeH);
  }
  return areaMgHPerL;
}

/**
 * walkRegimen without the AUC from 0: visits the pieces of the window [fromH, toH] as
 * forEachPiece does and returns C(toH) as concentrationsAt gives it, in one walk over the events
 * (the window follows a copy of the state when it starts between two events). Doses are assumed
 * checked by the caller (assertDoses), the window too (fromH < toH).
 *
 * @param system from preparePkSystem
 * @param doses the schedule, sorted by timeH
 * @param window fromH and toH, h
 * @param visit called once per piece of the window, in time order
 * @returns C(toH), the events at toH included, mg/L
 * @example walkWindow(system, dailyDoses, { fromH: 648, toH: 672 }, visit) // concentrationsAt(system, dailyDoses, [672])[0]
 */
export function walkWindow(system: PkSystem, doses: readonly Dose[], window: PieceWindow, visit: PieceVisitor): number {
  const state = createModalState(system);
  const cursor = createDoseCursor(doses, system.lagTimeH);
  for (let nextEventTimeH = findNextEventTimeH(cursor); nextEventTimeH <= window.fromH; nextEventTimeH = findNextEventTimeH(cursor)) {
    applyEventsAt(cursor, state, nextEventTimeH);
  }
  if (state.timeH === window.fromH) forEachPieceFrom(state, cursor, window, visit);
  else forEachPieceFrom(copyModalState(state), copyDoseCursor(cursor), window, visit);
  return concentrationAtEnd(state, cursor, window.toH);
}

/** C(toH) from a state that has taken every event before toH: the events at toH first, as concentrationsAt. */
function concentrationAtEnd(state: ModalState, cursor: DoseCursor, toH: number): number {
  for (let nextEventTimeH = findNextEventTimeH(cursor); nextEventTimeH <= toH; nextEventTimeH = findNextEventTimeH(cursor)) {
    applyEventsAt(cursor, state, nextEventTimeH);
  }
  return concentrationAfter(state, toH - state.timeH);
}

/** The three sweeps one after the other: the window, the AUC from 0 (cut at 0 like aucBetween) and C(toH). */
function walkSeparately(system: PkSystem, doses: readonly Dose[], window: PieceWindow, visit: PieceVisitor): CourseTotals {
  forEachPiece(system, doses, window, visit);
  let aucFromZeroMgHPerL = 0;
  forEachPiece(system, doses, { fromH: 0, toH: window.toH }, (state, piece) => (aucFromZeroMgHPerL += integrateConcentrationAfter(state, piece.lengthH)));
  return { aucFromZeroMgHPerL, concentrationAtEndMgPerL: concentrationAtEnd(createModalState(system), createDoseCursor(doses, system.lagTimeH), window.toH) };
}

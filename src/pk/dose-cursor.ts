import type { Dose } from "./dose.js";
import { advanceModalState, type ModalState } from "./modal-state.js";

/**
 * A position in the event timeline of a schedule. The events are merged on the fly from three
 * sources, each in time order: boluses and infusion starts (at timeH, in dose order), oral doses
 * reaching the depot (at timeH + lag, in dose order) and infusion stops (at timeH + durationH,
 * kept in a small list of running infusions). Mutable; nothing is allocated per event except
 * one list entry per infusion.
 */
export interface DoseCursor {
  readonly doses: readonly Dose[];
  readonly lagTimeH: number;
  /** Index of the next bolus or infusion start, or doses.length. */
  directIndex: number;
  /** Index of the next oral dose to reach the depot, or doses.length. */
  oralIndex: number;
  /** Stop times of the running infusions, h (unordered). */
  readonly stopTimesH: number[];
  /** Their rates, mg/h, entry by entry; the state's infusion rate is always their sum. */
  readonly stopRatesMgPerH: number[];
}

/**
 * A cursor before the first event of a schedule (doses already checked, sorted by timeH).
 *
 * Reference: NONMEM's event records (dose, infusion with RATE/DUR, ALAG) and mrgsolve's event
 * ordering (`recsort`), of which "dose first at equal times" is the default.
 *
 * @param doses the schedule
 * @param lagTimeH oral absorption lag, h
 * @example findNextEventTimeH(createDoseCursor([{ route: "oral", timeH: 0, amountMg: 200 }], 0.5)) // 0.5
 */
export function createDoseCursor(doses: readonly Dose[], lagTimeH: number): DoseCursor {
  return { doses, lagTimeH, directIndex: skipOral(doses, 0), oralIndex: skipNonOral(doses, 0), stopTimesH: [], stopRatesMgPerH: [] };
}

/**
 * A new cursor at the same position as the given one (its running infusions copied), to follow
 * a second path through the rest of the events.
 *
 * @param cursor copied, not moved
 * @example findNextEventTimeH(copyDoseCursor(cursor)) // the same as findNextEventTimeH(cursor)
 */
export function copyDoseCursor(cursor: DoseCursor): DoseCursor {
  const { doses, lagTimeH, directIndex, oralIndex } = cursor;
  return { doses, lagTimeH, directIndex, oralIndex, stopTimesH: [...cursor.stopTimesH], stopRatesMgPerH: [...cursor.stopRatesMgPerH] };
}

function skipOral(doses: readonly Dose[], index: number): number {
  while (index < doses.length && (doses[index] as Dose).route === "oral") index++;
  return index;
}

function skipNonOral(doses: readonly Dose[], index: number): number {
  while (index < doses.length && (doses[index] as Dose).route !== "oral") index++;
  return index;
}

/**
 * The time of the next event, h, or Infinity when the schedule is exhausted: the earliest of
 * the next bolus or infusion start, the next oral dose plus the lag, and the running infusions'
 * stops.
 *
 * Reference: a k-way merge of sorted streams, Knuth, D. E. TAOCP vol. 3, §5.4.1.
 *
 * @param cursor the position (not moved)
 * @example findNextEventTimeH(createDoseCursor([{ route: "infusion", timeH: 2, amountMg: 500, durationH: 1 }], 0)) // 2
 */
export function findNextEventTimeH(cursor: DoseCursor): number {
  const { doses } = cursor;
  let nextTimeH = Infinity;
  if (cursor.directIndex < doses.length) nextTimeH = (doses[cursor.directIndex] as Dose).timeH;
  if (cursor.oralIndex < doses.length) nextTimeH = Math.min(nextTimeH, (doses[cursor.oralIndex] as Dose).timeH + cursor.lagTimeH);
  const { stopTimesH } = cursor;
  for (let entry = 0; entry < stopTimesH.length; entry++) nextTimeH = Math.min(nextTimeH, stopTimesH[entry] as number);
  return nextTimeH;
}

/**
 * Moves the state to timeH and applies every event at exactly that time, infusion stops first:
 * a bolus adds weight_j · amountMg to each mode, an infusion start adds amountMg / durationH to
 * the infusion rate, an oral dose adds F · amountMg to the depot. timeH must be the cursor's next
 * event time (findNextEventTimeH), so no event is skipped.
 *
 * Reference: superposition for linear pharmacokinetics, Gibaldi, M. & Perrier, D. (1982).
 * Pharmacokinetics, 2nd ed., ch. 3; a bolus of D into the central compartment is D · weight_j in
 * each mode (deriveDispositionModes).
 *
 * @param cursor moved past the events at timeH
 * @param state moved to timeH, then changed by the events
 * @param timeH the event time, h
 * @example applyEventsAt(cursor, state, 0) // after a 100 mg bolus at 0 h into V1 = 10 L (1 compartment): Σ modes = 10 mg/L
 */
export function applyEventsAt(cursor: DoseCursor, state: ModalState, timeH: number): void {
  advanceModalState(state, timeH);
  stopInfusionsAt(cursor, state, timeH);
  const { doses } = cursor;
  while (cursor.directIndex < doses.length && (doses[cursor.directIndex] as Dose).timeH === timeH) {
    startDirectDose(cursor, state, doses[cursor.directIndex] as Dose);
    cursor.directIndex = skipOral(doses, cursor.directIndex + 1);
  }
  while (cursor.oralIndex < doses.length && (doses[cursor.oralIndex] as Dose).timeH + cursor.lagTimeH === timeH) {
    state.depotMg += state.system.bioavailability * (doses[cursor.oralIndex] as Dose).amountMg;
    cursor.oralIndex = skipNonOral(doses, cursor.oralIndex + 1);
  }
}

function stopInfusionsAt(cursor: DoseCursor, state: ModalState, timeH: number): void {
  const { stopTimesH, stopRatesMgPerH } = cursor;
  let stopped = false;
  for (let entry = stopTimesH.length - 1; entry >= 0; entry--) {
    if (stopTimesH[entry] !== timeH) continue;
    // Swap with the last entry and drop it: the list is unordered.
    stopTimesH[entry] = stopTimesH[stopTimesH.length - 1] as number;
    stopRatesMgPerH[entry] = stopRatesMgPerH[stopRatesMgPerH.length - 1] as number;
    stopTimesH.pop();
    stopRatesMgPerH.pop();
    stopped = true;
  }
  if (stopped) state.infusionRateMgPerH = sumRunningRatesMgPerH(cursor);
}

/**
 * The sum of the running infusions' rates, recomputed rather than updated: subtracting a stopped
 * rate would leave a rounding residue ((64 + r) − 64 is r without its last 8 bits when r ≈ 0.25),
 * which a still running infusion of 0 mg would carry on as a spurious input.
 */
function sumRunningRatesMgPerH(cursor: DoseCursor): number {
  let sumMgPerH = 0;
  for (const rateMgPerH of cursor.stopRatesMgPerH) sumMgPerH += rateMgPerH;
  return sumMgPerH;
}

function startDirectDose(cursor: DoseCursor, state: ModalState, dose: Dose): void {
  if (dose.route === "iv-bolus") {
    const modes = state.modeConcentrationsMgPerL;
    const weightsPerL = state.system.modeWeightsPerL;
    for (let mode = 0; mode < modes.length; mode++) modes[mode] = (modes[mode] as number) + (weightsPerL[mode] as number) * dose.amountMg;
    return;
  }
  const durationH = dose.durationH as number;
  cursor.stopTimesH.push(dose.timeH + durationH);
  cursor.stopRatesMgPerH.push(dose.amountMg / durationH);
  state.infusionRateMgPerH = sumRunningRatesMgPerH(cursor);
}

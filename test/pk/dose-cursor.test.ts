import { describe, expect, it } from "vitest";
import { applyEventsAt, createDoseCursor, findNextEventTimeH } from "../../src/pk/dose-cursor.js";
import { preparePkSystem, type Dose } from "../../src/pk/index.js";
import { createModalState } from "../../src/pk/modal-state.js";
import { ONE_CMT_ORAL } from "./model-fixtures.js";

const SYSTEM = preparePkSystem({ ...ONE_CMT_ORAL, bioavailability: 0.5, lagTimeH: 1 });

/** All event times of a schedule, applying each in turn. */
function eventTimesH(doses: readonly Dose[]): number[] {
  const cursor = createDoseCursor(doses, SYSTEM.lagTimeH);
  const state = createModalState(SYSTEM);
  const timesH: number[] = [];
  for (let timeH = findNextEventTimeH(cursor); timeH < Infinity; timeH = findNextEventTimeH(cursor)) {
    timesH.push(timeH);
    applyEventsAt(cursor, state, timeH);
  }
  return timesH;
}

describe("dose cursor", () => {
  it("has no event for an empty schedule", () => {
    expect(findNextEventTimeH(createDoseCursor([], 0))).toBe(Infinity);
  });

  it("doc examples: an oral dose reaches the depot after the lag; an infusion starts at its time", () => {
    expect(findNextEventTimeH(createDoseCursor([{ route: "oral", timeH: 0, amountMg: 200 }], 0.5))).toBe(0.5);
    expect(findNextEventTimeH(createDoseCursor([{ route: "infusion", timeH: 2, amountMg: 500, durationH: 1 }], 0))).toBe(2);
  });

  it("doc example: a 100 mg bolus at 0 h into V1 = 10 L gives 10 mg/L", () => {
    const system = preparePkSystem({ compartments: 1, clearanceLPerH: 5, centralVolumeL: 10, bioavailability: 1, lagTimeH: 0 });
    const cursor = createDoseCursor([{ route: "iv-bolus", timeH: 0, amountMg: 100 }], 0);
    const state = createModalState(system);
    applyEventsAt(cursor, state, 0);
    expect(state.modeConcentrationsMgPerL[0]).toBe(10);
    expect(findNextEventTimeH(cursor)).toBe(Infinity);
  });

  it("merges boluses, lagged oral doses and infusion stops in time order, equal times once", () => {
    const doses: Dose[] = [
      { route: "oral", timeH: 0, amountMg: 100 },
      { route: "infusion", timeH: 0.5, amountMg: 60, durationH: 3 },
      { route: "iv-bolus", timeH: 1, amountMg: 10 },
      { route: "infusion", timeH: 1.5, amountMg: 10, durationH: 0.5 },
      { route: "oral", timeH: 2.5, amountMg: 100 },
    ];
    expect(eventTimesH(doses)).toEqual([0.5, 1, 1.5, 2, 3.5]);
  });

  it("applies F to oral doses, all doses at one time together, and tracks overlapping infusions", () => {
    const doses: Dose[] = [
      { route: "oral", timeH: 0, amountMg: 100 },
      { route: "oral", timeH: 0, amountMg: 60 },
      { route: "infusion", timeH: 1, amountMg: 30, durationH: 3 },
      { route: "infusion", timeH: 1, amountMg: 0.3, durationH: 0.3 },
    ];
    const cursor = createDoseCursor(doses, SYSTEM.lagTimeH);
    const state = createModalState(SYSTEM);
    applyEventsAt(cursor, state, 1);
    expect(state.depotMg).toBe(80);
    expect(state.infusionRateMgPerH).toBe(10 + 0.3 / 0.3);
    expect(findNextEventTimeH(cursor)).toBe(1.3);
    applyEventsAt(cursor, state, 1.3);
    expect(state.infusionRateMgPerH).toBe(10);
    expect(findNextEventTimeH(cursor)).toBe(4);
    applyEventsAt(cursor, state, 4);
    expect(state.infusionRateMgPerH).toBe(0);
  });

  // 1/64 h at 64 mg/h next to 0.25 mg/h: (64 + 0.25...) − 64 would not give the second rate back
  // to the last bit, and a still running infusion of 0 mg would carry the residue on.
  it("recomputes the infusion rate from the running infusions, so no rounding residue remains", () => {
    const doses: Dose[] = [
      { route: "infusion", timeH: 0, amountMg: 1, durationH: 1 / 64 },
      { route: "infusion", timeH: 0, amountMg: 1, durationH: 4.015625 },
      { route: "infusion", timeH: 0, amountMg: 0, durationH: 7.828125 },
    ];
    const cursor = createDoseCursor(doses, 0);
    const state = createModalState(SYSTEM);
    applyEventsAt(cursor, state, 0);
    applyEventsAt(cursor, state, 1 / 64);
    expect(state.infusionRateMgPerH).toBe(1 / 4.015625);
    applyEventsAt(cursor, state, 4.015625);
    expect(state.infusionRateMgPerH).toBe(0);
    expect(findNextEventTimeH(cursor)).toBe(7.828125);
  });
});

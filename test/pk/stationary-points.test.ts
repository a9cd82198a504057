import { describe, expect, it } from "vitest";
import { applyEventsAt, createDoseCursor, findNextEventTimeH } from "../../src/pk/dose-cursor.js";
import { preparePkSystem, type Dose } from "../../src/pk/index.js";
import { createModalState, slopeAfter, type ModalState } from "../../src/pk/modal-state.js";
import { findStationaryPoints } from "../../src/pk/stationary-points.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { ONE_CMT_ORAL, TWO_CMT } from "./model-fixtures.js";

/** The state just after every event up to and including timeH. */
function stateAfterEvents(parameters: Parameters<typeof preparePkSystem>[0], doses: readonly Dose[], timeH: number): ModalState {
  const system = preparePkSystem(parameters);
  const cursor = createDoseCursor(doses, system.lagTimeH);
  const state = createModalState(system);
  for (let next = findNextEventTimeH(cursor); next <= timeH; next = findNextEventTimeH(cursor)) applyEventsAt(cursor, state, next);
  return state;
}

describe("findStationaryPoints", () => {
  it("finds none for an empty body or a falling bolus profile", () => {
    expect(findStationaryPoints(createModalState(preparePkSystem(TWO_CMT)), { lengthH: 12, toleranceH: 0 })).toEqual([]);
    const bolus = stateAfterEvents(TWO_CMT, [{ route: "iv-bolus", timeH: 0, amountMg: 100 }], 0);
    expect(findStationaryPoints(bolus, { lengthH: 100, toleranceH: 0 })).toEqual([]);
  });

  // Gibaldi & Perrier ch. 1: single-dose tmax = ln(ka/k) / (ka − k) = 2.0117391813994567 h.
  it("doc example: the peak of one oral dose", () => {
    const state = stateAfterEvents(ONE_CMT_ORAL, [{ route: "oral", timeH: 0, amountMg: 320 }], 0);
    const [peakH, ...rest] = findStationaryPoints(state, { lengthH: 12, toleranceH: 0 });
    expect(peakH).toBe(2.0117391813994567);
    expectRelativeClose(peakH as number, Math.log(1.5 / 0.0875) / 1.4125, 2e-16, "tmax");
    expect(rest).toEqual([]);
  });

  // A large, slowly absorbed oral dose given 1 h after a bolus (Q2 = 10 L/h: fast distribution,
  // α ≈ 1.6 /h): C first falls (a minimum 1.7 h after the oral dose), then the absorption lifts it
  // to a peak (10.1 h), then it falls. Both are found on every piece length, also 400 h, where a
  // uniform grid of 32 cells (12.5 h each) would hold both in its first cell and see no sign
  // change: the first cell is refined by halving (here to 6.25, 3.125, … h).
  it("finds an early minimum and the following maximum, even on a long piece", () => {
    const parameters = { ...TWO_CMT, q2LPerH: 10, absorptionRatePerH: 0.03 };
    const doses: Dose[] = [{ route: "iv-bolus", timeH: 0, amountMg: 500 }, { route: "oral", timeH: 1, amountMg: 3000 }];
    const state = stateAfterEvents(parameters, doses, 1);
    for (const lengthH of [12, 100, 400]) {
      const points = findStationaryPoints(state, { lengthH, toleranceH: 0 });
      expect(points.length, `${points.join(", ")} on ${lengthH} h`).toBe(2);
      const [minimumH, maximumH] = points as [number, number];
      expect(minimumH).toBeGreaterThan(1.5);
      expect(maximumH).toBeGreaterThan(10);
      // The slope is a difference of terms of ~100 mg/L/h: its rounding is ~1e-14 of that.
      for (const pointH of points) expect(Math.abs(slopeAfter(state, pointH))).toBeLessThan(1e-12);
      expect(slopeAfter(state, minimumH / 2)).toBeLessThan(0);
      expect(slopeAfter(state, (minimumH + maximumH) / 2)).toBeGreaterThan(0);
      expect(slopeAfter(state, maximumH + 1)).toBeLessThan(0);
    }
  });
});

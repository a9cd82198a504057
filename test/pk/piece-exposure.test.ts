import { describe, expect, it } from "vitest";
import { applyEventsAt, createDoseCursor } from "../../src/pk/dose-cursor.js";
import { preparePkSystem } from "../../src/pk/index.js";
import { createModalState } from "../../src/pk/modal-state.js";
import { createExposureAccumulator, measurePiece } from "../../src/pk/piece-exposure.js";
import { ONE_CMT_ORAL } from "./model-fixtures.js";

describe("piece exposure", () => {
  it("doc example: an empty accumulator", () => {
    expect(createExposureAccumulator(undefined)).toEqual({
      cmaxMgPerL: -Infinity,
      tmaxH: Number.NaN,
      cminMgPerL: Infinity,
      tminH: Number.NaN,
      aucMgHPerL: 0,
      timeAboveThresholdH: 0,
      thresholdMgPerL: undefined,
    });
  });

  // Gibaldi & Perrier ch. 1: tmax = ln(ka/k) / (ka − k); the profile starts at 0 (nothing absorbed).
  it("doc example: the first 12 h after 320 mg oral (1 compartment)", () => {
    const system = preparePkSystem(ONE_CMT_ORAL);
    const state = createModalState(system);
    applyEventsAt(createDoseCursor([{ route: "oral", timeH: 0, amountMg: 320 }], 0), state, 0);
    const accumulator = createExposureAccumulator(5);
    measurePiece(accumulator, state, { startH: 0, lengthH: 12 });
    expect(accumulator.tmaxH).toBe(2.0117391813994567);
    expect([accumulator.cminMgPerL, accumulator.tminH]).toEqual([0, 0]);
    expect(accumulator.timeAboveThresholdH).toBeGreaterThan(0);
    expect(accumulator.aucMgHPerL).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from "vitest";
import { sumIntervalAreas } from "../../src/nca/index.js";

const linear = (durationH: number, startMgPerL: number, endMgPerL: number): number => (durationH * (startMgPerL + endMgPerL)) / 2;

describe("sumIntervalAreas", () => {
  it("doc example: 1·4/2 + 2·6/2 = 8", () => {
    expect(sumIntervalAreas({ timesH: [0, 1, 3], concentrationsMgPerL: [0, 4, 2] }, linear)).toBe(8);
  });

  it("passes each interval's duration and end concentrations, in time order, up to Tlast only", () => {
    const seen: number[][] = [];
    const record = (durationH: number, startMgPerL: number, endMgPerL: number): number => {
      seen.push([durationH, startMgPerL, endMgPerL]);
      return 1;
    };
    expect(sumIntervalAreas({ timesH: [0, 0.5, 2, 6, 12], concentrationsMgPerL: [1, 4, 2, 0, 0] }, record)).toBe(2);
    expect(seen).toEqual([[0.5, 1, 4], [1.5, 4, 2]]);
  });

  it("is 0 without an interval before Tlast", () => {
    expect(sumIntervalAreas({ timesH: [0, 1], concentrationsMgPerL: [0, 0] }, linear)).toBe(0);
    expect(sumIntervalAreas({ timesH: [3], concentrationsMgPerL: [5] }, linear)).toBe(0);
  });
});

import { describe, expect, it } from "vitest";
import { findPeak } from "../../src/nca/index.js";

describe("findPeak", () => {
  it("doc example: the first time of a tied maximum", () => {
    expect(findPeak({ timesH: [0, 1, 2, 4], concentrationsMgPerL: [0, 8, 8, 3] })).toEqual({ cmaxMgPerL: 8, tmaxH: 1 });
  });

  it("handles one sample, a peak at the first or last sample, and a profile of zeros", () => {
    expect(findPeak({ timesH: [2], concentrationsMgPerL: [5] })).toEqual({ cmaxMgPerL: 5, tmaxH: 2 });
    expect(findPeak({ timesH: [0, 1], concentrationsMgPerL: [9, 3] })).toEqual({ cmaxMgPerL: 9, tmaxH: 0 });
    expect(findPeak({ timesH: [0, 1], concentrationsMgPerL: [3, 9] })).toEqual({ cmaxMgPerL: 9, tmaxH: 1 });
    expect(findPeak({ timesH: [0, 1, 2], concentrationsMgPerL: [0, 0, 0] })).toEqual({ cmaxMgPerL: 0, tmaxH: 0 });
  });

  it("checks its profile under its own name", () => {
    expect(() => findPeak({ timesH: [], concentrationsMgPerL: [] })).toThrow(new RangeError("findPeak requires at least one sample, got none"));
  });
});

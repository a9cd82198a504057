import { describe, expect, it } from "vitest";
import { findLastMeasurable, lastMeasurableOf } from "../../src/nca/index.js";

describe("findLastMeasurable", () => {
  it("doc example: the last concentration above 0, trailing zeros skipped", () => {
    expect(findLastMeasurable({ timesH: [0, 1, 2, 4], concentrationsMgPerL: [0, 8, 3, 0] })).toEqual({
      lastIndex: 2,
      clastMgPerL: 3,
      tlastH: 2,
    });
  });

  it("is the last sample when it is above 0, and the first when only it is", () => {
    expect(findLastMeasurable({ timesH: [0, 1, 2], concentrationsMgPerL: [0, 8, 3] })).toEqual({ lastIndex: 2, clastMgPerL: 3, tlastH: 2 });
    expect(findLastMeasurable({ timesH: [0, 1], concentrationsMgPerL: [2, 0] })).toEqual({ lastIndex: 0, clastMgPerL: 2, tlastH: 0 });
  });

  it("has none for a profile of zeros: index −1, NaN (lastMeasurableOf doc example)", () => {
    expect(lastMeasurableOf({ timesH: [0, 1], concentrationsMgPerL: [0, 0] })).toEqual({
      lastIndex: -1,
      clastMgPerL: Number.NaN,
      tlastH: Number.NaN,
    });
  });

  it("checks its profile under its own name", () => {
    expect(() => findLastMeasurable({ timesH: [0], concentrationsMgPerL: [-1] })).toThrow(
      new RangeError("findLastMeasurable requires finite concentrations >= 0, got -1 at index 0"),
    );
  });
});

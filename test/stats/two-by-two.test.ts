import { describe, expect, it } from "vitest";
import { validateTwoByTwo } from "../../src/stats/two-by-two.js";

const SMALL = { eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 };

describe("validateTwoByTwo", () => {
  it("doc example: accepts a valid table, and zero cells", () => {
    expect(validateTwoByTwo(SMALL, "fisherExactTest")).toBeUndefined();
    expect(validateTwoByTwo({ ...SMALL, eventsTreatment: 0, eventsControl: 10 }, "fisherExactTest")).toBeUndefined();
  });

  it("names the function and the field, treatment first", () => {
    expect(() => validateTwoByTwo({ ...SMALL, totalTreatment: 0, totalControl: 0 }, "fisherExactTest")).toThrow(
      new RangeError("fisherExactTest requires totalTreatment to be a positive integer, got 0"),
    );
    expect(() => validateTwoByTwo({ ...SMALL, eventsControl: 11 }, "fisherExactTest")).toThrow(
      new RangeError("fisherExactTest requires eventsControl to be an integer from 0 to totalControl (10), got 11"),
    );
    expect(() => validateTwoByTwo({ ...SMALL, totalControl: Infinity }, "oddsRatioWald")).toThrow(
      new RangeError("oddsRatioWald requires totalControl to be a positive integer, got Infinity"),
    );
  });
});

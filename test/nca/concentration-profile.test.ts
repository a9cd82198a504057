import { describe, expect, it } from "vitest";
import { assertConcentrationProfile } from "../../src/nca/index.js";

describe("assertConcentrationProfile", () => {
  it("accepts a valid profile (doc example), a single sample and a pre-dose time below 0", () => {
    expect(() => assertConcentrationProfile({ timesH: [0, 1, 2], concentrationsMgPerL: [0, 4, 2] }, "aucLinear")).not.toThrow();
    expect(() => assertConcentrationProfile({ timesH: [0.5], concentrationsMgPerL: [3] }, "aucLinear")).not.toThrow();
    expect(() => assertConcentrationProfile({ timesH: [-0.5, 1], concentrationsMgPerL: [0, 3] }, "aucLinear")).not.toThrow();
  });

  it("refuses mismatched lengths and an empty profile", () => {
    expect(() => assertConcentrationProfile({ timesH: [0, 1, 2, 3], concentrationsMgPerL: [0, 4, 2] }, "aucLinear")).toThrow(
      new RangeError("aucLinear requires one concentration per time, got 3 concentrations and 4 times"),
    );
    expect(() => assertConcentrationProfile({ timesH: [], concentrationsMgPerL: [] }, "aucLinear")).toThrow(
      new RangeError("aucLinear requires at least one sample, got none"),
    );
  });

  it("refuses times that are not finite and strictly ascending", () => {
    const check = (timesH: number[]) => () =>
      assertConcentrationProfile({ timesH, concentrationsMgPerL: timesH.map(() => 1) }, "aucLinear");
    expect(check([0, 1, 2, 3, 2])).toThrow(new RangeError("aucLinear requires finite times in strictly ascending order, got 2 after 3 at index 4"));
    expect(check([0, 1, 1])).toThrow(new RangeError("aucLinear requires finite times in strictly ascending order, got 1 after 1 at index 2"));
    expect(check([0, Number.NaN])).toThrow(new RangeError("aucLinear requires finite times in strictly ascending order, got NaN at index 1"));
    expect(check([-Infinity, 0])).toThrow(
      new RangeError("aucLinear requires finite times in strictly ascending order, got -Infinity at index 0"),
    );
  });

  it("refuses negative, NaN and infinite concentrations", () => {
    const check = (concentrationsMgPerL: number[]) => () =>
      assertConcentrationProfile({ timesH: [0, 1, 2], concentrationsMgPerL }, "aucLinear");
    expect(check([0, 4, -1])).toThrow(new RangeError("aucLinear requires finite concentrations >= 0, got -1 at index 2"));
    expect(check([0, Number.NaN, 1])).toThrow(new RangeError("aucLinear requires finite concentrations >= 0, got NaN at index 1"));
    expect(check([Infinity, 1, 1])).toThrow(new RangeError("aucLinear requires finite concentrations >= 0, got Infinity at index 0"));
  });
});

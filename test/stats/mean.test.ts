import { describe, expect, it } from "vitest";
import { mean } from "../../src/stats/mean.js";

describe("mean", () => {
  it("requires at least one value", () => {
    expect(() => mean([])).toThrow(new RangeError("mean requires at least one value, got none"));
  });

  it("returns a single value unchanged", () => {
    expect(mean([3.25])).toBe(3.25);
  });

  it("propagates NaN (no silent na.rm)", () => {
    expect(mean([1, Number.NaN])).toBeNaN();
  });

  it("doc example: R 4.2.2 mean(1:10) = 5.5", () => {
    expect(mean([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(5.5);
  });

  it("is correctly rounded where sum / n is not: mean of 0.1, 0.2, 0.3 is 0.2, as in R", () => {
    // The exact sum of the three doubles is 0.60000000000000000555…; divided by 3 it is
    // 0.20000000000000000185…, nearest to the double 0.2. The sum rounds to 0.6 first, and
    // 0.6 / 3 = 0.19999999999999998; the residual pass corrects it.
    expect(0.6 / 3).toBe(0.19999999999999998);
    expect(mean([0.1, 0.2, 0.3])).toBe(0.2);
  });

  it("propagates infinities", () => {
    expect(mean([1, Infinity])).toBe(Infinity);
    expect(mean([-Infinity, Infinity])).toBeNaN();
  });
});

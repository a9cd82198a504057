import { describe, expect, it } from "vitest";
import { sampleStandardDeviation } from "../../src/stats/sample-standard-deviation.js";

describe("sampleStandardDeviation", () => {
  it("requires at least two values", () => {
    expect(() => sampleStandardDeviation([7])).toThrow(
      new RangeError("sampleStandardDeviation requires at least two values, got 1"),
    );
  });

  it("is 0 for constant values and NaN for NaN input", () => {
    expect(sampleStandardDeviation([2, 2])).toBe(0);
    expect(sampleStandardDeviation([2, Number.NaN])).toBeNaN();
  });

  it("doc example: R 4.2.2 sd(1:10) = 3.02765 = √(55/6)", () => {
    expect(sampleStandardDeviation([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(Math.sqrt(55 / 6));
    expect(Math.sqrt(55 / 6)).toBe(3.0276503540974917);
  });

  it("of two values a and b is |a − b|/√2", () => {
    // mean (a + b)/2, squared deviations 2·((a − b)/2)² over n − 1 = 1.
    expect(sampleStandardDeviation([1, 3])).toBe(Math.SQRT2);
  });
});

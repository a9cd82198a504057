import { describe, expect, it } from "vitest";
import { sampleVariance } from "../../src/stats/sample-variance.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("sampleVariance", () => {
  it("requires at least two values", () => {
    expect(() => sampleVariance([])).toThrow(new RangeError("sampleVariance requires at least two values, got 0"));
    expect(() => sampleVariance([1])).toThrow(new RangeError("sampleVariance requires at least two values, got 1"));
  });

  it("is 0 for constant values", () => {
    expect(sampleVariance([4.2, 4.2, 4.2])).toBe(0);
  });

  it("propagates NaN", () => {
    expect(sampleVariance([1, Number.NaN, 3])).toBeNaN();
  });

  it("doc example: R 4.2.2 var(1:10) = 9.166667, exactly 55/6", () => {
    // Σ(i − 5.5)² for i = 1..10 = 2·(0.25 + 2.25 + 6.25 + 12.25 + 20.25) = 82.5; 82.5 / 9 = 55/6.
    expect(sampleVariance([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toBe(55 / 6);
    expect(55 / 6).toBe(9.166666666666666);
  });

  it("two-pass: no cancellation for a large offset (1e9 + 1..10 has the variance of 1..10)", () => {
    // The one-pass Σx² − n·x̄² loses every digit here (x² ≈ 1e18, beyond 2^53).
    const shifted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => 1e9 + value);
    expectRelativeClose(sampleVariance(shifted), 55 / 6, 1e-15, "var(1e9 + 1:10)");
  });
});

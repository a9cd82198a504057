import { describe, expect, it } from "vitest";
import { exponentialTarget } from "../../src/safety/index.js";

describe("exponentialTarget", () => {
  it("rejects uniforms outside the open interval (0, 1)", () => {
    for (const bad of [0, 1, -0.5, 1.5, Number.NaN, Infinity]) {
      expect(() => exponentialTarget(bad)).toThrow(new RangeError(`exponentialTarget requires a uniform in (0, 1), got ${bad}`));
    }
  });

  it("is −ln(u), not −ln(1 − u): the doc example and the streams' extreme draws", () => {
    expect(exponentialTarget(Math.exp(-2))).toBe(2);
    expect(exponentialTarget(0.5)).toBe(Math.LN2);
    // Math.LN2 = ln 2 to the nearest double: −ln(0.25) = 2 ln 2 exactly in binary.
    expect(exponentialTarget(0.25)).toBe(2 * Math.LN2);
    // The smallest and largest doubles a 53-bit stream can return: finite and positive.
    expect(exponentialTarget(2 ** -53)).toBe(53 * Math.LN2);
    expect(exponentialTarget(1 - 2 ** -53)).toBeGreaterThan(0);
  });

  it("decreases as u grows (a larger u gives an earlier event)", () => {
    let previous = Infinity;
    for (let index = 1; index < 1000; index++) {
      const target = exponentialTarget(index / 1000);
      expect(target).toBeLessThan(previous);
      previous = target;
    }
  });
});

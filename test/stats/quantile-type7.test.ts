import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { quantileType7 } from "../../src/stats/quantile-type7.js";

describe("quantileType7", () => {
  it("requires at least one value", () => {
    expect(() => quantileType7([], 0.5)).toThrow(new RangeError("quantileType7 requires at least one value, got none"));
  });

  it("requires a probability from 0 to 1", () => {
    expect(() => quantileType7([1, 2], 1.5)).toThrow(
      new RangeError("quantileType7 requires a probability from 0 to 1, got 1.5"),
    );
    expect(() => quantileType7([1, 2], -0.1)).toThrow(
      new RangeError("quantileType7 requires a probability from 0 to 1, got -0.1"),
    );
    expect(() => quantileType7([1, 2], Number.NaN)).toThrow(
      new RangeError("quantileType7 requires a probability from 0 to 1, got NaN"),
    );
  });

  it("requires sorted values without NaN", () => {
    expect(() => quantileType7([1, 3, 2], 0.5)).toThrow(
      new RangeError("quantileType7 requires values sorted ascending without NaN, got 3 before 2 at index 2"),
    );
    expect(() => quantileType7([Number.NaN, 1], 0.5)).toThrow(
      new RangeError("quantileType7 requires values sorted ascending without NaN, got NaN at index 0"),
    );
  });

  it("of one value is that value for every probability", () => {
    expect(quantileType7([4], 0)).toBe(4);
    expect(quantileType7([4], 0.37)).toBe(4);
    expect(quantileType7([4], 1)).toBe(4);
  });

  it("is the minimum at 0 and the maximum at 1", () => {
    expect(quantileType7([1, 2, 3, 4, 10], 0)).toBe(1);
    expect(quantileType7([1, 2, 3, 4, 10], 1)).toBe(10);
  });

  it("doc example: R 4.2.2 quantile(c(1, 2, 3, 4, 10), 0.3) = 2.2", () => {
    // h = 1 + (5 − 1)·0.3 = 2.2, lo = 2, hi = 3: (1 − 0.2)·x[2] + 0.2·x[3] = 0.8·2 + 0.2·3 = 1.6 + 0.6 = 2.2.
    expect(quantileType7([1, 2, 3, 4, 10], 0.3)).toBe(2.2);
  });

  it("matches R's type 7 on hand-derived values", () => {
    // quantile(c(1, 2, 3, 4, 10), 0.9): h = 1 + 4·0.9 = 4.6, so 0.4·x[4] + 0.6·x[5] = 1.6 + 6 = 7.6.
    expect(quantileType7([1, 2, 3, 4, 10], 0.9)).toBeCloseTo(7.6, 14);
    // quantile(c(1, 2, 3, 4, 10), 0.5): h = 1 + 4·0.5 = 3, an order statistic: x[3] = 3.
    expect(quantileType7([1, 2, 3, 4, 10], 0.5)).toBe(3);
    // quantile(1:10, 0.25): h = 1 + 9·0.25 = 3.25, so 0.75·3 + 0.25·4 = 2.25 + 1 = 3.25.
    expect(quantileType7([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.25)).toBe(3.25);
    // median of an even count, quantile(c(1, 2, 4, 8), 0.5): h = 2.5, 0.5·2 + 0.5·4 = 3.
    expect(quantileType7([1, 2, 4, 8], 0.5)).toBe(3);
  });

  it("returns tied neighbours exactly, without interpolation rounding", () => {
    // (1 − h)·x + h·x need not round back to x; R skips the interpolation when x[lo] == x[hi].
    expect(quantileType7([0.1, 0.1, 0.1], 0.3)).toBe(0.1);
  });

  propTest.prop([
    fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 50 }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])("lies between the minimum and the maximum and increases with the probability", (values, first, second) => {
    const sorted = [...values].sort((a, b) => a - b);
    const [low, high] = first <= second ? [first, second] : [second, first];
    const lowQuantile = quantileType7(sorted, low);
    const highQuantile = quantileType7(sorted, high);
    expect(lowQuantile).toBeGreaterThanOrEqual(sorted[0] ?? Number.NaN);
    expect(highQuantile).toBeLessThanOrEqual(sorted[sorted.length - 1] ?? Number.NaN);
    expect(lowQuantile).toBeLessThanOrEqual(highQuantile);
  });
});

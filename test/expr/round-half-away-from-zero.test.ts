import { describe, expect, it } from "vitest";
import { roundHalfAwayFromZero } from "../../src/expr/round-half-away-from-zero.js";

describe("roundHalfAwayFromZero", () => {
  it("keeps NaN, infinities and zeros", () => {
    expect(roundHalfAwayFromZero(Number.NaN)).toBeNaN();
    expect(roundHalfAwayFromZero(Infinity)).toBe(Infinity);
    expect(roundHalfAwayFromZero(-Infinity)).toBe(-Infinity);
    expect(Object.is(roundHalfAwayFromZero(0), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(-0.2), -0)).toBe(true); // R: round(-0.2) is -0 too (1/round(-0.2) is -Inf)
  });

  it("rounds halves away from zero (doc example), unlike R", () => {
    expect(roundHalfAwayFromZero(-2.5)).toBe(-3); // R 4.x: round(-2.5) is -2
    expect(roundHalfAwayFromZero(2.5)).toBe(3); // R 4.x: round(2.5) is 2
    expect(roundHalfAwayFromZero(0.5)).toBe(1); // R 4.x: round(0.5) is 0
    expect(roundHalfAwayFromZero(-0.5)).toBe(-1);
    expect(roundHalfAwayFromZero(1.5)).toBe(2);
  });

  it("rounds other values to the nearest whole number", () => {
    expect(roundHalfAwayFromZero(2.4999999999999996)).toBe(2);
    expect(roundHalfAwayFromZero(0.49999999999999994)).toBe(0); // the largest double below 0.5; floor(x + 0.5) would give 1
    expect(roundHalfAwayFromZero(-7.6)).toBe(-8);
    expect(roundHalfAwayFromZero(4503599627370497)).toBe(4503599627370497); // 2^52 + 1 is already whole
  });
});

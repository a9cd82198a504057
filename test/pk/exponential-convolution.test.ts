import { describe, expect, it } from "vitest";
import { exponentialConvolutionH } from "../../src/pk/exponential-convolution.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/** The textbook form, which cancels when the rates are close. */
function naiveConvolutionH(timeH: number, firstRatePerH: number, secondRatePerH: number): number {
  return (Math.exp(-firstRatePerH * timeH) - Math.exp(-secondRatePerH * timeH)) / (secondRatePerH - firstRatePerH);
}

describe("exponentialConvolutionH", () => {
  it("is 0 at t = 0 and at t = Infinity", () => {
    expect(exponentialConvolutionH(0, 0.1, 1)).toBe(0);
    expect(exponentialConvolutionH(1e6, 0.1, 1)).toBe(0);
  });

  it("doc example: (e^−0.5 − e^−1.5) / 1 at t = 1 h", () => {
    // mpmath 1.3.0 at 30 digits: e^−0.5 − e^−1.5 = 0.3834004995642035947…, whose nearest double
    // is 0.3834004995642036; the textbook subtraction gives the next double up.
    expect(exponentialConvolutionH(1, 0.5, 1.5)).toBe(0.3834004995642036);
  });

  it("is symmetric in the two rates and matches the textbook form for distinct rates", () => {
    for (const [timeH, a, b] of [[2, 0.0875, 1.5], [24, 0.3, 0.05], [0.1, 10, 0.01]] as const) {
      expectRelativeClose(exponentialConvolutionH(timeH, a, b), exponentialConvolutionH(timeH, b, a), 1e-15, `swap at ${timeH} h`);
      expectRelativeClose(exponentialConvolutionH(timeH, a, b), naiveConvolutionH(timeH, a, b), 1e-13, `textbook at ${timeH} h`);
    }
  });

  // Limit a = b: t·e^(−a t). For b = a(1 + δ) the exact value is t e^(−a t) (1 − x/2 + x²/6),
  // x = a δ t; the series is exact to rounding for x = 1e-9.
  it("is exact at and near equal rates, where the textbook form loses 7 digits or is 0/0", () => {
    const rate = 0.1;
    const timeH = 10;
    const limitH = timeH * Math.exp(-rate * timeH);
    expectRelativeClose(exponentialConvolutionH(timeH, rate, rate), limitH, 1e-15, "a = b");
    expect(naiveConvolutionH(timeH, rate, rate)).toBeNaN();
    for (const relativeGap of [1e-9, -1e-9]) {
      const otherRate = rate * (1 + relativeGap);
      const x = (otherRate - rate) * timeH;
      const exactH = limitH * (1 - x / 2 + (x * x) / 6);
      expectRelativeClose(exponentialConvolutionH(timeH, rate, otherRate), exactH, 1e-15, `b = a(1 ${relativeGap})`);
      expect(Math.abs(naiveConvolutionH(timeH, rate, otherRate) / exactH - 1)).toBeGreaterThan(1e-9);
    }
  });

  it("never overflows in flip-flop kinetics (slow absorption, fast elimination, long times)", () => {
    const valueH = exponentialConvolutionH(1000, 200, 0.01);
    expect(Number.isFinite(valueH)).toBe(true);
    expectRelativeClose(valueH, Math.exp(-0.01 * 1000) / (200 - 0.01), 1e-13, "flip-flop tail");
  });
});

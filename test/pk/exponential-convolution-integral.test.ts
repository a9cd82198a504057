import { describe, expect, it } from "vitest";
import { integrateExponentialConvolutionH2 } from "../../src/pk/exponential-convolution-integral.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("integrateExponentialConvolutionH2", () => {
  it("is 0 at t = 0 and t²/2 when both rates are 0", () => {
    expect(integrateExponentialConvolutionH2(0, 0.3, 2)).toBe(0);
    expect(integrateExponentialConvolutionH2(3, 0, 0)).toBe(4.5);
  });

  // mpmath 1.3.0 at 40 digits: 2 − 1 + e^−2 = 1.1353352832366126919…; the nearest double is
  // 1.1353352832366128 (one ulp above the next one down).
  it("doc example: a = 0, b = 1, t = 2 h", () => {
    expect(integrateExponentialConvolutionH2(2, 0, 1)).toBe(1.1353352832366128);
  });

  // mpmath 1.3.0 at 40 digits, quad of the convolution (u e^(−a u) when a = b) over [0, t], for
  // the exact double arguments. Both branches (series for max(a, b) t < 1, else the division by
  // the faster rate), equal and nearly equal rates, a tiny and a long window. Measured ≤ 2.2e-16;
  // 1e-15 is 4 ulps.
  it.each([
    [1, 0.3, 0.3, 0.41040347904185304],
    [0.5, 1.9, 0.1, 0.09163215144471784],
    [10, 0.1, 0.1000001, 26.424103735573727],
    [3, 0.5, 2, 0.703319370527649],
    [1e-3, 5, 7, 4.98004534276158e-7],
    [100, 0.01, 50, 1.2640939364444042],
    [24, 0.0044, 1.2, 18.353060356651163],
  ])("matches mpmath for t = %s h, a = %s, b = %s /h, both ways round", (timeH, a, b, expected) => {
    expectRelativeClose(integrateExponentialConvolutionH2(timeH, a, b), expected, 1e-15, `I(${timeH}; ${a}, ${b})`);
    expectRelativeClose(integrateExponentialConvolutionH2(timeH, b, a), expected, 1e-15, `I(${timeH}; ${b}, ${a})`);
  });

  // The two branches meet at max(a, b) t = 1; the integral's relative slope there is O(1), so
  // values 1e-12 apart in t differ by about 1e-12 relative, not by a branch error.
  it("is continuous where the series hands over to the division (max(a, b) · t = 1)", () => {
    const below = integrateExponentialConvolutionH2(1 - 1e-12, 0.4, 1);
    const above = integrateExponentialConvolutionH2(1 + 1e-12, 0.4, 1);
    expectRelativeClose(above, below, 1e-11, "across the branch");
  });
});

import { describe, expect, it } from "vitest";
import { aucLinearUpLogDown } from "../../src/nca/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("aucLinearUpLogDown", () => {
  it("doc example: 1·4/2 + 2·(4 − 2)/ln 2 + 2·(2 − 1)/ln 2", () => {
    expect(aucLinearUpLogDown({ timesH: [0, 1, 3, 5], concentrationsMgPerL: [0, 4, 2, 1] })).toBe(10.65617024533378);
    expectRelativeClose(aucLinearUpLogDown({ timesH: [0, 1, 3, 5], concentrationsMgPerL: [0, 4, 2, 1] }), 2 + 6 / Math.LN2, 1e-15, "hand");
  });

  it("uses the linear trapezoid on rising and flat intervals and on one that falls to 0", () => {
    // rising 0 → 4: 2; flat 4 → 4 over 1 h: 4; falling 4 → 0 over 2 h: 4 (ln(4/0) is undefined).
    expect(aucLinearUpLogDown({ timesH: [0, 1, 2, 4, 6], concentrationsMgPerL: [0, 4, 4, 0, 2] })).toBe(2 + 4 + 4 + 2);
  });

  it("is exact for a mono-exponential decline: ∫ C₀·e^(−kt) dt from 0 to T = (C₀ − C_T)/k", () => {
    const rateConstantPerH = 0.3;
    const timesH = [0, 0.5, 1, 2, 3.5, 6, 9, 12, 24];
    const concentrationsMgPerL = timesH.map((timeH) => 10 * Math.exp(-rateConstantPerH * timeH));
    const exact = (10 - (concentrationsMgPerL[concentrationsMgPerL.length - 1] as number)) / rateConstantPerH;
    // Each log trapezoid is exact up to rounding of exp, log and the division: 1e-14.
    expectRelativeClose(aucLinearUpLogDown({ timesH, concentrationsMgPerL }), exact, 1e-14, "mono-exponential");
  });

  it("is 0 for a profile of zeros, and checks its profile under its own name", () => {
    expect(aucLinearUpLogDown({ timesH: [0, 1], concentrationsMgPerL: [0, 0] })).toBe(0);
    expect(() => aucLinearUpLogDown({ timesH: [1, 0], concentrationsMgPerL: [1, 1] })).toThrow(
      new RangeError("aucLinearUpLogDown requires finite times in strictly ascending order, got 0 after 1 at index 1"),
    );
  });
});

describe("aucLinearUpLogDown: small drops", () => {
  it("keeps the area of a drop of one ulp accurate (the log of the rounded quotient would halve it)", () => {
    // c₁ = the double after c₂: the exact log mean lies between them, so the area over 1 h is c₂ to 1 ulp.
    const endMgPerL = 1.9999999999999996;
    const startMgPerL = 1.9999999999999998;
    expect(Math.log(startMgPerL / endMgPerL)).toBe(2.2204460492503128e-16); // twice ln(c₁/c₂) ≈ 1.11e-16
    expectRelativeClose(aucLinearUpLogDown({ timesH: [0, 1], concentrationsMgPerL: [startMgPerL, endMgPerL] }), endMgPerL, 3e-16, "1-ulp drop");
  });

  it("handles a quotient that overflows: ln(1e300 / 1e-300) = ln 1e300 − ln 1e-300", () => {
    const area = aucLinearUpLogDown({ timesH: [0, 1], concentrationsMgPerL: [1e300, 1e-300] });
    expectRelativeClose(area, 1e300 / (600 * Math.LN10), 1e-14, "overflowing quotient");
  });
});

import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { DEFAULT_TERMINAL_POINT_COUNT, estimateTerminalPhase } from "../../src/nca/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const halving = { timesH: [0, 1, 2, 4, 8], concentrationsMgPerL: [0, 8, 4, 2, 0.5] };

describe("estimateTerminalPhase", () => {
  it("doc example: the last three points halve every 2 h, so λz = ln 2 / 2 and the half-life is 2 h", () => {
    const phase = estimateTerminalPhase(halving);
    expect(phase.lambdaZPerH).toBe(0.34657359027997264);
    // R 4.2.2: coef(lm(log(c(4, 2, 0.5)) ~ c(2, 4, 8))) = 2.07944154167983708, -0.34657359027997287
    expectRelativeClose(phase.lambdaZPerH, 0.34657359027997287, 1e-14, "λz");
    expectRelativeClose(phase.interceptLnMgPerL, 2.07944154167983708, 1e-14, "intercept = ln 8");
    expect(phase.halfLifeH).toBe(2);
    expect(phase.rSquared).toBe(1);
    expect(phase.adjustedRSquared).toBe(1);
    expect(phase.timesH).toEqual([2, 4, 8]);
    expect(DEFAULT_TERMINAL_POINT_COUNT).toBe(3);
  });

  it("regresses the last pointCount points when asked for more than 3", () => {
    const phase = estimateTerminalPhase({ timesH: [0, 2, 4, 6, 8], concentrationsMgPerL: [0, 8, 4, 2, 1] }, 4);
    expect(phase.timesH).toEqual([2, 4, 6, 8]);
    expectRelativeClose(phase.lambdaZPerH, Math.LN2 / 2, 1e-14, "λz over 4 points");
  });

  it("skips zeros: the last points above 0 are regressed", () => {
    const phase = estimateTerminalPhase({ timesH: [0, 1, 2, 4, 6, 8], concentrationsMgPerL: [0, 8, 4, 2, 0, 0.5] });
    expect(phase.timesH).toEqual([2, 4, 8]);
    expectRelativeClose(phase.lambdaZPerH, Math.LN2 / 2, 1e-14, "λz with a zero between");
  });

  it("is NaN, with no times, for fewer than pointCount concentrations above 0", () => {
    const phase = estimateTerminalPhase({ timesH: [0, 1, 2, 4], concentrationsMgPerL: [0, 0, 4, 2] });
    expect(phase).toEqual({
      lambdaZPerH: Number.NaN,
      interceptLnMgPerL: Number.NaN,
      rSquared: Number.NaN,
      adjustedRSquared: Number.NaN,
      halfLifeH: Number.NaN,
      timesH: [],
    });
    expect(estimateTerminalPhase(halving, 5).lambdaZPerH).toBeNaN();
  });

  it("is NaN, with the times tried, when λz ≤ 0 (a flat tail gives exactly 0, not ±1e-16, or a rising tail)", () => {
    const flat = estimateTerminalPhase({ timesH: [0, 1, 2, 4], concentrationsMgPerL: [0, 3, 3, 3] });
    expect(flat.lambdaZPerH).toBeNaN();
    expect(flat.halfLifeH).toBeNaN();
    expect(flat.timesH).toEqual([1, 2, 4]);
    const rising = estimateTerminalPhase({ timesH: [0, 1, 2, 4], concentrationsMgPerL: [0, 1, 2, 3] });
    expect(rising.lambdaZPerH).toBeNaN();
    expect(rising.rSquared).toBeNaN();
  });

  it("gives R's adjusted R² = 1 − (1 − R²)(n − 1)/(n − 2) for an imperfect fit", () => {
    // R 4.2.2: s <- summary(lm(log(c(5, 2, 1.2, 0.3)) ~ c(1, 2, 4, 8)));
    // s$r.squared = 0.96296915175229225, s$adj.r.squared = 0.94445372762843838, -coef = 0.37253098623862335
    const phase = estimateTerminalPhase({ timesH: [0, 1, 2, 4, 8], concentrationsMgPerL: [0, 5, 2, 1.2, 0.3] }, 4);
    expectRelativeClose(phase.rSquared, 0.96296915175229225, 1e-13, "R²");
    expectRelativeClose(phase.adjustedRSquared, 0.94445372762843838, 1e-13, "adjusted R²");
    expectRelativeClose(phase.lambdaZPerH, 0.37253098623862335, 1e-13, "λz");
  });

  it("refuses a pointCount below 3 or not an integer", () => {
    expect(() => estimateTerminalPhase(halving, 2)).toThrow(new RangeError("estimateTerminalPhase requires an integer pointCount >= 3, got 2"));
    expect(() => estimateTerminalPhase(halving, 3.5)).toThrow(new RangeError("estimateTerminalPhase requires an integer pointCount >= 3, got 3.5"));
  });
});

// A failure prints fast-check's seed; replay with fc.configureGlobal({ seed }).
const gapsArbitrary = fc.array(fc.double({ min: 0.05, max: 24, noNaN: true }), { minLength: 3, maxLength: 8 });
const cumulative = (gapsH: readonly number[]): number[] => {
  let timeH = 0;
  return gapsH.map((gapH) => (timeH += gapH));
};

describe("estimateTerminalPhase: properties", () => {
  propTest.prop([gapsArbitrary, fc.double({ min: 1e-3, max: 1e3, noNaN: true })])("a flat tail is never estimable", (gapsH, levelMgPerL) => {
    const timesH = cumulative(gapsH);
    expect(estimateTerminalPhase({ timesH, concentrationsMgPerL: timesH.map(() => levelMgPerL) }).lambdaZPerH).toBeNaN();
  });

  propTest.prop([gapsArbitrary, fc.double({ min: 1e-3, max: 2, noNaN: true })])(
    "an exactly exponential tail gives its rate constant and R² = 1",
    (gapsH, rateConstantPerH) => {
      const timesH = cumulative(gapsH);
      const concentrationsMgPerL = timesH.map((timeH) => 100 * Math.exp(-rateConstantPerH * timeH));
      if ((concentrationsMgPerL[concentrationsMgPerL.length - 1] as number) < 1e-250) return;
      const phase = estimateTerminalPhase({ timesH, concentrationsMgPerL });
      // ln C = ln 100 − k·t up to the rounding of exp and log (about 1e-16 · |k·t| each); the least squares
      // slope amplifies it by at most about t_max / Δt: 1e-9 relative covers the widest spreads drawn.
      expectRelativeClose(phase.lambdaZPerH, rateConstantPerH, 1e-9, "λz");
      expect(phase.rSquared).toBeGreaterThan(1 - 1e-12);
    },
  );
});

import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { aucLinear, aucLinearUpLogDown } from "../../src/nca/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// A failure prints fast-check's seed; replay with fc.configureGlobal({ seed }).

describe("aucLinear", () => {
  it("doc example: 1·4/2 + 2·6/2 + 2·3/2 = 11", () => {
    expect(aucLinear({ timesH: [0, 1, 3, 5], concentrationsMgPerL: [0, 4, 2, 1] })).toBe(11);
  });

  it("is 0 for one sample and for a profile of zeros", () => {
    expect(aucLinear({ timesH: [1], concentrationsMgPerL: [4] })).toBe(0);
    expect(aucLinear({ timesH: [0, 1, 2], concentrationsMgPerL: [0, 0, 0] })).toBe(0);
  });

  it("uses a non-zero time-0 sample as observed and stops at Tlast (trailing zeros do not count)", () => {
    // 1·(0.74 + 2)/2 + 1·(2 + 1)/2 = 2.87; the interval 2 → 3 h ends at 0 after Tlast = 2 h.
    expectRelativeClose(aucLinear({ timesH: [0, 1, 2, 3], concentrationsMgPerL: [0.74, 2, 1, 0] }), 2.87, 1e-15, "0.74 at time 0");
  });

  it("starts at the first sample, without adding a point at time 0", () => {
    expect(aucLinear({ timesH: [1, 3], concentrationsMgPerL: [4, 2] })).toBe(6);
  });

  it("checks its profile under its own name", () => {
    expect(() => aucLinear({ timesH: [0, 1], concentrationsMgPerL: [1] })).toThrow(
      new RangeError("aucLinear requires one concentration per time, got 1 concentrations and 2 times"),
    );
  });
});

const profileArbitrary = fc
  .array(
    fc.record({ gapH: fc.double({ min: 0.01, max: 24, noNaN: true }), concentrationMgPerL: fc.oneof(fc.constant(0), fc.double({ min: 1e-3, max: 1e3, noNaN: true })) }),
    { minLength: 1, maxLength: 20 },
  )
  .map((samples) => {
    let timeH = 0;
    const timesH = samples.map((sample, index) => (index === 0 ? 0 : (timeH += sample.gapH)));
    return { timesH, concentrationsMgPerL: samples.map((sample) => sample.concentrationMgPerL) };
  });

describe("AUC: properties", () => {
  propTest.prop([profileArbitrary, fc.double({ min: 0.01, max: 100, noNaN: true })])(
    "both AUCs are ≥ 0, scale with the concentrations (dose-proportional), and log-down ≤ linear",
    (profile, factor) => {
      const linear = aucLinear(profile);
      const logDown = aucLinearUpLogDown(profile);
      expect(linear).toBeGreaterThanOrEqual(0);
      expect(logDown).toBeGreaterThanOrEqual(0);
      // The logarithmic mean (c₁ − c₂)/ln(c₁/c₂) is at most the arithmetic mean (c₁ + c₂)/2.
      expect(logDown).toBeLessThanOrEqual(linear * (1 + 1e-12));
      const scaled = { ...profile, concentrationsMgPerL: profile.concentrationsMgPerL.map((value) => value * factor) };
      // Each interval area is linear in the concentrations (the log trapezoid too: ln(c₁/c₂) is
      // unchanged); rounding of the products and the sum: 1e-12 relative.
      if (linear > 0) expectRelativeClose(aucLinear(scaled), linear * factor, 1e-12, "linear × factor");
      if (logDown > 0) expectRelativeClose(aucLinearUpLogDown(scaled), logDown * factor, 1e-12, "log-down × factor");
    },
  );
});

import { describe, expect, it } from "vitest";
import { changeFromBaseline, emaxEffect } from "../../src/pd/index.js";

describe("emaxEffect", () => {
  it("is 0 without exposure and half of Emax at EC50", () => {
    expect(emaxEffect(0, { emax: 2.5, ec50: 40, hill: 1 })).toBe(0);
    expect(emaxEffect(40, { emax: 2.5, ec50: 40, hill: 1 })).toBe(1.25);
    expect(emaxEffect(40, { emax: 2.5, ec50: 40, hill: 3 })).toBeCloseTo(1.25, 15);
  });

  it("follows the sigmoid Emax closed form and saturates without overflow", () => {
    // Emax·C^h/(EC50^h + C^h) with C = 20, EC50 = 10, h = 2: 3·400/500 = 2.4.
    expect(emaxEffect(20, { emax: 3, ec50: 10, hill: 2 })).toBeCloseTo(2.4, 14);
    expect(emaxEffect(1e300, { emax: 3, ec50: 10, hill: 5 })).toBe(3);
  });
});

describe("changeFromBaseline", () => {
  it("adds placebo response, baseline slope, drug effect and residual (the doc example)", () => {
    // 0.05 + (−0.5)(3.2 − 3.4) + 0.2 − 0.1 = 0.25
    expect(changeFromBaseline({ baseline: 3.2, placeboResponse: 0.05, baselineSlope: -0.5, baselineCentre: 3.4, drugEffect: 0.2, residual: -0.1 })).toBeCloseTo(0.25, 15);
  });
});

import { describe, expect, it } from "vitest";
import { testLikelihoodRatio } from "../../src/stats/test-likelihood-ratio.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("testLikelihoodRatio", () => {
  it("requires positive degrees of freedom and finite log-likelihoods", () => {
    expect(() => testLikelihoodRatio(-10, -12, 0)).toThrow(new RangeError("testLikelihoodRatio requires positive degrees of freedom, got 0"));
    expect(() => testLikelihoodRatio(Number.NaN, -10, 1)).toThrow(
      new RangeError("testLikelihoodRatio requires finite log-likelihoods, got NaN and -10"),
    );
  });

  it("doc example: G² = 4 on 2 df has p = e⁻² (the χ²₂ upper tail is e^(−x/2))", () => {
    const result = testLikelihoodRatio(-10, -12, 2);
    expect(result.statistic).toBe(4);
    expect(result.degreesOfFreedom).toBe(2);
    expectRelativeClose(result.pValue, Math.exp(-2), 1e-14, "e⁻²");
  });

  it("gives p = 1 when the full model does not fit better", () => {
    expect(testLikelihoodRatio(-12, -12, 3).pValue).toBe(1);
  });
});

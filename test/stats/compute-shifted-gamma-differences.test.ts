import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { computeShiftedGammaDifferences } from "../../src/stats/compute-shifted-gamma-differences.js";
import { digamma, logGamma, trigamma } from "../../src/stats/distributions.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("computeShiftedGammaDifferences", () => {
  it("doc example: θ = 1, y = 2 gives log 2, 3/2 and 5/4", () => {
    const result = computeShiftedGammaDifferences(1, 2);
    expectRelativeClose(result.logGamma, Math.log(2), 1e-15, "log Γ(3) − log Γ(1)");
    expect(result.digamma).toBe(1.5);
    expect(result.trigamma).toBe(1.25);
    expect(computeShiftedGammaDifferences(3.7, 0)).toEqual({ logGamma: 0, digamma: 0, trigamma: 0 });
  });

  test.prop([fc.double({ min: 0.01, max: 50, noNaN: true }), fc.nat({ max: 1500 })])("agrees with the special functions where they do not cancel", (theta, count) => {
    const result = computeShiftedGammaDifferences(theta, count);
    const scale = Math.max(1, Math.abs(logGamma(theta + count)), Math.abs(logGamma(theta)));
    expect(Math.abs(result.logGamma - (logGamma(theta + count) - logGamma(theta)))).toBeLessThan(1e-12 * scale);
    expect(Math.abs(result.digamma - (digamma(theta + count) - digamma(theta)))).toBeLessThan(1e-11 * Math.max(1, Math.abs(digamma(theta))));
    expect(Math.abs(result.trigamma - (trigamma(theta) - trigamma(theta + count)))).toBeLessThan(1e-11 * Math.max(1, trigamma(theta)));
  });

  it("keeps ψ(θ + 1) − ψ(θ) = 1/θ exact at θ = 1e8, where the special functions cancel to 7 digits", () => {
    expect(computeShiftedGammaDifferences(1e8, 1).digamma).toBe(1e-8);
  });
});

import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "../../src/stats/distributions.js";
import { inferLogRatio } from "../../src/stats/log-ratio-estimate.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("inferLogRatio", () => {
  it("doc example: ratio e with log SE 0.5 has z = 2", () => {
    const result = inferLogRatio(Math.E, 0.5, 0.95);
    expect(result.statistic).toBe(2);
    expectRelativeClose(result.pValue, 2 * normalCdf(-2), 1e-15, "p");
    expectRelativeClose(result.ciLower, Math.exp(1 - 0.5 * normalQuantile(0.975)), 1e-15, "lower");
    expectRelativeClose(result.ciUpper, Math.exp(1 + 0.5 * normalQuantile(0.975)), 1e-15, "upper");
  });

  it("keeps the estimate and gives NaN inference for a ratio of 0, Infinity or NaN, or an SE of 0 or Infinity", () => {
    for (const [ratio, standardError] of [[0, Infinity], [Infinity, Infinity], [Number.NaN, Infinity], [1, 0], [2, Number.NaN]] as const) {
      const result = inferLogRatio(ratio, standardError, 0.95);
      expect(result.estimate).toBe(ratio);
      expect(result.logStandardError).toBe(standardError);
      expect([result.statistic, result.pValue, result.ciLower, result.ciUpper].every(Number.isNaN)).toBe(true);
    }
  });
});

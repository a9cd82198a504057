import { describe, expect, it } from "vitest";
import { survivalConfidenceLimits } from "../../src/stats/survival-confidence-limits.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("survivalConfidenceLimits", () => {
  it("doc example: log, 0.5·exp(∓2·0.5) with the upper limit capped at 1", () => {
    const { lower, upper } = survivalConfidenceLimits(0.5, 0.5, { z: 2, transform: "log" });
    expect(lower).toBe(0.18393972058572114);
    expectRelativeClose(lower, 0.5 * Math.exp(-1), 1e-15, "0.5·e⁻¹");
    expect(upper).toBe(1);
  });

  it("plain: S ∓ z·S·se, clipped to [0, 1]", () => {
    const { lower, upper } = survivalConfidenceLimits(0.5, 0.2, { z: 2, transform: "plain" });
    expectRelativeClose(lower, 0.3, 1e-15, "lower");
    expectRelativeClose(upper, 0.7, 1e-15, "upper");
    expect(survivalConfidenceLimits(0.5, 2, { z: 2, transform: "plain" })).toEqual({ lower: 0, upper: 1 });
  });

  it("log-log: S^exp(∓z·se/log S)", () => {
    const survival = 0.6;
    const margin = (1.5 * 0.3) / Math.log(survival);
    const { lower, upper } = survivalConfidenceLimits(survival, 0.3, { z: 1.5, transform: "log-log" });
    expectRelativeClose(lower, survival ** Math.exp(-margin), 1e-14, "lower");
    expectRelativeClose(upper, survival ** Math.exp(margin), 1e-14, "upper");
    expect(lower).toBeLessThan(survival);
    expect(upper).toBeGreaterThan(survival);
  });

  it("is NaN where R's is NA: S = 0 (log, log-log), S = 1 (log-log), infinite se (plain)", () => {
    for (const transform of ["log", "log-log"] as const) {
      const { lower, upper } = survivalConfidenceLimits(0, 1, { z: 2, transform });
      expect([lower, upper]).toEqual([Number.NaN, Number.NaN]);
    }
    expect(survivalConfidenceLimits(1, 0, { z: 2, transform: "log-log" })).toEqual({ lower: Number.NaN, upper: Number.NaN });
    expect(survivalConfidenceLimits(0, Infinity, { z: 2, transform: "plain" })).toEqual({ lower: Number.NaN, upper: Number.NaN });
    expect(survivalConfidenceLimits(1, 0, { z: 2, transform: "log" })).toEqual({ lower: 1, upper: 1 });
  });
});

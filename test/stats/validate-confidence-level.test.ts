import { describe, expect, it } from "vitest";
import { validateConfidenceLevel } from "../../src/stats/validate-confidence-level.js";

describe("validateConfidenceLevel", () => {
  it("doc example: accepts 0.95", () => {
    expect(validateConfidenceLevel(0.95, "wilsonInterval")).toBeUndefined();
  });

  it("rejects 0, 1, percentages and NaN", () => {
    for (const level of [0, 1, 95, -0.5, Number.NaN]) {
      expect(() => validateConfidenceLevel(level, "wilsonInterval")).toThrow(
        new RangeError(`wilsonInterval requires a confidence level strictly between 0 and 1, got ${level}`),
      );
    }
  });
});

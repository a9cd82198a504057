import { describe, expect, it } from "vitest";
import { normalCdf, normalQuantile } from "../../src/stats/distributions.js";
import { inferEffect } from "../../src/stats/effect-estimate.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const TWO_SIDED = { confidenceLevel: 0.95, alternative: "two-sided" } as const;

describe("inferEffect", () => {
  it("gives NaN statistic, p value and interval for a zero or NaN standard error, keeping the estimate", () => {
    for (const standardError of [0, Number.NaN]) {
      const result = inferEffect({ estimate: 1.5, standardError, degreesOfFreedom: 8 }, TWO_SIDED);
      expect(result.estimate).toBe(1.5);
      expect(result.standardError).toBe(standardError);
      expect(result.degreesOfFreedom).toBe(8);
      expect(result.statistic).toBeNaN();
      expect(result.pValue).toBeNaN();
      expect(result.ciLower).toBeNaN();
      expect(result.ciUpper).toBeNaN();
    }
  });

  it("doc example: t = 2 on 2 df has two-sided p 1 − 2/√6", () => {
    // With 2 df, P(T ≤ t) = 1/2 + t/(2√(2 + t²)), so P(|T| > 2) = 1 − 2/√6 = 0.18350341907227397.
    const result = inferEffect({ estimate: 1, standardError: 0.5, degreesOfFreedom: 2 }, TWO_SIDED);
    expect(result.statistic).toBe(2);
    // 1 − 2/√6 = 0.183503419072273967… (to 30 digits); in doubles 1 − 2/Math.sqrt(6) rounds to …385.
    expectRelativeClose(result.pValue, 0.18350341907227397, 1e-15, "p two-sided, t = 2, df = 2");
  });

  it("builds the two-sided interval from the t quantile whatever the alternative", () => {
    // With 2 df, Q(p) = (2p − 1)/√(2p(1 − p)); Q(0.975) = 0.95/√(0.04875) = 4.302652729749464.
    const quantile = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
    for (const alternative of ["two-sided", "greater", "less"] as const) {
      const result = inferEffect({ estimate: 1, standardError: 0.5, degreesOfFreedom: 2 }, { confidenceLevel: 0.95, alternative });
      expectRelativeClose(result.ciLower, 1 - quantile * 0.5, 1e-14, `ci lower, ${alternative}`);
      expectRelativeClose(result.ciUpper, 1 + quantile * 0.5, 1e-14, `ci upper, ${alternative}`);
    }
  });

  it("gives one-sided p values in the direction of the alternative", () => {
    // t = 2 on 2 df: P(T > 2) = 1/2 − 2/(2√6) and P(T < 2) = 1/2 + 2/(2√6).
    const point = { estimate: 1, standardError: 0.5, degreesOfFreedom: 2 };
    const greater = inferEffect(point, { confidenceLevel: 0.95, alternative: "greater" });
    const less = inferEffect(point, { confidenceLevel: 0.95, alternative: "less" });
    expectRelativeClose(greater.pValue, 0.5 - 1 / Math.sqrt(6), 1e-14, "p greater");
    expectRelativeClose(less.pValue, 0.5 + 1 / Math.sqrt(6), 1e-15, "p less");
  });

  it("caps the two-sided p value at 1 and gives 1 for t = 0", () => {
    const result = inferEffect({ estimate: 0, standardError: 1, degreesOfFreedom: 5 }, TWO_SIDED);
    expect(result.pValue).toBe(1);
  });

  it("is z-based with infinite degrees of freedom", () => {
    const result = inferEffect({ estimate: 1.96, standardError: 1, degreesOfFreedom: Infinity }, TWO_SIDED);
    expect(result.pValue).toBe(2 * normalCdf(-1.96));
    expect(result.ciUpper).toBe(1.96 + normalQuantile(0.975));
  });

  it("keeps relative accuracy for tiny p values (the lower tail is computed directly)", () => {
    // Cauchy (1 df): P(T < −t) = atan(1/t)/π ≈ 1/(πt) for large t, so two-sided p(1e12) ≈ 2/(π·1e12).
    const result = inferEffect({ estimate: 1e12, standardError: 1, degreesOfFreedom: 1 }, TWO_SIDED);
    expectRelativeClose(result.pValue, (2 * Math.atan(1e-12)) / Math.PI, 1e-13, "p two-sided, t = 1e12, df = 1");
  });
});

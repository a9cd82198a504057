import { describe, expect, it } from "vitest";
import { fitLinearModel } from "../../src/stats/fit-linear-model.js";
import { testCoefficient } from "../../src/stats/test-coefficient.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const TWO_SIDED = { confidenceLevel: 0.95, alternative: "two-sided" } as const;
const FIT = fitLinearModel([[1, 0], [1, 1], [1, 2], [1, 3]], [1, 3, 2, 4]);

describe("testCoefficient", () => {
  it("requires an integer index of a coefficient", () => {
    for (const index of [2, -1, 0.5, Number.NaN]) {
      expect(() => testCoefficient(FIT, index, TWO_SIDED)).toThrow(
        new RangeError(`testCoefficient requires an integer index from 0 to 1, got ${index}`),
      );
    }
  });

  it("requires a valid confidence level", () => {
    expect(() => testCoefficient(FIT, 1, { confidenceLevel: 0, alternative: "two-sided" })).toThrow(
      new RangeError("testCoefficient requires a confidence level strictly between 0 and 1, got 0"),
    );
  });

  it("doc example: the slope of y = 1, 3, 2, 4 on x = 0..3 has t = 4√2/3 and p = 0.2", () => {
    // Slope 0.8, SE √(0.9/5) = 0.3√2, t = 0.8/(0.3√2) = 4√2/3 on 2 df;
    // with 2 df P(|T| > t) = 1 − t/√(2 + t²) = 1 − (4√2/3)/(5√2/3) = 1 − 0.8 = 0.2.
    const result = testCoefficient(FIT, 1, TWO_SIDED);
    expect(result.degreesOfFreedom).toBe(2);
    expectRelativeClose(result.statistic, (4 * Math.SQRT2) / 3, 1e-14, "t");
    expectRelativeClose(result.pValue, 0.2, 1e-14, "p two-sided");
  });

  it("gives the two-sided CI β ± t(0.975, 2)·SE, and a one-sided p for 'greater'", () => {
    // t(0.975, 2) = 0.95/√(2·0.975·0.025); P(T > 4√2/3) = 0.2/2 = 0.1 by symmetry.
    const quantile = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
    const greater = testCoefficient(FIT, 1, { confidenceLevel: 0.95, alternative: "greater" });
    expectRelativeClose(greater.pValue, 0.1, 1e-14, "p greater");
    expectRelativeClose(greater.ciLower, 0.8 - quantile * Math.sqrt(0.18), 1e-13, "ci lower");
    expectRelativeClose(greater.ciUpper, 0.8 + quantile * Math.sqrt(0.18), 1e-14, "ci upper");
  });
});

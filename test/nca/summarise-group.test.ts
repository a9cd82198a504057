import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { summariseGroup } from "../../src/nca/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// A failure prints fast-check's seed; replay with fc.configureGlobal({ seed }).

describe("summariseGroup", () => {
  it("doc example, by hand and R 4.2.2: [1, 2, 4] has geometric mean 2 and s = sd(log(x)) = ln 2", () => {
    const summary = summariseGroup([1, 2, 4]);
    // R 4.2.2: exp(mean(log(x))) = 2, sqrt(exp(sd(log(x))^2) - 1) * 100 = 78.53704044854723,
    // mean = 2.3333333333333335, sd = 1.5275252316519468, median = 2
    expect(summary).toMatchObject({ n: 3, missingCount: 0, median: 2, min: 1, max: 4, arithmeticMean: 2.3333333333333335 });
    expectRelativeClose(summary.geometricMean, 2, 1e-15, "geometric mean");
    expectRelativeClose(summary.geometricCvPercent, Math.sqrt(Math.expm1(Math.LN2 ** 2)) * 100, 1e-14, "geometric CV% by hand");
    expectRelativeClose(summary.geometricCvPercent, 78.537040448547231, 1e-14, "geometric CV% (R)");
    expectRelativeClose(summary.standardDeviation, 1.5275252316519468, 1e-15, "SD");
  });

  it("gives the median of an even count as the mean of the middle two, whatever the input order", () => {
    expect(summariseGroup([4, 1, 3, 2]).median).toBe(2.5);
    expect(summariseGroup([4, 1, 3, 2])).toEqual(summariseGroup([1, 2, 3, 4]));
  });

  it("leaves NaN (missing) values out and counts them", () => {
    expect(summariseGroup([1, Number.NaN, 2, 4])).toEqual({ ...summariseGroup([1, 2, 4]), missingCount: 1 });
  });

  it("is all NaN for no values (or only missing ones)", () => {
    const nan = Number.NaN;
    const empty = {
      n: 0, missingCount: 2, geometricMean: nan, geometricCvPercent: nan,
      arithmeticMean: nan, standardDeviation: nan, median: nan, min: nan, max: nan,
    };
    expect(summariseGroup([nan, nan])).toEqual(empty);
    expect(summariseGroup([])).toEqual({ ...empty, missingCount: 0 });
  });

  it("has no SD or geometric CV for one value", () => {
    expect(summariseGroup([5])).toEqual({
      n: 1, missingCount: 0, geometricMean: 5, geometricCvPercent: Number.NaN,
      arithmeticMean: 5, standardDeviation: Number.NaN, median: 5, min: 5, max: 5,
    });
  });

  it("has no geometric statistics when a value is ≤ 0, and keeps the others", () => {
    const summary = summariseGroup([0, 2, 4]);
    expect(summary.geometricMean).toBeNaN();
    expect(summary.geometricCvPercent).toBeNaN();
    expect(summary).toMatchObject({ n: 3, arithmeticMean: 2, standardDeviation: 2, median: 2, min: 0, max: 4 });
  });
});

describe("summariseGroup: properties", () => {
  propTest.prop([fc.array(fc.double({ min: 1e-3, max: 1e3, noNaN: true }), { minLength: 2, maxLength: 30 })])(
    "min ≤ geometric mean ≤ arithmetic mean ≤ max, min ≤ median ≤ max, and the geometric CV is ≥ 0",
    (values) => {
      const summary = summariseGroup(values);
      const slack = 1 + 1e-12; // rounding of exp(mean(log x)) and of the means
      expect(summary.min).toBeLessThanOrEqual(summary.geometricMean * slack);
      expect(summary.geometricMean).toBeLessThanOrEqual(summary.arithmeticMean * slack);
      expect(summary.arithmeticMean).toBeLessThanOrEqual(summary.max * slack);
      expect(summary.median).toBeGreaterThanOrEqual(summary.min);
      expect(summary.median).toBeLessThanOrEqual(summary.max);
      expect(summary.geometricCvPercent).toBeGreaterThanOrEqual(0);
    },
  );
});

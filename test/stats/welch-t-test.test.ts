import { describe, expect, it } from "vitest";
import { welchTTest } from "../../src/stats/welch-t-test.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { expectTTestMatches } from "../helpers/expect-t-test.js";
import { loadStatsReference } from "../helpers/stats-reference.js";

const TWO_SIDED = { confidenceLevel: 0.95, alternative: "two-sided" } as const;
const HAND_X = [5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 6.1];
const HAND_Y = [4.1, 5.9, 3.2, 6.5, 4.0, 5.2, 2.9];

describe("welchTTest preconditions", () => {
  it("requires at least two values in each group", () => {
    expect(() => welchTTest([1], HAND_Y, TWO_SIDED)).toThrow(
      new RangeError("welchTTest requires at least two values in each group, got 1 treatment and 7 control"),
    );
  });

  it("requires finite values", () => {
    expect(() => welchTTest([Number.NaN, 1], HAND_Y, TWO_SIDED)).toThrow(
      new RangeError("welchTTest requires finite values, got NaN at treatment[0]"),
    );
  });

  it("requires a confidence level strictly between 0 and 1", () => {
    expect(() => welchTTest(HAND_X, HAND_Y, { confidenceLevel: 95, alternative: "two-sided" })).toThrow(
      new RangeError("welchTTest requires a confidence level strictly between 0 and 1, got 95"),
    );
  });
});

describe("welchTTest edge cases", () => {
  it("is undefined when both groups are constant: estimate kept, SE 0, the rest NaN", () => {
    const result = welchTTest([2, 2, 2], [1, 1], TWO_SIDED);
    expect(result.estimate).toBe(1);
    expect(result.standardError).toBe(0);
    for (const value of [result.statistic, result.degreesOfFreedom, result.pValue, result.ciLower, result.ciUpper]) {
      expect(value).toBeNaN();
    }
  });

  it("with one constant group has the other group's n − 1 degrees of freedom", () => {
    // ν = (s²/n)² / ((s²/n)²/(n − 1)) = n − 1 when the other variance is 0.
    const result = welchTTest([1, 2, 3, 4], [7, 7, 7], TWO_SIDED);
    expectRelativeClose(result.degreesOfFreedom, 3, 1e-15, "df");
    expect(result.estimate).toBe(-4.5);
  });
});

describe("welchTTest against R 4.2.2 t.test(var.equal = FALSE) (stats.json → t_tests.*.welch)", () => {
  const reference = loadStatsReference();
  // 1e-8 relative, as asked (see expectTTestMatches); observed below 1e-14.
  it.each(Object.entries(reference.t_tests))("%s", (_, block) => {
    expect(expectTTestMatches(welchTTest, block, block.welch)).toBeLessThan(1e-8);
  });

  it("doc example: hand-made vectors, p = 0.0871118890086819", () => {
    expectRelativeClose(welchTTest(HAND_X, HAND_Y, TWO_SIDED).pValue, 0.0871118890086819, 1e-13, "p two-sided");
  });

  it("gives P(less) = 1 − P(greater)", () => {
    const greater = welchTTest(HAND_X, HAND_Y, { confidenceLevel: 0.95, alternative: "greater" });
    const less = welchTTest(HAND_X, HAND_Y, { confidenceLevel: 0.95, alternative: "less" });
    expectRelativeClose(greater.pValue + less.pValue, 1, 1e-15, "p greater + p less");
  });

  it("swapping the groups negates the estimate and the interval", () => {
    const forward = welchTTest(HAND_X, HAND_Y, TWO_SIDED);
    const backward = welchTTest(HAND_Y, HAND_X, TWO_SIDED);
    expect(backward.estimate).toBe(-forward.estimate);
    expectRelativeClose(backward.ciLower, -forward.ciUpper, 1e-14, "ci lower vs −ci upper");
    expect(backward.pValue).toBe(forward.pValue);
  });
});

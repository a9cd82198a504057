import { describe, expect, it } from "vitest";
import { studentTTest } from "../../src/stats/student-t-test.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { expectTTestMatches } from "../helpers/expect-t-test.js";
import { loadStatsReference } from "../helpers/stats-reference.js";

const TWO_SIDED = { confidenceLevel: 0.95, alternative: "two-sided" } as const;
const HAND_X = [5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 5.3, 6.1];
const HAND_Y = [4.1, 5.9, 3.2, 6.5, 4.0, 5.2, 2.9];

describe("studentTTest preconditions", () => {
  it("requires at least two values in each group", () => {
    expect(() => studentTTest(HAND_X, [1], TWO_SIDED)).toThrow(
      new RangeError("studentTTest requires at least two values in each group, got 8 treatment and 1 control"),
    );
  });

  it("requires finite values", () => {
    expect(() => studentTTest(HAND_X, [1, 2, 3, Infinity], TWO_SIDED)).toThrow(
      new RangeError("studentTTest requires finite values, got Infinity at control[3]"),
    );
  });

  it("requires a known alternative", () => {
    const options = { confidenceLevel: 0.95, alternative: "greater than" } as unknown as typeof TWO_SIDED;
    expect(() => studentTTest(HAND_X, HAND_Y, options)).toThrow(
      new RangeError('studentTTest requires alternative "two-sided", "greater" or "less", got "greater than"'),
    );
  });
});

describe("studentTTest edge cases", () => {
  it("is undefined when both groups are constant: estimate kept, SE 0, df n₁ + n₂ − 2, the rest NaN", () => {
    const result = studentTTest([2, 2, 2], [1, 1], TWO_SIDED);
    expect(result.estimate).toBe(1);
    expect(result.standardError).toBe(0);
    expect(result.degreesOfFreedom).toBe(3);
    for (const value of [result.statistic, result.pValue, result.ciLower, result.ciUpper]) expect(value).toBeNaN();
  });

  it("matches a hand computation: groups 1, 2, 3 and 2, 4", () => {
    // Pooled s² = (2·1 + 1·2)/3 = 4/3, SE = √(4/3·(1/3 + 1/2)) = √(10/9), t = −1/√(10/9) = −3/√10.
    const result = studentTTest([1, 2, 3], [2, 4], TWO_SIDED);
    expect(result.degreesOfFreedom).toBe(3);
    expectRelativeClose(result.standardError, Math.sqrt(10 / 9), 1e-15, "SE");
    expectRelativeClose(result.statistic, -3 / Math.sqrt(10), 1e-15, "t");
  });
});

describe("studentTTest against R 4.2.2 t.test(var.equal = TRUE) (stats.json → t_tests.*.student)", () => {
  const reference = loadStatsReference();
  // 1e-8 relative, as asked (see expectTTestMatches); observed below 1e-14.
  it.each(Object.entries(reference.t_tests))("%s", (_, block) => {
    expect(expectTTestMatches(studentTTest, block, block.student)).toBeLessThan(1e-8);
  });

  it("doc example: hand-made vectors, p = 0.0571185379123587", () => {
    expectRelativeClose(studentTTest(HAND_X, HAND_Y, TWO_SIDED).pValue, 0.0571185379123587, 1e-13, "p two-sided");
  });
});

import { describe, expect, it } from "vitest";
import { validateCountRegressionOptions } from "../../src/stats/count-regression-options.js";

describe("validateCountRegressionOptions", () => {
  it("doc example: fills in a zero offset and the iteration limit 100", () => {
    const valid = validateCountRegressionOptions({ design: [[1], [1]], counts: [0, 2] }, "fitPoissonRegression");
    expect(valid.offset).toEqual([0, 0]);
    expect(valid.maxIterations).toBe(100);
    expect(validateCountRegressionOptions({ design: [[1], [1]], counts: [0, 2], offset: [1, 2], maxIterations: 7 }, "f")).toEqual({
      design: [[1], [1]],
      counts: [0, 2],
      offset: [1, 2],
      maxIterations: 7,
    });
  });

  it("names the calling function in every message", () => {
    const design = [[1], [1], [1], [1]];
    const check = (options: Parameters<typeof validateCountRegressionOptions>[0]): (() => unknown) => () =>
      validateCountRegressionOptions(options, "fitNegativeBinomialRegression");
    expect(check({ design, counts: [1, 2, 3] })).toThrow(
      new RangeError("fitNegativeBinomialRegression requires one count per design row, got 3 counts and 4 rows"),
    );
    expect(check({ design, counts: [1, 2, 3, Number.NaN] })).toThrow(
      new RangeError("fitNegativeBinomialRegression requires counts that are non-negative integers, got NaN at index 3"),
    );
    expect(check({ design, counts: [0, 0, 0, 0] })).toThrow(
      new RangeError("fitNegativeBinomialRegression requires at least one positive count, got 4 zero counts"),
    );
    expect(check({ design, counts: [1, 2, 3, 4], offset: [0, 0, 0] })).toThrow(
      new RangeError("fitNegativeBinomialRegression requires one offset per design row, got 3 offsets and 4 rows"),
    );
    expect(check({ design, counts: [1, 2, 3, 4], offset: [0, Number.NaN, 0, 0] })).toThrow(
      new RangeError("fitNegativeBinomialRegression requires finite offsets (log exposure), got NaN at index 1"),
    );
    expect(check({ design, counts: [1, 2, 3, 4], maxIterations: 2.5 })).toThrow(
      new RangeError("fitNegativeBinomialRegression requires maxIterations to be a positive integer, got 2.5"),
    );
  });
});

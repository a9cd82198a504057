import { describe, expect, it } from "vitest";
import { validateFullRank } from "../../src/stats/validate-full-rank.js";

describe("validateFullRank", () => {
  it("doc example: accepts an intercept and a slope", () => {
    expect(validateFullRank([[1, 1, 1], [0, 1, 2]], "fitLogisticRegression")).toBeUndefined();
  });

  it("names the first column that is a combination of the ones before it", () => {
    expect(() => validateFullRank([[1, 1, 1, 1], [0, 1, 0, 1], [1, 0, 1, 0]], "fitLogisticRegression")).toThrow(
      new RangeError(
        "fitLogisticRegression requires linearly independent design columns, column 2 (0-based) is collinear with the columns before it",
      ),
    );
    expect(() => validateFullRank([[1, 1, 1], [0, 0, 0]], "fitLogisticRegression")).toThrow(
      new RangeError(
        "fitLogisticRegression requires linearly independent design columns, column 1 (0-based) is collinear with the columns before it",
      ),
    );
  });
});

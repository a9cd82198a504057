import { describe, expect, it } from "vitest";
import { validateRegressionInputs } from "../../src/stats/validate-regression-inputs.js";

const check = (design: readonly (readonly number[])[], response: readonly number[]) => () =>
  validateRegressionInputs(design, response, "fitLogisticRegression");

describe("validateRegressionInputs", () => {
  it("doc example: returns the number of design columns", () => {
    expect(validateRegressionInputs([[1, 0], [1, 1], [1, 2]], [0, 1, 1], "fitLogisticRegression")).toBe(2);
  });

  it("states each precondition verbatim", () => {
    expect(check([], [])).toThrow(new RangeError("fitLogisticRegression requires a design with at least one row and one column"));
    expect(check([[1], [1], [1], [1]], [0, 1, 1])).toThrow(
      new RangeError("fitLogisticRegression requires one response per design row, got 3 responses and 4 rows"),
    );
    expect(check([[1, 0], [1, 1]], [0, 1])).toThrow(
      new RangeError("fitLogisticRegression requires more observations than design columns, got 2 observations and 2 columns"),
    );
    expect(check([[1, 0], [1, 1], [1]], [0, 1, 1])).toThrow(
      new RangeError("fitLogisticRegression requires 2 columns in every design row, row 2 has 1"),
    );
    expect(check([[1, 0], [1, Number.NaN], [1, 2]], [0, 1, 1])).toThrow(
      new RangeError("fitLogisticRegression requires finite design values, got NaN at row 1, column 1"),
    );
    expect(check([[1, 0], [1, 1], [1, 2]], [0, 1, Infinity])).toThrow(
      new RangeError("fitLogisticRegression requires finite responses, got Infinity at index 2"),
    );
  });
});

import { describe, expect, it } from "vitest";
import { validateModelDesign } from "../../src/stats/validate-model-design.js";

describe("validateModelDesign", () => {
  it("doc example: returns the number of columns", () => {
    expect(validateModelDesign([[1, 0], [1, 1], [1, 1]], "fitPoissonRegression")).toBe(2);
    expect(validateModelDesign([[1]], "fitPoissonRegression")).toBe(1);
  });

  it("names the calling function in every message", () => {
    expect(() => validateModelDesign([], "fitWeibullRegression")).toThrow(
      new RangeError("fitWeibullRegression requires a design with at least one row and one column"),
    );
    expect(() => validateModelDesign([[]], "fitWeibullRegression")).toThrow(
      new RangeError("fitWeibullRegression requires a design with at least one row and one column"),
    );
    expect(() => validateModelDesign([[1, 0], [1]], "fitPoissonRegression")).toThrow(
      new RangeError("fitPoissonRegression requires 2 columns in every design row, row 1 has 1"),
    );
    expect(() => validateModelDesign([[1, 0], [1, Infinity]], "fitPoissonRegression")).toThrow(
      new RangeError("fitPoissonRegression requires finite design values, got Infinity at row 1, column 1"),
    );
    expect(() => validateModelDesign([[1, 0]], "fitPoissonRegression")).toThrow(
      new RangeError("fitPoissonRegression requires at least as many observations as design columns, got 1 observations and 2 columns"),
    );
  });
});

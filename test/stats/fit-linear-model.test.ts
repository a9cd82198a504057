import { describe, expect, it } from "vitest";
import { fitLinearModel } from "../../src/stats/fit-linear-model.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { loadStatsReference } from "../helpers/stats-reference.js";

const X = [[1, 0], [1, 1], [1, 2], [1, 3]];
const Y = [1, 3, 2, 4];

describe("fitLinearModel preconditions", () => {
  it("requires a design with a row and a column", () => {
    const message = "fitLinearModel requires a design with at least one row and one column";
    expect(() => fitLinearModel([], [])).toThrow(new RangeError(message));
    expect(() => fitLinearModel([[]], [1])).toThrow(new RangeError(message));
  });

  it("requires one response per row", () => {
    expect(() => fitLinearModel(X, [1, 2, 3])).toThrow(
      new RangeError("fitLinearModel requires one response per design row, got 3 responses and 4 rows"),
    );
  });

  it("requires more observations than columns (a residual degree of freedom)", () => {
    expect(() => fitLinearModel([[1, 0], [1, 1]], [1, 2])).toThrow(
      new RangeError("fitLinearModel requires more observations than design columns, got 2 observations and 2 columns"),
    );
  });

  it("requires rows of equal length", () => {
    expect(() => fitLinearModel([[1, 0], [1, 1], [1], [1, 3]], Y)).toThrow(
      new RangeError("fitLinearModel requires 2 columns in every design row, row 2 has 1"),
    );
  });

  it("requires finite values", () => {
    expect(() => fitLinearModel([[1, 0], [1, Number.NaN], [1, 2], [1, 3]], Y)).toThrow(
      new RangeError("fitLinearModel requires finite design values, got NaN at row 1, column 1"),
    );
    expect(() => fitLinearModel(X, [1, 3, Infinity, 4])).toThrow(
      new RangeError("fitLinearModel requires finite responses, got Infinity at index 2"),
    );
  });

  it("rejects collinear columns, naming the first dependent one", () => {
    const message = (column: number): string =>
      `fitLinearModel requires linearly independent design columns, column ${column} (0-based) is collinear with the columns before it`;
    // Column 2 = 2 × column 1.
    expect(() => fitLinearModel([[1, 0, 0], [1, 1, 2], [1, 2, 4], [1, 3, 6]], Y)).toThrow(new RangeError(message(2)));
    // A zero column.
    expect(() => fitLinearModel([[1, 0], [1, 0], [1, 0], [1, 0]], Y)).toThrow(new RangeError(message(1)));
    // Two group indicators that add up to the intercept.
    expect(() => fitLinearModel([[1, 1, 0], [1, 1, 0], [1, 0, 1], [1, 0, 1]], Y)).toThrow(new RangeError(message(2)));
    // Collinear up to rounding: 0.1·column 1 + 0.2, which is not exactly representable.
    const nearly = X.map(([one, x]) => [one ?? 0, x ?? 0, 0.1 * (x ?? 0) + 0.2]);
    expect(() => fitLinearModel(nearly, Y)).toThrow(new RangeError(message(2)));
  });

  it("accepts a nearly but not numerically collinear column (tolerance 1e-7 of the column's length, as R's lm)", () => {
    const design = X.map(([one, x], row) => [one ?? 0, x ?? 0, (x ?? 0) + (row === 3 ? 1e-5 : 0)]);
    expect(fitLinearModel(design, Y).coefficients).toHaveLength(3);
  });
});

describe("fitLinearModel", () => {
  it("doc example: y = 1, 3, 2, 4 on x = 0..3 has intercept 1.3 and slope 0.8", () => {
    // x̄ = 1.5, ȳ = 2.5, Sxx = 5, Sxy = 2.25 − 0.25 − 0.25 + 2.25 = 4: slope 0.8, intercept 2.5 − 1.2 = 1.3.
    const fit = fitLinearModel(X, Y);
    expectRelativeClose(fit.coefficients[0] ?? Number.NaN, 1.3, 1e-14, "intercept");
    expectRelativeClose(fit.coefficients[1] ?? Number.NaN, 0.8, 1e-14, "slope");
  });

  it("matches the closed-form σ, standard errors and R² of a simple regression", () => {
    // Residuals −0.3, 0.9, −0.9, 0.3: RSS = 1.8, σ² = 1.8/2 = 0.9; SE(slope) = √(0.9/5);
    // SE(intercept) = σ·√(1/4 + x̄²/Sxx) = √(0.9·(0.25 + 0.45)); TSS = 5, R² = 1 − 1.8/5 = 0.64.
    const fit = fitLinearModel(X, Y);
    expect(fit.residualDegreesOfFreedom).toBe(2);
    expectRelativeClose(fit.sigma, Math.sqrt(0.9), 1e-14, "sigma");
    expectRelativeClose(fit.standardErrors[1] ?? Number.NaN, Math.sqrt(0.9 / 5), 1e-14, "SE slope");
    expectRelativeClose(fit.standardErrors[0] ?? Number.NaN, Math.sqrt(0.9 * 0.7), 1e-14, "SE intercept");
    expectRelativeClose(fit.rSquared, 0.64, 1e-14, "R²");
  });

  it("uses the uncentred R² without a column of ones (as R's summary.lm for y ~ 0 + x)", () => {
    // y = 1, 3, 2, 4 on x = 1..4 without intercept: β = Σxy/Σx² = (1 + 6 + 6 + 16)/30 = 29/30;
    // fitted sum of squares MSS = β²·Σx² = 29²/30, RSS = Σy² − MSS = 30 − 841/30 = 59/30, R² = 841/900.
    const fit = fitLinearModel([[1], [2], [3], [4]], Y);
    expectRelativeClose(fit.coefficients[0] ?? Number.NaN, 29 / 30, 1e-15, "β");
    expectRelativeClose(fit.rSquared, 841 / 900, 1e-14, "R²");
  });

  it("fits an exact line exactly: σ = 0, standard errors 0, R² = 1", () => {
    const fit = fitLinearModel(X, [2, 5, 8, 11]);
    expectRelativeClose(fit.coefficients[1] ?? Number.NaN, 3, 1e-14, "slope");
    expect(fit.sigma).toBeLessThan(1e-14);
    expect(fit.rSquared).toBeCloseTo(1, 14);
  });

  it("reproduces R's lm on the pbc ANCOVA designs (σ, R², residual df, β, SE) to 1e-10", () => {
    // The full inference (t, p, CI) of these blocks is checked in ancova.test.ts.
    for (const [name, block] of Object.entries(loadStatsReference().ancova)) {
      const design = block.inputs.y.map((_, row) => [1, block.inputs.treat[row] ?? Number.NaN, block.inputs.covariate[row] ?? Number.NaN]);
      const fit = fitLinearModel(design, block.inputs.y);
      expect(fit.residualDegreesOfFreedom).toBe(block.residual_df);
      expectRelativeClose(fit.sigma, block.sigma, 1e-10, `${name} sigma`);
      expectRelativeClose(fit.rSquared, block.r_squared, 1e-10, `${name} r_squared`);
      for (const [index, coefficient] of Object.values(block.coefficients).entries()) {
        expectRelativeClose(fit.coefficients[index] ?? Number.NaN, coefficient.estimate, 1e-10, `${name} β${index}`);
        expectRelativeClose(fit.standardErrors[index] ?? Number.NaN, coefficient.se, 1e-10, `${name} SE${index}`);
      }
    }
  });
});

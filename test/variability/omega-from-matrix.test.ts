import { describe, expect, it } from "vitest";
import { choleskyFactor, omegaFromMatrix } from "../../src/variability/index.js";

describe("omegaFromMatrix", () => {
  it("returns a copy of a valid Ω (doc example: correlation 0.03 / √(0.09·0.04) = 0.5)", () => {
    const matrix = [[0.09, 0.03], [0.03, 0.04]];
    const omega = omegaFromMatrix(matrix);
    expect(omega).toEqual([[0.09, 0.03], [0.03, 0.04]]);
    expect(omega).not.toBe(matrix);
    expect(omega[0]).not.toBe(matrix[0]);
    expect(omegaFromMatrix([])).toEqual([]);
  });

  it("accepts a zero variance with an all-zero row and column, and a correlation of exactly ±1 to rounding", () => {
    expect(omegaFromMatrix([[0.09, 0], [0, 0]])).toEqual([[0.09, 0], [0, 0]]);
    const omega = 0.3 * 0.2;
    expect(() => omegaFromMatrix([[0.3 ** 2, -omega], [-omega, 0.2 ** 2]])).not.toThrow();
  });

  it("refuses negative variances and covariances that imply a correlation outside [-1, 1]", () => {
    expect(() => omegaFromMatrix([[0.09, 0], [0, -0.2]])).toThrow(
      new RangeError("omegaFromMatrix requires variances >= 0 on the diagonal, got matrix[1][1] = -0.2"),
    );
    expect(() => omegaFromMatrix([[0.09, 0.3], [0.3, 0.04]])).toThrow(
      new RangeError(
        "omegaFromMatrix requires |matrix[i][j]| <= √(matrix[i][i]·matrix[j][j]) (a correlation from -1 to 1), " +
          "got matrix[1][0] = 0.3 with variances 0.04 and 0.09 (correlation 5)",
      ),
    );
    expect(() => omegaFromMatrix([[0.09, 0.01], [0.01, 0]])).toThrow(
      new RangeError(
        "omegaFromMatrix requires |matrix[i][j]| <= √(matrix[i][i]·matrix[j][j]) (a correlation from -1 to 1), " +
          "got matrix[1][0] = 0.01 with variances 0 and 0.09 (a variance of 0 needs an all-zero row and column)",
      ),
    );
  });

  it("refuses what choleskyFactor refuses for its shape: non-square, non-finite, asymmetric", () => {
    expect(() => omegaFromMatrix([[0.09, 0]])).toThrow(
      new RangeError("omegaFromMatrix requires a square matrix, got 2 entries in matrix[0] of a 1-row matrix"),
    );
    expect(() => omegaFromMatrix([[Number.NaN]])).toThrow(new RangeError("omegaFromMatrix requires finite entries, got matrix[0][0] = NaN"));
    expect(() => omegaFromMatrix([[0.09, 0.01], [0.02, 0.04]])).toThrow(
      new RangeError("omegaFromMatrix requires a symmetric matrix, got matrix[1][0] = 0.02 and matrix[0][1] = 0.01"),
    );
  });

  it("leaves positive definiteness to choleskyFactor: three correlations of 0.9, −0.9, 0.9 each pass, together they do not", () => {
    const omega = omegaFromMatrix([[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]]);
    expect(() => choleskyFactor(omega)).toThrow("choleskyFactor requires a positive-definite matrix: the leading principal minor of order 3 is");
  });
});

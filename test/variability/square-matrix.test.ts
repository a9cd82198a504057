import { describe, expect, it } from "vitest";
import { assertSquareMatrix, assertSymmetric, entryAt } from "../../src/variability/index.js";

describe("entryAt", () => {
  it("reads row, column (0-based); NaN outside the matrix (doc example)", () => {
    expect(entryAt([[4, 2], [2, 3]], 1, 0)).toBe(2);
    expect(entryAt([[4, 2], [2, 3]], 2, 0)).toBeNaN();
    expect(entryAt([[4, 2], [2, 3]], 0, 5)).toBeNaN();
  });
});

describe("assertSquareMatrix", () => {
  it("returns the size of a square finite matrix (doc example), 0 for an empty one", () => {
    expect(assertSquareMatrix([[1, 0], [0, 1]], "choleskyFactor", "matrix")).toBe(2);
    expect(assertSquareMatrix([], "choleskyFactor", "matrix")).toBe(0);
  });

  it("refuses a ragged or non-square matrix, naming the row", () => {
    expect(() => assertSquareMatrix([[1, 0, 0], [0, 1], [0, 0, 1]], "choleskyFactor", "matrix")).toThrow(
      new RangeError("choleskyFactor requires a square matrix, got 2 entries in matrix[1] of a 3-row matrix"),
    );
    expect(() => assertSquareMatrix([[1, 0, 0], [0, 1, 0]], "omegaFromCvs", "correlations")).toThrow(
      new RangeError("omegaFromCvs requires a square correlations, got 3 entries in correlations[0] of a 2-row correlations"),
    );
  });

  it("refuses NaN and infinite entries", () => {
    expect(() => assertSquareMatrix([[1, Number.NaN], [0, 1]], "choleskyFactor", "matrix")).toThrow(
      new RangeError("choleskyFactor requires finite entries, got matrix[0][1] = NaN"),
    );
    expect(() => assertSquareMatrix([[1, 0], [0, -Infinity]], "choleskyFactor", "matrix")).toThrow(
      new RangeError("choleskyFactor requires finite entries, got matrix[1][1] = -Infinity"),
    );
  });
});

describe("assertSymmetric", () => {
  it("accepts a symmetric matrix (doc example) and one that differs by rounding (1e-12 relative)", () => {
    expect(() => assertSymmetric([[1, 0.5], [0.5, 1]], "choleskyFactor", "matrix")).not.toThrow();
    expect(() => assertSymmetric([[1, 0.5], [0.5 * (1 + 5e-13), 1]], "choleskyFactor", "matrix")).not.toThrow();
  });

  it("refuses an asymmetric matrix, giving both entries", () => {
    expect(() => assertSymmetric([[1, 0.6], [0.5, 1]], "choleskyFactor", "matrix")).toThrow(
      new RangeError("choleskyFactor requires a symmetric matrix, got matrix[1][0] = 0.5 and matrix[0][1] = 0.6"),
    );
    expect(() => assertSymmetric([[1, 0.5], [0.5 * (1 + 2e-12), 1]], "choleskyFactor", "matrix")).toThrow(
      "choleskyFactor requires a symmetric matrix",
    );
  });

  it("requires an entry mirrored by an exact 0 to be 0", () => {
    expect(() => assertSymmetric([[1, 1e-300], [0, 1]], "choleskyFactor", "matrix")).toThrow(
      new RangeError("choleskyFactor requires a symmetric matrix, got matrix[1][0] = 0 and matrix[0][1] = 1e-300"),
    );
  });
});

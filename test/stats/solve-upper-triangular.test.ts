import { describe, expect, it } from "vitest";
import { solveUpperTriangular } from "../../src/stats/solve-upper-triangular.js";

describe("solveUpperTriangular", () => {
  it("doc example: [[2, 1], [0, 4]] x = [5, 8] gives x = [1.5, 2]", () => {
    // Back substitution: x₁ = 8/4 = 2, then x₀ = (5 − 1·2)/2 = 1.5.
    expect(solveUpperTriangular([[2, 1], [0, 4]], [5, 8])).toEqual([1.5, 2]);
  });

  it("ignores entries below the diagonal", () => {
    expect(solveUpperTriangular([[2, 1], [99, 4]], [5, 8])).toEqual([1.5, 2]);
  });

  it("solves a 3 × 3 system", () => {
    // x = [1, −1, 2]: rows give 1·1 + 2·(−1) + 3·2 = 5, 4·(−1) + 5·2 = 6, 6·2 = 12.
    expect(solveUpperTriangular([[1, 2, 3], [0, 4, 5], [0, 0, 6]], [5, 6, 12])).toEqual([1, -1, 2]);
  });

  it("returns an empty solution for an empty system", () => {
    expect(solveUpperTriangular([], [])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { decomposeCholesky } from "../../src/stats/decompose-cholesky.js";

describe("decomposeCholesky", () => {
  it("doc example: [[4, 2], [2, 10]] = LLᵀ with L = [[2, 0], [1, 3]]", () => {
    expect(decomposeCholesky([[4, 2], [2, 10]])).toEqual([[2, 0], [1, 3]]);
  });

  it("reconstructs a 3 × 3 positive-definite matrix", () => {
    const matrix = [[25, 15, -5], [15, 18, 0], [-5, 0, 11]];
    const lower = decomposeCholesky(matrix) ?? [];
    // Golub & Van Loan's textbook case: L = [[5, 0, 0], [3, 3, 0], [−1, 1, 3]].
    expect(lower).toEqual([[5, 0, 0], [3, 3, 0], [-1, 1, 3]]);
  });

  it("returns undefined for indefinite, singular and NaN matrices", () => {
    expect(decomposeCholesky([[1, 2], [2, 1]])).toBeUndefined();
    expect(decomposeCholesky([[1, 1], [1, 1]])).toBeUndefined();
    expect(decomposeCholesky([[Number.NaN]])).toBeUndefined();
    // A pivot 1e-12 of the largest diagonal entry counts as zero (tolerance 1e-10).
    expect(decomposeCholesky([[1, 0], [0, 1e-12]])).toBeUndefined();
    expect(decomposeCholesky([[1, 0], [0, 1e-9]])).toEqual([[1, 0], [0, Math.sqrt(1e-9)]]);
  });
});

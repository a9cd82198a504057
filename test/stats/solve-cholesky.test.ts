import { describe, expect, it } from "vitest";
import { decomposeCholesky } from "../../src/stats/decompose-cholesky.js";
import { solveCholesky } from "../../src/stats/solve-cholesky.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("solveCholesky", () => {
  it("doc example: A = [[4, 2], [2, 10]], b = (8, 13) gives x = (1.5, 1)", () => {
    expect(solveCholesky([[2, 0], [1, 3]], [8, 13])).toEqual([1.5, 1]);
  });

  it("solves a 3 × 3 system", () => {
    const lower = decomposeCholesky([[25, 15, -5], [15, 18, 0], [-5, 0, 11]]) ?? [];
    const solution = solveCholesky(lower, [35, 33, 6]);
    [1, 1, 1].forEach((value, i) => expectRelativeClose(solution[i] ?? Number.NaN, value, 1e-15, `x${i}`));
  });
});

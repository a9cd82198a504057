import { describe, expect, it } from "vitest";
import { decomposeLdl, invertLdl, solveLdlInPlace } from "../../src/stats/ldl-decomposition.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("decomposeLdl", () => {
  it("doc example: [[4, 2], [2, 3]] = L·D·Lᵀ with D = (4, 2), L₁₀ = 0.5", () => {
    const decomposition = decomposeLdl(Float64Array.from([4, 2, 2, 3]), 2);
    expect(Array.from(decomposition.factor)).toEqual([4, 2, 0.5, 2]);
    expect(decomposition.rank).toBe(2);
  });

  it("drops a column that depends on the ones before it, and a zero or non-finite pivot", () => {
    // Column 1 = 2 × column 0: its pivot is 4 − 2·2·1 = 0.
    expect(decomposeLdl(Float64Array.from([1, 2, 2, 4]), 2).rank).toBe(1);
    expect(decomposeLdl(Float64Array.from([0, 0, 0, 0]), 2).rank).toBe(0);
    expect(decomposeLdl(Float64Array.from([Number.NaN]), 1).rank).toBe(0);
  });

  it("treats a pivot below 1.8e-12 of the largest diagonal entry as 0 (R's toler.chol)", () => {
    expect(decomposeLdl(Float64Array.from([1, 0, 0, 1e-13]), 2).rank).toBe(1);
    expect(decomposeLdl(Float64Array.from([1, 0, 0, 1e-11]), 2).rank).toBe(2);
  });
});

describe("solveLdlInPlace", () => {
  it("doc example: [[4, 2], [2, 3]]·x = (2, 1) gives x = (0.5, 0)", () => {
    expect(Array.from(solveLdlInPlace(decomposeLdl(Float64Array.from([4, 2, 2, 3]), 2), Float64Array.from([2, 1])))).toEqual([0.5, 0]);
  });

  it("solves a 3 × 3 system to rounding", () => {
    const matrix = [4, 1, 2, 1, 5, 3, 2, 3, 6];
    const expected = [1, -2, 0.5];
    const rhs = [0, 1, 2].map((i) => expected.reduce((total, x, j) => total + (matrix[i * 3 + j] ?? 0) * x, 0));
    const solution = solveLdlInPlace(decomposeLdl(Float64Array.from(matrix), 3), Float64Array.from(rhs));
    for (const [i, x] of expected.entries()) expectRelativeClose(solution[i] ?? Number.NaN, x, 1e-14, `x${i}`);
  });

  it("sets the unknown of a dropped column to 0", () => {
    expect(Array.from(solveLdlInPlace(decomposeLdl(Float64Array.from([2, 0, 0, 0]), 2), Float64Array.from([4, 7])))).toEqual([2, 0]);
  });
});

describe("invertLdl", () => {
  it("doc example: [[4, 2], [2, 3]]⁻¹ = [[3, −2], [−2, 4]] / 8", () => {
    const inverse = invertLdl(decomposeLdl(Float64Array.from([4, 2, 2, 3]), 2));
    for (const [i, value] of [0.375, -0.25, -0.25, 0.5].entries()) expectRelativeClose(inverse[i] ?? Number.NaN, value, 1e-15, `entry ${i}`);
  });

  it("gives zero rows and columns for dropped columns (R's chinv2)", () => {
    expect(Array.from(invertLdl(decomposeLdl(Float64Array.from([2, 0, 0, 0]), 2)))).toEqual([0.5, 0, 0, 0]);
  });
});

import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { choleskyFactor } from "../../src/variability/index.js";

// A failure prints fast-check's seed; replay with fc.configureGlobal({ seed }).

describe("choleskyFactor", () => {
  it("factors the empty matrix (no random effects) and a 1 × 1 matrix", () => {
    expect(choleskyFactor([])).toEqual([]);
    expect(choleskyFactor([[9]])).toEqual([[3]]);
  });

  it("doc example, 2 × 2 by hand: L11 = √4 = 2, L21 = 2 / 2 = 1, L22 = √(3 − 1²) = √2", () => {
    // R 4.2.2: t(chol(matrix(c(4, 2, 2, 3), 2))) = [2 0; 1 1.4142135623730951]
    expect(choleskyFactor([[4, 2], [2, 3]])).toEqual([[2, 0], [1, Math.SQRT2]]);
  });

  it("3 × 3 by hand, exact in binary", () => {
    // L11 = √4 = 2; L21 = 12 / 2 = 6; L31 = −16 / 2 = −8;
    // L22 = √(37 − 6²) = 1; L32 = (−43 − (−8)·6) / 1 = 5; L33 = √(98 − (−8)² − 5²) = √9 = 3.
    // R 4.2.2: t(chol(A)) = [2 0 0; 6 1 0; -8 5 3]
    const matrix = [[4, 12, -16], [12, 37, -43], [-16, -43, 98]];
    expect(choleskyFactor(matrix)).toEqual([[2, 0, 0], [6, 1, 0], [-8, 5, 3]]);
  });

  it("gives a zero row for an all-zero row and column (a parameter without variability)", () => {
    // The other rows are factored as if it were absent: [[4, 2], [2, 3]] as above.
    expect(choleskyFactor([[4, 0, 2], [0, 0, 0], [2, 0, 3]])).toEqual([[2, 0, 0], [0, 0, 0], [1, 0, Math.SQRT2]]);
    expect(choleskyFactor([[0, 0], [0, 0]])).toEqual([[0, 0], [0, 0]]);
  });

  it("reads the lower triangle of a matrix that is symmetric to rounding", () => {
    const factor = choleskyFactor([[4, 2 * (1 + 1e-14)], [2, 3]]);
    expect(factor).toEqual([[2, 0], [1, Math.SQRT2]]);
  });

  it("refuses an asymmetric matrix, giving both entries", () => {
    expect(() => choleskyFactor([[1, 0.6], [0.5, 1]])).toThrow(
      new RangeError("choleskyFactor requires a symmetric matrix, got matrix[1][0] = 0.5 and matrix[0][1] = 0.6"),
    );
  });

  it("refuses a non-square matrix and non-finite entries", () => {
    expect(() => choleskyFactor([[1, 0]])).toThrow(
      new RangeError("choleskyFactor requires a square matrix, got 2 entries in matrix[0] of a 1-row matrix"),
    );
    expect(() => choleskyFactor([[Number.NaN]])).toThrow(new RangeError("choleskyFactor requires finite entries, got matrix[0][0] = NaN"));
  });

  it("refuses a matrix that is not positive definite, with the first leading minor that is not > 0", () => {
    // det([[1, 1.5], [1.5, 2]]) = 2 − 2.25 = −0.25 (R 4.2.2: det(...) = -0.25000000000000011, LU rounding)
    expect(() => choleskyFactor([[1, 1.5], [1.5, 2]])).toThrow(
      new RangeError("choleskyFactor requires a positive-definite matrix: the leading principal minor of order 2 is -0.25"),
    );
    expect(() => choleskyFactor([[-1]])).toThrow(
      new RangeError("choleskyFactor requires a positive-definite matrix: the leading principal minor of order 1 is -1"),
    );
    // A correlation of exactly 1 is singular: the minor is 1 − 1² = 0.
    expect(() => choleskyFactor([[1, 1], [1, 1]])).toThrow(
      new RangeError("choleskyFactor requires a positive-definite matrix: the leading principal minor of order 2 is 0"),
    );
  });

  it("refuses a zero variance with a non-zero covariance (semidefinite, not an all-zero row)", () => {
    expect(() => choleskyFactor([[0, 0.5], [0.5, 1]])).toThrow(
      new RangeError("choleskyFactor requires a positive-definite matrix: the leading principal minor of order 1 is 0"),
    );
    expect(() => choleskyFactor([[1, 0.5], [0.5, 0]])).toThrow(
      new RangeError("choleskyFactor requires a positive-definite matrix: the leading principal minor of order 2 is -0.25"),
    );
  });

  it("counts a pivot within ±1e-12 of its diagonal entry as 0, so that singularity does not depend on the last bits", () => {
    // A correlation of 0.03 / (0.3 · 0.1) = 1: the pivot 0.01 − (0.03 / 0.3)² is 0 in exact arithmetic and
    // −1.7e-18 in doubles (0.1² rounds above 0.01), so the minor 0.09 × pivot is −1.6e-19.
    expect(() => choleskyFactor([[0.09, 0.03], [0.03, 0.01]])).toThrow(
      new RangeError(
        "choleskyFactor requires a positive-definite matrix: the leading principal minor of order 2 is -1.5612511283791263e-19, " +
          "0 to rounding (row 1 is a linear combination of the rows before it)",
      ),
    );
    // A pivot of 1e-11 of the diagonal is kept: a correlation of √(1 − 1e-11), nearly but not quite 1.
    expect(() => choleskyFactor([[1, Math.sqrt(1 - 1e-11)], [Math.sqrt(1 - 1e-11), 1]])).not.toThrow();
  });

  it("names the rows of the minor when all-zero rows were left out", () => {
    expect(() => choleskyFactor([[1, 0, 1.5], [0, 0, 0], [1.5, 0, 2]])).toThrow(
      new RangeError(
        "choleskyFactor requires a positive-definite matrix: the principal minor of rows [0, 2] is -0.25 " +
          "(all-zero rows and columns, parameters without variability, are left out)",
      ),
    );
    expect(() => choleskyFactor([[1, 0, 1], [0, 0, 0], [1, 0, 1]])).toThrow(
      new RangeError(
        "choleskyFactor requires a positive-definite matrix: the principal minor of rows [0, 2] is 0 " +
          "(all-zero rows and columns, parameters without variability, are left out)",
      ),
    );
  });
});

/** Bᵀ·B + ε·I: symmetric positive definite for any B (ε > 0), exactly symmetric in floating point. */
function buildPositiveDefinite(rows: readonly (readonly number[])[], ridge: number): number[][] {
  const size = rows.length;
  return Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, j) => {
      let total = i === j ? ridge : 0;
      for (let k = 0; k < size; k++) total += (rows[k]?.[i] ?? Number.NaN) * (rows[k]?.[j] ?? Number.NaN);
      return total;
    }),
  );
}

const squareArbitrary = fc
  .integer({ min: 1, max: 8 })
  .chain((size) =>
    fc.array(fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: size, maxLength: size }), {
      minLength: size,
      maxLength: size,
    }),
  );

const ridgeArbitrary = fc.double({ min: 1e-3, max: 1, noNaN: true });

describe("choleskyFactor: properties", () => {
  propTest.prop([squareArbitrary, ridgeArbitrary])("L is lower triangular with a positive diagonal and L·Lᵀ = A", (rows, ridge) => {
    const matrix = buildPositiveDefinite(rows, ridge);
    const lower = choleskyFactor(matrix);
    const size = matrix.length;
    for (let i = 0; i < size; i++) {
      expect(lower[i]?.[i]).toBeGreaterThan(0);
      for (let j = i + 1; j < size; j++) expect(lower[i]?.[j]).toBe(0);
      for (let j = 0; j < size; j++) {
        let product = 0;
        for (let k = 0; k < size; k++) product += (lower[i]?.[k] ?? Number.NaN) * (lower[j]?.[k] ?? Number.NaN);
        const expected = matrix[i]?.[j] ?? Number.NaN;
        // Higham (2002) Thm 10.3: |L·Lᵀ − A| ≤ γ(n+1)·|L|·|Lᵀ|, and (|L|·|Lᵀ|)ᵢⱼ ≤ √(aᵢᵢ·aⱼⱼ) by
        // Cauchy–Schwarz; γ(n+1) ≈ (n + 1)·2⁻⁵³, taken 8 times larger for the product recomputed here.
        const tolerance = 8 * (size + 1) * 2 ** -53 * Math.sqrt((matrix[i]?.[i] ?? Number.NaN) * (matrix[j]?.[j] ?? Number.NaN));
        expect(Math.abs(product - expected), `(L·Lᵀ)[${i}][${j}] = ${product}, A = ${expected}`).toBeLessThanOrEqual(tolerance);
      }
    }
  });

  propTest.prop([squareArbitrary, ridgeArbitrary, fc.nat()])(
    "an all-zero row and column inserted anywhere gives a zero row and leaves the rest of L unchanged, bit for bit",
    (rows, ridge, position) => {
      const matrix = buildPositiveDefinite(rows, ridge);
      const at = position % (matrix.length + 1);
      const insert = <T>(list: readonly T[], value: T): T[] => [...list.slice(0, at), value, ...list.slice(at)];
      const widened = insert(
        matrix.map((row) => insert(row, 0)),
        new Array<number>(matrix.length + 1).fill(0),
      );
      const expected = insert(
        choleskyFactor(matrix).map((row) => insert(row, 0)),
        new Array<number>(matrix.length + 1).fill(0),
      );
      expect(choleskyFactor(widened)).toEqual(expected);
    },
  );
});

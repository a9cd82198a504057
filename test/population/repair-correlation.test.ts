import { describe, expect, it } from "vitest";
import { repairCorrelation } from "../../src/population/index.js";
import { MINIMUM_EIGENVALUE } from "../../src/population/repair-correlation.js";
import { choleskyFactor } from "../../src/variability/index.js";
import { COPULA_REFERENCE } from "./copula-json.js";

describe("repairCorrelation", () => {
  it("empty and 1 × 1", () => {
    expect(repairCorrelation([])).toEqual([]);
    expect(repairCorrelation([[1]])).toEqual([[1]]);
  });

  it("leaves a positive-definite matrix exactly as it is", () => {
    const matrix = [[1, 0.6, -0.3], [0.6, 1, 0.2], [-0.3, 0.2, 1]];
    expect(repairCorrelation(matrix)).toEqual(matrix);
  });

  it("clips an indefinite matrix as R does: cov2cor(V diag(pmax(λ, 1e-6)) Vᵀ) (test/reference/copula.R)", () => {
    const { matrix, floor, eigenvalues, clipped } = COPULA_REFERENCE.known.clip;
    expect(floor).toBe(MINIMUM_EIGENVALUE);
    expect(Math.min(...eigenvalues)).toBeLessThan(0);
    const got = repairCorrelation(matrix);
    // Jacobi vs LAPACK eigenvectors, R's 15 digits: 1e-12 is far above both, far below any real difference.
    clipped.forEach((row, i) => row.forEach((expected, j) => expect(Math.abs((got[i]?.[j] ?? Number.NaN) - expected), `[${i}][${j}] got ${got[i]?.[j]}, R ${expected}`).toBeLessThan(1e-12)));
    expect(got.map((row, i) => row[i])).toEqual([1, 1, 1]);
    expect(() => choleskyFactor(got)).not.toThrow();
  });

  it("a column and its copy (a correlation of 1, singular) becomes factorable, still close to 1", () => {
    const got = repairCorrelation([[1, 1, 0.5], [1, 1, 0.5], [0.5, 0.5, 1]]);
    expect(() => choleskyFactor([[1, 1, 0.5], [1, 1, 0.5], [0.5, 0.5, 1]])).toThrow(/positive-definite/);
    expect(() => choleskyFactor(got)).not.toThrow();
    // One eigenvalue 0 → 1e-6: entries move by O(1e-6).
    expect(Math.abs((got[0]?.[1] ?? 0) - 1)).toBeLessThan(1e-5);
    expect(got[1]?.[0]).toBe(got[0]?.[1]);
  });
});

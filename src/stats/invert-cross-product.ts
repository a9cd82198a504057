import { solveUpperTriangular } from "./solve-upper-triangular.js";
import { sum } from "./sum.js";

/**
 * (RᵀR)⁻¹ = R⁻¹R⁻ᵀ from an upper-triangular R with a non-zero diagonal: with X = QR this is
 * (XᵀX)⁻¹, the unscaled covariance of least-squares coefficients, got without forming XᵀX
 * (which would square the condition number). Column j of R⁻¹ solves R x = eⱼ. The result is
 * symmetric to the bit: entry (i, k) sums the same products as (k, i).
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., §5.3.3; R `chol2inv`.
 *
 * @param upperTriangle R, p × p row-major
 * @returns the p × p matrix (RᵀR)⁻¹
 * @example invertCrossProduct([[2, 0], [0, 4]]) // [[0.25, 0], [0, 0.0625]]
 */
export function invertCrossProduct(upperTriangle: readonly (readonly number[])[]): number[][] {
  const size = upperTriangle.length;
  const inverseColumns = Array.from({ length: size }, (_, j) =>
    solveUpperTriangular(
      upperTriangle,
      Array.from({ length: size }, (_, i) => (i === j ? 1 : 0)),
    ),
  );
  // Row i of R⁻¹ is entry i of every column.
  const inverseRows = Array.from({ length: size }, (_, i) => inverseColumns.map((column) => column[i] ?? Number.NaN));
  return inverseRows.map((rowI) =>
    inverseRows.map((rowK) => sum(rowI.map((value, j) => value * (rowK[j] ?? Number.NaN)))),
  );
}

import { solveUpperTriangular } from "./solve-upper-triangular.js";
import { sum } from "./sum.js";

/**
 * (RᵀR)⁻¹ = R⁻¹R⁻ᵀ for an upper-triangular R with a non-zero diagonal: the unscaled covariance of
 * least-squares coefficients when R comes from the QR decomposition of the (weighted) design, as
 * R's `chol2inv(qr.R(qr))` in `summary.glm`. Column j of R⁻¹ solves R x = eⱼ, so entry (i, k) is
 * the dot product of rows i and k of R⁻¹; squaring the condition number of XᵀX is avoided.
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., §5.3.3; R `chol2inv`.
 *
 * @param upperTriangle R, p × p row-major (entries below the diagonal are ignored)
 * @returns the symmetric p × p matrix (RᵀR)⁻¹
 * @example invertUpperCrossProduct([[2, 1], [0, 4]]) // [[0.265625, -0.03125], [-0.03125, 0.0625]] = [[4, 2], [2, 17]]⁻¹ = [[17, −2], [−2, 4]] / 64
 */
export function invertUpperCrossProduct(upperTriangle: readonly (readonly number[])[]): number[][] {
  const size = upperTriangle.length;
  const inverseColumns = Array.from({ length: size }, (_, j) =>
    solveUpperTriangular(
      upperTriangle,
      Array.from({ length: size }, (_, i) => (i === j ? 1 : 0)),
    ),
  );
  return Array.from({ length: size }, (_, i) =>
    Array.from({ length: size }, (_, k) =>
      sum(inverseColumns.map((column) => (column[i] ?? Number.NaN) * (column[k] ?? Number.NaN))),
    ),
  );
}

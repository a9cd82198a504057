import { assertSquareMatrix, assertSymmetric, entryAt, type SquareMatrix } from "./square-matrix.js";

/**
 * A covariance may exceed √(vᵢ·vⱼ) by this fraction: ρ·ωᵢ·ωⱼ with ρ = ±1 can round just above it.
 */
const CORRELATION_SLACK = 1e-12;

/**
 * Ω given directly as a variance–covariance matrix of η (as NONMEM's $OMEGA BLOCK), checked and
 * copied: square, finite, symmetric (1e-12 relative), variances ≥ 0, and every covariance within
 * ±√(vᵢ·vⱼ) (an implied correlation in [−1, 1]), so a zero variance has an all-zero row and column
 * (no variability for that parameter). Positive definiteness is checked by choleskyFactor when Ω is
 * factored, with the first leading minor that fails.
 *
 * Reference: NONMEM Users Guide Part VIII ($OMEGA); Cauchy–Schwarz, |Cov(X, Y)| ≤ √(Var X·Var Y).
 *
 * @param matrix Ω as rows (dimensionless: η is on the log scale)
 * @returns a copy of Ω
 * @throws RangeError "omegaFromMatrix requires a square matrix, …" / "… requires finite entries, …" /
 *   "… requires a symmetric matrix, …" (as choleskyFactor)
 * @throws RangeError "omegaFromMatrix requires variances >= 0 on the diagonal, got matrix[1][1] = -0.2"
 * @throws RangeError "omegaFromMatrix requires |matrix[i][j]| <= √(matrix[i][i]·matrix[j][j]) (a correlation from -1 to 1),
 *   got matrix[1][0] = 0.3 with variances 0.09 and 0.04 (correlation 5)"
 * @throws RangeError "… got matrix[1][0] = 0.01 with variances 0.09 and 0 (a variance of 0 needs an all-zero row and column)"
 * @example omegaFromMatrix([[0.09, 0.03], [0.03, 0.04]]) // [[0.09, 0.03], [0.03, 0.04]] (correlation 0.5)
 */
export function omegaFromMatrix(matrix: SquareMatrix): number[][] {
  const size = assertSquareMatrix(matrix, "omegaFromMatrix", "matrix");
  assertSymmetric(matrix, "omegaFromMatrix", "matrix");
  for (let row = 0; row < size; row++) {
    const variance = entryAt(matrix, row, row);
    if (variance < 0) {
      throw new RangeError(`omegaFromMatrix requires variances >= 0 on the diagonal, got matrix[${row}][${row}] = ${variance}`);
    }
  }
  for (let row = 1; row < size; row++) {
    for (let column = 0; column < row; column++) assertCorrelationInRange(matrix, row, column);
  }
  return matrix.map((entries) => [...entries]);
}

function assertCorrelationInRange(matrix: SquareMatrix, row: number, column: number): void {
  const covariance = entryAt(matrix, row, column);
  const rowVariance = entryAt(matrix, row, row);
  const columnVariance = entryAt(matrix, column, column);
  const bound = Math.sqrt(rowVariance * columnVariance);
  if (Math.abs(covariance) > bound * (1 + CORRELATION_SLACK)) {
    throw new RangeError(
      "omegaFromMatrix requires |matrix[i][j]| <= √(matrix[i][i]·matrix[j][j]) (a correlation from -1 to 1), " +
        `got matrix[${row}][${column}] = ${covariance} with variances ${rowVariance} and ${columnVariance} ` +
        (bound === 0 ? "(a variance of 0 needs an all-zero row and column)" : `(correlation ${covariance / bound})`),
    );
  }
}

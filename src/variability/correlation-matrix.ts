import { assertSquareMatrix, assertSymmetric, entryAt, type SquareMatrix } from "./square-matrix.js";

/** What a correlation matrix is checked against, for the error messages. */
export interface CorrelationMatrixExpectation {
  /** Number of rows and columns it must have. */
  readonly size: number;
  /** The public function, first word of the message. */
  readonly caller: string;
  /** The list that fixes the size, e.g. "cvs". */
  readonly countedBy: string;
}

/**
 * Checks a correlation matrix: size × size, finite, unit diagonal, every entry in [−1, 1],
 * symmetric (1e-12 relative, see assertSymmetric). Positive definiteness is left to choleskyFactor,
 * which reports the first leading minor that is not positive.
 *
 * Reference: a correlation matrix is a covariance matrix of standardised variables
 * (Anderson, An Introduction to Multivariate Statistical Analysis, 3rd ed., ch. 2).
 *
 * @param correlations the rows, ρᵢⱼ (dimensionless)
 * @param expected the size and the names used in messages
 * @throws RangeError "omegaFromCvs requires a 2 × 2 correlations matrix (one row per entry of cvs), got 3 rows"
 * @throws RangeError "omegaFromCvs requires 1 on the diagonal of correlations, got correlations[1][1] = 0.9"
 * @throws RangeError "omegaFromCvs requires correlations from -1 to 1, got correlations[1][0] = 1.2"
 * @example assertCorrelationMatrix([[1, 0.3], [0.3, 1]], { size: 2, caller: "omegaFromCvs", countedBy: "cvs" }) // returns
 */
export function assertCorrelationMatrix(correlations: SquareMatrix, expected: CorrelationMatrixExpectation): void {
  const { size, caller, countedBy } = expected;
  if (correlations.length !== size) {
    throw new RangeError(
      `${caller} requires a ${size} × ${size} correlations matrix (one row per entry of ${countedBy}), got ${correlations.length} rows`,
    );
  }
  assertSquareMatrix(correlations, caller, "correlations");
  for (let row = 0; row < size; row++) {
    const diagonal = entryAt(correlations, row, row);
    if (diagonal !== 1) {
      throw new RangeError(`${caller} requires 1 on the diagonal of correlations, got correlations[${row}][${row}] = ${diagonal}`);
    }
    for (let column = 0; column < size; column++) {
      const value = entryAt(correlations, row, column);
      if (value < -1 || value > 1) {
        throw new RangeError(`${caller} requires correlations from -1 to 1, got correlations[${row}][${column}] = ${value}`);
      }
    }
  }
  assertSymmetric(correlations, caller, "correlations");
}

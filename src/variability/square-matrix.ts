/**
 * A square matrix as rows: `matrix[i][j]` is row i, column j. Error messages name entries in this
 * 0-based code notation, e.g. `matrix[1][0]`.
 */
export type SquareMatrix = readonly (readonly number[])[];

/**
 * Entries whose mirror images differ by more than this fraction of the larger one make a matrix
 * asymmetric: a covariance written out by hand or computed as ρ·ωᵢ·ωⱼ in two orders can differ in
 * the last bits, a typo differs by far more.
 */
const SYMMETRY_RELATIVE_TOLERANCE = 1e-12;

/**
 * The entry at row `row`, column `column`, or NaN outside the matrix (so that a bad index shows up
 * as NaN in the result instead of a type assertion).
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., ch. 1 (aᵢⱼ notation; 0-based here).
 *
 * @param matrix the rows
 * @param row 0-based row index
 * @param column 0-based column index
 * @example entryAt([[4, 2], [2, 3]], 1, 0) // 2
 */
export function entryAt(matrix: SquareMatrix, row: number, column: number): number {
  return matrix[row]?.[column] ?? Number.NaN;
}

/**
 * Checks that `matrix` is square with finite entries, for the RangeError of the function that
 * takes it (STYLE.md §4: a core precondition names its function).
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., ch. 1 (A ∈ ℝⁿˣⁿ).
 *
 * @param matrix the rows
 * @param caller the public function, first word of the message
 * @param name the argument's name in the message, e.g. "matrix" or "correlations"
 * @returns the number of rows
 * @throws RangeError "choleskyFactor requires a square matrix, got 2 entries in matrix[1] of a 3-row matrix"
 * @throws RangeError "choleskyFactor requires finite entries, got matrix[0][1] = NaN"
 * @example assertSquareMatrix([[1, 0], [0, 1]], "choleskyFactor", "matrix") // 2
 */
export function assertSquareMatrix(matrix: SquareMatrix, caller: string, name: string): number {
  const size = matrix.length;
  for (const [row, entries] of matrix.entries()) {
    if (entries.length !== size) {
      throw new RangeError(
        `${caller} requires a square ${name}, got ${entries.length} entries in ${name}[${row}] of a ${size}-row ${name}`,
      );
    }
    for (const [column, value] of entries.entries()) {
      if (!Number.isFinite(value)) {
        throw new RangeError(`${caller} requires finite entries, got ${name}[${row}][${column}] = ${value}`);
      }
    }
  }
  return size;
}

/**
 * Checks that a square `matrix` is symmetric: |aᵢⱼ − aⱼᵢ| ≤ 1e-12 · max(|aᵢⱼ|, |aⱼᵢ|), so an
 * entry mirrored by an exact 0 must be 0 too.
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., §4.2 (A = Aᵀ, needed for A = L·Lᵀ).
 *
 * @param matrix a square matrix (checked by assertSquareMatrix first)
 * @param caller the public function, first word of the message
 * @param name the argument's name in the message
 * @throws RangeError "choleskyFactor requires a symmetric matrix, got matrix[1][0] = 0.5 and matrix[0][1] = 0.6"
 * @example assertSymmetric([[1, 0.5], [0.5, 1]], "choleskyFactor", "matrix") // returns, no error
 */
export function assertSymmetric(matrix: SquareMatrix, caller: string, name: string): void {
  for (let row = 1; row < matrix.length; row++) {
    for (let column = 0; column < row; column++) {
      const lower = entryAt(matrix, row, column);
      const upper = entryAt(matrix, column, row);
      const scale = Math.max(Math.abs(lower), Math.abs(upper));
      if (Math.abs(lower - upper) > SYMMETRY_RELATIVE_TOLERANCE * scale) {
        throw new RangeError(
          `${caller} requires a symmetric ${name}, got ${name}[${row}][${column}] = ${lower} and ${name}[${column}][${row}] = ${upper}`,
        );
      }
    }
  }
}

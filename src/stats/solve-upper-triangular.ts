/**
 * Solves R x = b for x by back substitution, R upper triangular with a non-zero diagonal
 * (checked by the caller; a zero gives ±Infinity or NaN).
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., Algorithm 3.1.2.
 *
 * @param upperTriangle R, p × p row-major (entries below the diagonal are ignored)
 * @param rightHandSide b, length p
 * @returns x, length p
 * @example solveUpperTriangular([[2, 1], [0, 4]], [5, 8]) // [1.5, 2]
 */
export function solveUpperTriangular(
  upperTriangle: readonly (readonly number[])[],
  rightHandSide: readonly number[],
): number[] {
  const size = upperTriangle.length;
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    const coefficients = upperTriangle[row] ?? [];
    let remainder = rightHandSide[row] ?? Number.NaN;
    for (let col = row + 1; col < size; col += 1) remainder -= (coefficients[col] ?? 0) * (solution[col] ?? 0);
    solution[row] = remainder / (coefficients[row] ?? Number.NaN);
  }
  return solution;
}

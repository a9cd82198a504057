import { assertSquareMatrix, assertSymmetric, entryAt, type SquareMatrix } from "./square-matrix.js";

/**
 * A pivot below this fraction of its diagonal entry is 0 to rounding (its own rounding error is
 * about n·2⁻⁵³ of the diagonal): the row is a linear combination of the rows before it, as with a
 * correlation of ±1, whose pivot comes out as 0 or ±1e-18 depending on the last bits. Refusing
 * both the same way keeps the behaviour from depending on those bits.
 */
const SINGULAR_PIVOT_FRACTION = 1e-12;

/**
 * Lower-triangular L with L·Lᵀ = A, for a symmetric positive-definite A (a covariance Ω of random
 * effects, up to about 10 × 10), by the Cholesky–Banachiewicz recurrence, row by row:
 * Lᵢⱼ = (aᵢⱼ − Σₖ<ⱼ Lᵢₖ Lⱼₖ) / Lⱼⱼ, Lᵢᵢ = √(aᵢᵢ − Σₖ<ᵢ Lᵢₖ²). Only the lower triangle is read
 * once A is found symmetric (to 1e-12 relative, see assertSymmetric).
 *
 * Parameters without variability: a row (and, by symmetry, column) of exact zeros is allowed and
 * gives a zero row in L, so η = L·z is 0 there and the other parameters are factored as if it were
 * absent. Any other semidefinite matrix (a correlation of exactly ±1, a zero variance with a
 * non-zero covariance) is refused: it has no such factor with a positive diagonal.
 *
 * The pivot aᵢᵢ − Σ Lᵢₖ² of row i is the variance of component i given the components before it,
 * and the product of the pivots so far is the principal minor (determinant) of those rows: a
 * matrix is positive definite if and only if every leading principal minor is > 0 (Sylvester's
 * criterion), so the error gives the first minor that is not. A non-zero pivot within ±1e-12 of its
 * diagonal entry counts as 0 (see SINGULAR_PIVOT_FRACTION), and the message says so.
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., §4.2 (Cholesky factorization); Higham,
 * Accuracy and Stability of Numerical Algorithms, 2nd ed., Theorem 10.3 (backward stability).
 *
 * @param matrix the symmetric matrix A (rows; any unit, L is in its square root)
 * @returns L as rows, zeros above the diagonal
 * @throws RangeError "choleskyFactor requires a square matrix, …" / "… requires finite entries, …"
 * @throws RangeError "choleskyFactor requires a symmetric matrix, got matrix[1][0] = 0.5 and matrix[0][1] = 0.6"
 * @throws RangeError "choleskyFactor requires a positive-definite matrix: the leading principal minor of order 2 is -0.25"
 * @throws RangeError "choleskyFactor requires a positive-definite matrix: the leading principal minor of order 2 is
 *   1.1959557821996138e-18, 0 to rounding (row 1 is a linear combination of the rows before it)" (two CVs of 0.3
 *   with a correlation of 1)
 * @throws RangeError "choleskyFactor requires a positive-definite matrix: the principal minor of rows [0, 2] is -0.25
 *   (all-zero rows and columns, parameters without variability, are left out)"
 * @example choleskyFactor([[4, 2], [2, 3]]) // [[2, 0], [1, 1.4142135623730951]] (1 = 2/2, √(3 − 1²) = √2)
 */
export function choleskyFactor(matrix: SquareMatrix): number[][] {
  const size = assertSquareMatrix(matrix, "choleskyFactor", "matrix");
  assertSymmetric(matrix, "choleskyFactor", "matrix");
  const lower = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const factoredRows: number[] = [];
  let minor = 1;
  for (let row = 0; row < size; row++) {
    if (isZeroRow(matrix, row)) continue;
    const pivot = fillRow(matrix, lower, row);
    factoredRows.push(row);
    minor *= pivot;
    const isZeroToRounding = pivot !== 0 && Math.abs(pivot) <= SINGULAR_PIVOT_FRACTION * entryAt(matrix, row, row);
    if (!(pivot > 0) || isZeroToRounding) throw notPositiveDefinite(factoredRows, minor, isZeroToRounding);
    (lower[row] as number[])[row] = Math.sqrt(pivot);
  }
  return lower;
}

function isZeroRow(matrix: SquareMatrix, row: number): boolean {
  return (matrix[row] ?? []).every((value) => value === 0);
}

/** Fills Lᵢⱼ for j < i and returns the pivot aᵢᵢ − Σ Lᵢₖ². Zero rows j have Lⱼⱼ = 0 and aᵢⱼ = 0. */
function fillRow(matrix: SquareMatrix, lower: number[][], row: number): number {
  const rowOfLower = lower[row] as number[];
  for (let column = 0; column < row; column++) {
    const columnOfLower = lower[column] as number[];
    const diagonal = columnOfLower[column] as number;
    if (diagonal === 0) continue;
    let remainder = entryAt(matrix, row, column);
    for (let k = 0; k < column; k++) remainder -= (rowOfLower[k] as number) * (columnOfLower[k] as number);
    rowOfLower[column] = remainder / diagonal;
  }
  let pivot = entryAt(matrix, row, row);
  for (let k = 0; k < row; k++) pivot -= (rowOfLower[k] as number) ** 2;
  return pivot;
}

/** The principal minor of the rows factored so far is the product of their pivots. */
function notPositiveDefinite(factoredRows: readonly number[], minor: number, isZeroToRounding: boolean): RangeError {
  const lastRow = factoredRows[factoredRows.length - 1] as number;
  const isLeading = factoredRows.length === lastRow + 1;
  const which = isLeading
    ? `the leading principal minor of order ${factoredRows.length} is ${minor}`
    : `the principal minor of rows [${factoredRows.join(", ")}] is ${minor}`;
  const why = isZeroToRounding ? `, 0 to rounding (row ${lastRow} is a linear combination of the rows before it)` : "";
  const leftOut = isLeading ? "" : " (all-zero rows and columns, parameters without variability, are left out)";
  return new RangeError(`choleskyFactor requires a positive-definite matrix: ${which}${why}${leftOut}`);
}

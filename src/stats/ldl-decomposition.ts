/**
 * A pivot below this fraction of the largest diagonal entry counts as 0: R survival's
 * `coxph.control(toler.chol = .Machine$double.eps^0.75)`, about 1.8e-12.
 */
const SINGULAR_PIVOT_FRACTION = Number.EPSILON ** 0.75;

/**
 * A symmetric matrix A = L·D·Lᵀ, L unit lower triangular, D diagonal, stored in place of A
 * (size × size, row-major): D on the diagonal, L below it. A zero on the diagonal marks a
 * column found linearly dependent on the ones before it (to the tolerance): it was dropped.
 */
export interface LdlDecomposition {
  readonly size: number;
  readonly factor: Float64Array;
  /** The number of columns kept, size when A is positive definite. */
  readonly rank: number;
}

/**
 * LDLᵀ (square-root-free Cholesky) decomposition of a symmetric positive semi-definite matrix,
 * in place, as R survival's cholesky2: a pivot that is not finite or is below 1.8e-12 of the
 * largest diagonal entry is set to 0 and its column dropped, so a singular information matrix
 * still gives a solution (with 0 for the dropped columns) and its rank. Only the lower triangle
 * of `matrix` is read.
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., §4.1.2 (LDLᵀ); Therneau's
 * cholesky2.c in R survival.
 *
 * @param matrix A, size × size row-major; overwritten with the factor
 * @param size the number of rows (and columns)
 * @returns the factor, in the same array, with its rank
 * @example decomposeLdl(Float64Array.from([4, 2, 2, 3]), 2).factor // Float64Array [4, 2, 0.5, 2]: D = (4, 3 − 0.5²·4), L₁₀ = 2/4
 */
export function decomposeLdl(matrix: Float64Array, size: number): LdlDecomposition {
  let largest = 0;
  for (let i = 0; i < size; i += 1) largest = Math.max(largest, matrix[i * size + i] ?? 0);
  const threshold = largest === 0 ? SINGULAR_PIVOT_FRACTION : largest * SINGULAR_PIVOT_FRACTION;
  let rank = 0;
  for (let i = 0; i < size; i += 1) {
    const pivot = matrix[i * size + i] ?? 0;
    if (!(Number.isFinite(pivot) && pivot >= threshold)) {
      for (let j = i; j < size; j += 1) matrix[j * size + i] = 0;
      continue;
    }
    rank += 1;
    for (let j = i + 1; j < size; j += 1) {
      const multiplier = (matrix[j * size + i] ?? 0) / pivot;
      matrix[j * size + i] = multiplier;
      matrix[j * size + j] = (matrix[j * size + j] ?? 0) - multiplier * multiplier * pivot;
      for (let k = j + 1; k < size; k += 1) {
        matrix[k * size + j] = (matrix[k * size + j] ?? 0) - multiplier * (matrix[k * size + i] ?? 0);
      }
    }
  }
  return { size, factor: matrix, rank };
}

/**
 * Solves A·x = b in place from its LDLᵀ decomposition (R survival's chsolve2); a dropped
 * column's unknown is set to 0.
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., §4.1.2.
 *
 * @param decomposition from decomposeLdl
 * @param values b on entry, x on return
 * @example solveLdlInPlace(decomposeLdl(Float64Array.from([4, 2, 2, 3]), 2), Float64Array.from([2, 1])) // Float64Array [0.5, 0]
 */
export function solveLdlInPlace(decomposition: LdlDecomposition, values: Float64Array): Float64Array {
  const { size, factor } = decomposition;
  for (let i = 0; i < size; i += 1) {
    let value = values[i] ?? 0;
    for (let j = 0; j < i; j += 1) value -= (values[j] ?? 0) * (factor[i * size + j] ?? 0);
    values[i] = value;
  }
  for (let i = size - 1; i >= 0; i -= 1) {
    const pivot = factor[i * size + i] ?? 0;
    if (pivot === 0) {
      values[i] = 0;
      continue;
    }
    let value = (values[i] ?? 0) / pivot;
    for (let j = i + 1; j < size; j += 1) value -= (values[j] ?? 0) * (factor[j * size + i] ?? 0);
    values[i] = value;
  }
  return values;
}

/**
 * A⁻¹ from the LDLᵀ decomposition of A, one column per unit vector; the rows and columns of
 * dropped columns are 0 (R survival's chinv2 does the same).
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., §4.1.2.
 *
 * @param decomposition from decomposeLdl
 * @returns A⁻¹, size × size row-major (symmetric)
 * @example invertLdl(decomposeLdl(Float64Array.from([4, 2, 2, 3]), 2)) // Float64Array [0.375, -0.25, -0.25, 0.5] = [[3, −2], [−2, 4]] / 8
 */
export function invertLdl(decomposition: LdlDecomposition): Float64Array {
  const { size } = decomposition;
  const inverse = new Float64Array(size * size);
  const column = new Float64Array(size);
  for (let j = 0; j < size; j += 1) {
    column.fill(0);
    column[j] = 1;
    solveLdlInPlace(decomposition, column);
    for (let i = 0; i < size; i += 1) inverse[i * size + j] = column[i] ?? 0;
  }
  return inverse;
}

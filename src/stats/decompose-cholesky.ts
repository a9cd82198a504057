/**
 * A pivot at or below this fraction of the largest diagonal entry means "not positive definite"
 * (survival's `survreg.control(toler.chol = 1e-10)` default plays the same role in `cholesky2`).
 */
const PIVOT_TOLERANCE = 1e-10;

/**
 * Cholesky factor L (lower triangular, A = LLᵀ) of a symmetric positive-definite matrix, or
 * undefined when A is not positive definite to working precision (a pivot ≤ 1e-10 × the largest
 * diagonal entry), so a Newton–Raphson caller can fall back to another step, as survival's
 * `survreg6` does with `cholesky3`.
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., Algorithm 4.2.1 (gaxpy Cholesky).
 *
 * @param matrix A, n × n row-major; only the lower triangle is read
 * @returns L, n × n row-major with zeros above the diagonal, or undefined
 * @example decomposeCholesky([[4, 2], [2, 10]]) // [[2, 0], [1, 3]]
 */
export function decomposeCholesky(matrix: readonly (readonly number[])[]): number[][] | undefined {
  const size = matrix.length;
  const largest = Math.max(0, ...matrix.map((row, i) => Math.abs(row[i] ?? Number.NaN)));
  const lower = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  for (let j = 0; j < size; j += 1) {
    const lowerRow = lower[j] ?? [];
    let pivot = matrix[j]?.[j] ?? Number.NaN;
    for (let k = 0; k < j; k += 1) pivot -= (lowerRow[k] ?? 0) ** 2;
    if (!(pivot > PIVOT_TOLERANCE * largest)) return undefined;
    const diagonal = Math.sqrt(pivot);
    lowerRow[j] = diagonal;
    for (let i = j + 1; i < size; i += 1) {
      const row = lower[i] ?? [];
      let value = matrix[i]?.[j] ?? Number.NaN;
      for (let k = 0; k < j; k += 1) value -= (row[k] ?? 0) * (lowerRow[k] ?? 0);
      row[j] = value / diagonal;
    }
  }
  return lower;
}

/**
 * Solves A x = b given the Cholesky factor L of A (A = LLᵀ): forward substitution L y = b, then
 * back substitution Lᵀ x = y.
 *
 * Reference: Golub & Van Loan, Matrix Computations, 4th ed., §4.2.1 and Algorithms 3.1.1–3.1.2.
 *
 * @param lower L from decomposeCholesky, n × n row-major
 * @param rightHandSide b, length n
 * @returns x, length n
 * @example solveCholesky([[2, 0], [1, 3]], [8, 13]) // [1.5, 1] (A = [[4, 2], [2, 10]])
 */
export function solveCholesky(lower: readonly (readonly number[])[], rightHandSide: readonly number[]): number[] {
  const size = lower.length;
  const forward = new Array<number>(size).fill(0);
  for (let i = 0; i < size; i += 1) {
    let value = rightHandSide[i] ?? Number.NaN;
    for (let k = 0; k < i; k += 1) value -= (lower[i]?.[k] ?? 0) * (forward[k] ?? 0);
    forward[i] = value / (lower[i]?.[i] ?? Number.NaN);
  }
  const solution = new Array<number>(size).fill(0);
  for (let i = size - 1; i >= 0; i -= 1) {
    let value = forward[i] ?? Number.NaN;
    for (let k = i + 1; k < size; k += 1) value -= (lower[k]?.[i] ?? 0) * (solution[k] ?? 0);
    solution[i] = value / (lower[i]?.[i] ?? Number.NaN);
  }
  return solution;
}

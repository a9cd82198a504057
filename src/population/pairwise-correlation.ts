import { mean, sum } from "../stats/index.js";

/**
 * Pearson correlation of two columns on their pairwise-complete observations: the rows where
 * neither value is missing (NaN). r = Σ(x − x̄)(y − ȳ) / √(Σ(x − x̄)² · Σ(y − ȳ)²), with the
 * means taken over those rows only, clamped to [−1, 1] as R clamps it. Fewer than two complete
 * rows, or a column constant on them, gives NaN (R: NA, with a "standard deviation is zero"
 * warning). Constancy is decided by exact equality, not by a zero sum of squares, so the rounding
 * residue of a mean is never correlated as if it were data. Unlike correlatePairwise (the
 * copula's matrix, which needs 0 there), undefined stays NaN: this reports, it does not simulate.
 *
 * Reference: R `cor(x, y, use = "pairwise.complete.obs")` (src/library/stats/src/cov.c).
 *
 * @param x the first column (any unit, NaN = missing)
 * @param y the second column, row-aligned with x (NaN = missing)
 * @returns r in [−1, 1], or NaN
 * @throws RangeError "pairwiseCorrelation requires columns of equal length, got 3 and 2"
 * @example pairwiseCorrelation([1, 2, 3, NaN], [2, 4, 5, 1]) // 0.9819805060619655 (R 4.2.2: cor(c(1, 2, 3, NA), c(2, 4, 5, 1), use = "pairwise.complete.obs") = 0.9819805)
 */
export function pairwiseCorrelation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) throw new RangeError(`pairwiseCorrelation requires columns of equal length, got ${x.length} and ${y.length}`);
  const first: number[] = [];
  const second: number[] = [];
  for (let row = 0; row < x.length; row++) {
    const a = x[row] as number;
    const b = y[row] as number;
    if (Number.isNaN(a) || Number.isNaN(b)) continue;
    first.push(a);
    second.push(b);
  }
  if (first.length < 2 || isConstant(first) || isConstant(second)) return Number.NaN;
  const xCentre = mean(first);
  const yCentre = mean(second);
  const xDeviations = first.map((value) => value - xCentre);
  const yDeviations = second.map((value) => value - yCentre);
  const xSquares = sum(xDeviations.map((value) => value * value));
  const ySquares = sum(yDeviations.map((value) => value * value));
  const products = sum(xDeviations.map((value, row) => value * (yDeviations[row] as number)));
  const r = products / (Math.sqrt(xSquares) * Math.sqrt(ySquares));
  return Math.min(1, Math.max(-1, r));
}

function isConstant(values: readonly number[]): boolean {
  return values.every((value) => value === values[0]);
}

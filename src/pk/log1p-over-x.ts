/**
 * ln(1 + x) / x without cancellation, with its limit 1 at x = 0.
 *
 * Math.log1p keeps full relative accuracy near 0; the oral peak time is written with this
 * function so that it stays exact as the absorption rate approaches the elimination rate.
 *
 * Reference: Goldberg, D. (1991). What every computer scientist should know about
 * floating-point arithmetic. ACM Computing Surveys 23(1), 5–48, Theorem 4 (ln(1 + x)).
 *
 * @param x a number > −1 (dimensionless); −Infinity / −1 = Infinity at x = −1, NaN below
 * @returns ln(1 + x) / x, 1 at x = 0
 * @example log1pOverX(1) // 0.6931471805599453 (ln 2)
 */
export function log1pOverX(x: number): number {
  return x === 0 ? 1 : Math.log1p(x) / x;
}

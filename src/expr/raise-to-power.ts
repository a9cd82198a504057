/**
 * `base ^ exponent` with R's rules (R_pow in src/main/arithmetic.c): IEEE `pow`, except that
 * 1 to any power is 1, as in C99. JavaScript's `**` gives NaN for `1 ** NaN` and `1 ** Infinity`.
 *
 * @example raiseToPower(1, Number.NaN) // 1 (R: 1^NaN = 1)
 */
export function raiseToPower(base: number, exponent: number): number {
  return base === 1 ? 1 : base ** exponent;
}

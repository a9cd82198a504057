/**
 * Standard deviation ω of η for log-normal between-patient variability with coefficient of
 * variation `cv`: P = TV · exp(η), η ~ N(0, ω²), ω² = ln(1 + cv²). (CV of a log-normal
 * variable is √(exp(ω²) − 1); NONMEM users often quote ω ≈ CV, which is the small-CV
 * approximation.)
 *
 * @param cv coefficient of variation as a fraction (0.3 = 30 %)
 * @example lognormalOmega(0.3) // 0.29356... (√ln 1.09; ω² = 0.0861777, WORKLOADS.md W3)
 */
export function lognormalOmega(cv: number): number {
  if (!(cv >= 0) || !Number.isFinite(cv)) throw new RangeError(`lognormalOmega requires a finite cv >= 0, got ${cv}`);
  return Math.sqrt(Math.log1p(cv * cv));
}

/**
 * (e^x − 1) / x without cancellation, with its limit 1 at x = 0 (GSL's `gsl_sf_exprel`).
 *
 * Math.expm1 keeps full relative accuracy near 0, where e^x − 1 would lose about
 * log10(1/|x|) digits; this is what keeps the oral solution exact when the absorption and
 * elimination rates nearly coincide.
 *
 * Reference: GSL manual, "Relative Exponential Functions" (gsl_sf_exprel);
 * https://www.gnu.org/software/gsl/doc/html/specfunc.html#relative-exponential-functions
 *
 * @param x any number (dimensionless)
 * @returns (e^x − 1) / x, 1 at x = 0
 * @example expm1OverX(1) // 1.718281828459045 (e − 1)
 */
export function expm1OverX(x: number): number {
  return x === 0 ? 1 : Math.expm1(x) / x;
}

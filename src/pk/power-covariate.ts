/**
 * Factor of a power covariate model: (value / reference)^exponent, e.g. allometric
 * clearance (weight / 70)^0.75.
 *
 * @param value the patient's covariate value (> 0)
 * @param reference the covariate value of the typical patient (> 0)
 * @example powerCovariateFactor(35, 70, 0.75) // 0.5946... (0.5^0.75)
 */
export function powerCovariateFactor(value: number, reference: number, exponent: number): number {
  return Math.pow(value / reference, exponent);
}

import type { PowerCovariateEffect } from "./covariate-effect.js";

/**
 * Factor (value / reference)^exponent of a power covariate model, e.g. allometric scaling of
 * clearance with weight (exponent 0.75) or of volume (exponent 1).
 *
 * Reference: Anderson & Holford (2008), Mechanism-based concepts of size and maturity in
 * pharmacokinetics, Annu. Rev. Pharmacol. Toxicol. 48, 303–332.
 *
 * @param effect the covariate's name, its reference value (> 0) and the exponent
 * @param value the patient's covariate value (> 0, the reference's unit)
 * @returns the factor multiplying the typical value (dimensionless)
 * @throws RangeError 'powerCovariateFactor requires a value > 0 for covariate "weight_kg", got 0'
 * @throws RangeError 'powerCovariateFactor requires a reference > 0 for covariate "weight_kg", got -70'
 * @example powerCovariateFactor({ kind: "power", covariate: "weight_kg", reference: 70, exponent: 0.75 }, 35)
 * // 0.5946035575013605 (R 4.2.2: (35/70)^0.75 = 0.5946036)
 */
export function powerCovariateFactor(effect: PowerCovariateEffect, value: number): number {
  const { covariate, reference, exponent } = effect;
  if (!(value > 0 && Number.isFinite(value))) {
    throw new RangeError(`powerCovariateFactor requires a value > 0 for covariate "${covariate}", got ${value}`);
  }
  if (!(reference > 0 && Number.isFinite(reference))) {
    throw new RangeError(`powerCovariateFactor requires a reference > 0 for covariate "${covariate}", got ${reference}`);
  }
  if (!Number.isFinite(exponent)) {
    throw new RangeError(`powerCovariateFactor requires a finite exponent for covariate "${covariate}", got ${exponent}`);
  }
  return Math.pow(value / reference, exponent);
}

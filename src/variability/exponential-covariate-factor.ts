import type { ExponentialCovariateEffect } from "./covariate-effect.js";

/**
 * Factor exp(coefficient·(value − reference)) of an exponential covariate model: log-linear in the
 * covariate, always > 0, 1 at the reference.
 *
 * Reference: Mould & Upton (2013), Basic concepts in population modeling, simulation, and
 * model-based drug development—Part 2, CPT Pharmacometrics Syst. Pharmacol. 2, e38.
 *
 * @param effect the covariate's name, its reference value and the coefficient (per unit of the covariate)
 * @param value the patient's covariate value (finite, the reference's unit)
 * @returns the factor multiplying the typical value (dimensionless)
 * @throws RangeError 'exponentialCovariateFactor requires a finite value for covariate "age_y", got NaN'
 * @example exponentialCovariateFactor({ kind: "exponential", covariate: "age_y", reference: 40, coefficient: -0.01 }, 60)
 * // 0.8187307530779818 (R 4.2.2: exp(-0.01 * (60 - 40)) = 0.8187308)
 */
export function exponentialCovariateFactor(effect: ExponentialCovariateEffect, value: number): number {
  const { covariate, reference, coefficient } = effect;
  if (!Number.isFinite(value)) {
    throw new RangeError(`exponentialCovariateFactor requires a finite value for covariate "${covariate}", got ${value}`);
  }
  if (!Number.isFinite(reference) || !Number.isFinite(coefficient)) {
    throw new RangeError(
      `exponentialCovariateFactor requires a finite reference and coefficient for covariate "${covariate}", ` +
        `got ${reference} and ${coefficient}`,
    );
  }
  return Math.exp(coefficient * (value - reference));
}

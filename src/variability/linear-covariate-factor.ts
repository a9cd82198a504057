import type { LinearCovariateEffect } from "./covariate-effect.js";

/**
 * Factor 1 + slope·(value − reference) of a linear covariate model. Unlike the power and
 * exponential models it can reach 0 or below for a patient far from the reference, which would
 * give a parameter ≤ 0: that is a RangeError naming the covariate and the value, for the caller to
 * report (the patient, the spec's effect), never a silent clamp.
 *
 * Reference: Mould & Upton (2013), Basic concepts in population modeling, simulation, and
 * model-based drug development—Part 2, CPT Pharmacometrics Syst. Pharmacol. 2, e38.
 *
 * @param effect the covariate's name, its reference value and the slope (per unit of the covariate)
 * @param value the patient's covariate value (finite, the reference's unit)
 * @returns the factor multiplying the typical value (dimensionless, > 0)
 * @throws RangeError 'linearCovariateFactor requires 1 + slope·(value − reference) > 0, got -0.2 for covariate "age_y" = 160
 *   (reference 40, slope -0.01)'
 * @example linearCovariateFactor({ kind: "linear", covariate: "creatinine_clearance_ml_per_min", reference: 100, slope: 0.005 }, 60)
 * // 0.8 (1 + 0.005 × (60 − 100))
 */
export function linearCovariateFactor(effect: LinearCovariateEffect, value: number): number {
  const { covariate, reference, slope } = effect;
  if (!Number.isFinite(value)) {
    throw new RangeError(`linearCovariateFactor requires a finite value for covariate "${covariate}", got ${value}`);
  }
  if (!Number.isFinite(reference) || !Number.isFinite(slope)) {
    throw new RangeError(
      `linearCovariateFactor requires a finite reference and slope for covariate "${covariate}", got ${reference} and ${slope}`,
    );
  }
  const factor = 1 + slope * (value - reference);
  if (!(factor > 0)) {
    throw new RangeError(
      `linearCovariateFactor requires 1 + slope·(value − reference) > 0, got ${factor} for covariate "${covariate}" = ${value} ` +
        `(reference ${reference}, slope ${slope})`,
    );
  }
  return factor;
}

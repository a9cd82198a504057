import type { CategoricalCovariateEffect, CovariateValue } from "./covariate-effect.js";

/**
 * Factor of a categorical covariate model: the factor listed for the patient's level, 1 for a level
 * not listed (the reference level needs no entry). Only the effect's own keys count: a level
 * called "constructor" or "toString" is not found on Object.prototype.
 *
 * Reference: Mould & Upton (2013), Basic concepts in population modeling, simulation, and
 * model-based drug development—Part 2, CPT Pharmacometrics Syst. Pharmacol. 2, e38
 * (fractional change per category).
 *
 * @param effect the covariate's name and the factor per level (each > 0)
 * @param level the patient's level; a number is looked up by its decimal text (2 → "2")
 * @returns the factor multiplying the typical value (dimensionless)
 * @throws RangeError 'categoricalCovariateFactor requires a factor > 0 for level "F" of covariate "sex", got 0'
 * @example categoricalCovariateFactor({ kind: "categorical", covariate: "sex", factors: { F: 0.8 } }, "F") // 0.8 ("M" → 1)
 */
export function categoricalCovariateFactor(effect: CategoricalCovariateEffect, level: CovariateValue): number {
  const { covariate, factors } = effect;
  const key = typeof level === "number" ? `${level}` : level;
  if (!Object.hasOwn(factors, key)) return 1;
  const factor = factors[key] ?? Number.NaN;
  if (!(factor > 0 && Number.isFinite(factor))) {
    throw new RangeError(`categoricalCovariateFactor requires a factor > 0 for level "${key}" of covariate "${covariate}", got ${factor}`);
  }
  return factor;
}

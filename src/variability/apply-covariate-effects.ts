import { categoricalCovariateFactor } from "./categorical-covariate-factor.js";
import type { CovariateEffect, CovariateValue, CovariateValues } from "./covariate-effect.js";
import { exponentialCovariateFactor } from "./exponential-covariate-factor.js";
import { linearCovariateFactor } from "./linear-covariate-factor.js";
import { powerCovariateFactor } from "./power-covariate-factor.js";

/**
 * A parameter's typical value for one patient: typicalValue × the factor of every covariate effect,
 * multiplied in list order (the order fixes the last bits). An empty list returns typicalValue.
 * A covariate missing from the patient's values, a text value for a numeric effect, or a factor
 * function's own refusal (a linear factor ≤ 0, …) is a RangeError naming the covariate.
 *
 * Reference: NONMEM-style covariate models, TVCL = θ·Π fₖ(covariateₖ); Mould & Upton (2013),
 * CPT Pharmacometrics Syst. Pharmacol. 2, e38.
 *
 * @param typicalValue the parameter's typical value at the reference covariates (its own unit, e.g. L/h)
 * @param effects the effects on this parameter
 * @param covariates the patient's covariate values by name
 * @returns the patient's typical value, in typicalValue's unit
 * @throws RangeError 'applyCovariateEffects requires covariate "weight_kg", missing from the patient's values'
 * @throws RangeError 'applyCovariateEffects requires a number for covariate "weight_kg" (a power effect), got "heavy"'
 * @example applyCovariateEffects(2.8, [
 *   { kind: "power", covariate: "weight_kg", reference: 70, exponent: 0.75 },
 *   { kind: "categorical", covariate: "sex", factors: { F: 0.8 } },
 * ], { weight_kg: 35, sex: "F" }) // 1.3319119688030474 (R 4.2.2: 2.8 * (35/70)^0.75 * 0.8 = 1.331912)
 */
export function applyCovariateEffects(typicalValue: number, effects: readonly CovariateEffect[], covariates: CovariateValues): number {
  let value = typicalValue;
  for (const effect of effects) value *= covariateFactorOf(effect, Object.hasOwn(covariates, effect.covariate) ? covariates[effect.covariate] : undefined);
  return value;
}

/**
 * One effect's factor for a patient's value of its covariate (undefined: missing), with the
 * checks and messages of applyCovariateEffects. For loops that read each covariate column
 * directly instead of building a values object per patient: multiplying typicalValue by the
 * factors in list order gives applyCovariateEffects' result, bit for bit.
 *
 * @example covariateFactorOf({ kind: "power", covariate: "weight_kg", reference: 70, exponent: 0.75 }, 35) // 0.5946035575013605
 */
export function covariateFactorOf(effect: CovariateEffect, value: CovariateValue | undefined): number {
  return covariateFactor(effect, checkCovariate(effect, value));
}

function checkCovariate(effect: CovariateEffect, value: CovariateValue | undefined): CovariateValue {
  if (value === undefined) {
    throw new RangeError(`applyCovariateEffects requires covariate "${effect.covariate}", missing from the patient's values`);
  }
  if (effect.kind !== "categorical" && typeof value !== "number") {
    throw new RangeError(
      `applyCovariateEffects requires a number for covariate "${effect.covariate}" (a ${effect.kind} effect), got "${value}"`,
    );
  }
  return value;
}

function covariateFactor(effect: CovariateEffect, value: CovariateValue): number {
  switch (effect.kind) {
    case "power":
      return powerCovariateFactor(effect, value as number);
    case "exponential":
      return exponentialCovariateFactor(effect, value as number);
    case "linear":
      return linearCovariateFactor(effect, value as number);
    case "categorical":
      return categoricalCovariateFactor(effect, value);
  }
}

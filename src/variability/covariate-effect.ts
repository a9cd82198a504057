/** A patient's covariate value: a number (weight_kg, age_y, …) or a category level ("F", 2, …). */
export type CovariateValue = number | string;

/** One patient's covariates by name, as in the cohort (snake_case with units, e.g. weight_kg). */
export type CovariateValues = Readonly<Record<string, CovariateValue>>;

/** Factor (value / reference)^exponent, e.g. allometric clearance (weight_kg / 70)^0.75. */
export interface PowerCovariateEffect {
  readonly kind: "power";
  /** Name of the covariate in the patient's values; its unit is the reference's. */
  readonly covariate: string;
  /** Covariate value of the typical patient, > 0. */
  readonly reference: number;
  readonly exponent: number;
}

/** Factor exp(coefficient·(value − reference)). */
export interface ExponentialCovariateEffect {
  readonly kind: "exponential";
  readonly covariate: string;
  readonly reference: number;
  /** Per unit of the covariate. */
  readonly coefficient: number;
}

/** Factor 1 + slope·(value − reference), which must stay > 0. */
export interface LinearCovariateEffect {
  readonly kind: "linear";
  readonly covariate: string;
  readonly reference: number;
  /** Per unit of the covariate. */
  readonly slope: number;
}

/** Factor per category level; levels not listed (the reference level, say) get 1. */
export interface CategoricalCovariateEffect {
  readonly kind: "categorical";
  readonly covariate: string;
  /** Level → factor (> 0); numeric levels are looked up by their decimal text (2 → "2"). */
  readonly factors: Readonly<Record<string, number>>;
}

/** A covariate effect on a parameter's typical value, as a multiplicative factor. */
export type CovariateEffect =
  | PowerCovariateEffect
  | ExponentialCovariateEffect
  | LinearCovariateEffect
  | CategoricalCovariateEffect;

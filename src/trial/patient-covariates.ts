import type { ExpressionValue } from "../expr/index.js";
import { deriveValue, type VirtualPopulation } from "../population/index.js";
import type { CovariateValues } from "../variability/index.js";
import type { TrialPlan } from "./trial-plan.js";

/** One covariate of a virtual patient as the expression language sees it. */
export function populationValue(plan: TrialPlan, population: VirtualPopulation, name: string, patient: number): ExpressionValue {
  const numeric = population.numeric.get(name);
  if (numeric !== undefined) {
    const value = numeric[patient] ?? Number.NaN;
    if (Number.isNaN(value)) return null;
    return plan.columns.find((column) => column.name === name)?.type === "boolean" ? value === 1 : value;
  }
  const code = population.categorical.get(name)?.[patient] ?? -1;
  return code < 0 ? null : (plan.levels.get(name)?.[code] ?? null);
}

/**
 * Recomputes the derived covariates of virtual patients from their (possibly smoothed)
 * inputs, so that e.g. BMI stays consistent with weight and height.
 */
export function recomputeDerived(plan: TrialPlan, population: VirtualPopulation): VirtualPopulation {
  if (plan.derived.length === 0) return population;
  const numeric = new Map(population.numeric);
  const current: VirtualPopulation = { ...population, numeric };
  for (const covariate of plan.derived) {
    const values = new Float64Array(population.size);
    for (let patient = 0; patient < population.size; patient++) values[patient] = deriveValue(covariate, (name) => populationValue(plan, current, name, patient));
    numeric.set(covariate.name, values);
  }
  return current;
}

/** The covariates a patient's parameter model reads: numbers as numbers, categories and booleans as their level text. */
export function covariateValues(plan: TrialPlan, population: VirtualPopulation, patient: number, columns: readonly string[]): CovariateValues {
  const values: Record<string, number | string> = {};
  for (const name of columns) {
    const value = populationValue(plan, population, name, patient);
    values[name] = value === null ? Number.NaN : typeof value === "boolean" ? (value ? "1" : "0") : value;
  }
  return values;
}

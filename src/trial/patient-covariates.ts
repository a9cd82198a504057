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
  return prepareCovariateValues(plan, population, columns)(patient);
}

/** covariateValues for the patients of one population, each column's values and type looked up once, not per patient. */
export function prepareCovariateValues(plan: TrialPlan, population: VirtualPopulation, columns: readonly string[]): (patient: number) => CovariateValues {
  const readers = columns.map((name) => columnReader(plan, population, name));
  return (patient) => {
    const values: Record<string, number | string> = {};
    for (let index = 0; index < columns.length; index++) values[columns[index] as string] = (readers[index] as (patient: number) => number | string)(patient);
    return values;
  };
}

/** One column's value of a patient as covariateValues gives it (populationValue; missing → NaN, booleans "1"/"0"), its values and type looked up once. */
export function columnReader(plan: TrialPlan, population: VirtualPopulation, name: string): (patient: number) => number | string {
  const numeric = population.numeric.get(name);
  if (numeric !== undefined) {
    const isBoolean = plan.columns.find((column) => column.name === name)?.type === "boolean";
    return (patient) => {
      const value = numeric[patient] ?? Number.NaN;
      if (Number.isNaN(value)) return Number.NaN;
      return isBoolean ? (value === 1 ? "1" : "0") : value;
    };
  }
  const codes = population.categorical.get(name);
  const levels = plan.levels.get(name);
  return (patient) => {
    const code = codes?.[patient] ?? -1;
    return code < 0 ? Number.NaN : (levels?.[code] ?? Number.NaN);
  };
}

import type { VirtualPopulation } from "../population/index.js";
import type { Rng } from "../rng/index.js";
import { applyCovariateEffects, covariateFactorOf, drawMultivariateNormal, drawTypicalValues, type CovariateValue, type CovariateValues } from "../variability/index.js";
import type { ParameterModel } from "./parameter-model.js";

/** Every patient's PK parameters: values[p][i] is parameter names[p] of patient i. */
export interface IndividualParameters {
  readonly names: readonly string[];
  readonly values: readonly Float64Array[];
}

/** How a population column is read for covariate effects: numbers, category levels, booleans. */
export interface CovariateReader {
  readonly columns: readonly string[];
  read(population: VirtualPopulation, patient: number): CovariateValues;
  /**
   * One column of the population being drawn, patient by patient (as read gives it). With it
   * the patient loop reads each covariate directly: no values object and no lookup by name per
   * patient.
   */
  column?(name: string): (patient: number) => CovariateValue;
}

/**
 * The typical values of one replicate: the spec's, or with parameter uncertainty a draw
 * θ·exp(L z) for the uncertain ones (one normal each, from the replicate's
 * parameter-uncertainty stream), as rxode2 and Simulx do once per simulated study.
 */
export function drawReplicateTypicals(model: ParameterModel, rng: Rng | undefined): number[] {
  const typical = [...model.typical];
  const uncertainty = model.uncertainty;
  if (uncertainty === undefined || rng === undefined) return typical;
  const drawn = drawTypicalValues(rng, { typical: uncertainty.indexes.map((index) => typical[index] ?? Number.NaN), logCovarianceLower: uncertainty.lower });
  uncertainty.indexes.forEach((index, position) => (typical[index] = drawn[position] ?? Number.NaN));
  return typical;
}

/**
 * Draws each patient's parameters: P = typical × covariate factors × exp(η), η = L z with
 * z standard normal from the random-effects stream — exactly one normal per parameter per
 * patient, in ParameterModel.names order, whatever the CVs (so changing a CV, an arm or a
 * correlation never shifts another patient's draws).
 */
export function drawIndividualParameters(options: { model: ParameterModel; typical: readonly number[]; population: VirtualPopulation; covariates: CovariateReader }, rng: Rng): IndividualParameters {
  const { model, typical, population, covariates } = options;
  const values = model.names.map(() => new Float64Array(population.size));
  const eta = new Float64Array(model.names.length);
  const { column } = covariates;
  // Each effect's column, bound once: the factors multiply in list order, as applyCovariateEffects does.
  const readers = column === undefined ? undefined : model.effects.map((effects) => effects.map((effect) => ({ effect, read: column(effect.covariate) })));
  for (let patient = 0; patient < population.size; patient++) {
    drawMultivariateNormal(rng, model.omegaLower, eta);
    const patientCovariates = readers !== undefined || covariates.columns.length === 0 ? {} : covariates.read(population, patient);
    for (let p = 0; p < model.names.length; p++) {
      let base = typical[p] as number;
      const effects = model.effects[p] ?? [];
      if (effects.length > 0) {
        if (readers === undefined) base = applyCovariateEffects(base, effects, patientCovariates);
        else for (const { effect, read } of readers[p] ?? []) base *= covariateFactorOf(effect, read(patient));
      }
      (values[p] as Float64Array)[patient] = base * Math.exp(eta[p] as number);
    }
  }
  return { names: model.names, values };
}

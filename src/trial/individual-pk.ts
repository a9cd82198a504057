import { lognormalOmega, powerCovariateFactor } from "../pk/index.js";
import type { VirtualPopulation } from "../population/index.js";
import { drawStandardNormal, type Rng } from "../rng/index.js";
import type { PkParameter, PkSection } from "../spec/schema.js";

/** Individual PK parameters of every virtual patient (one entry per patient). */
export interface IndividualPk {
  readonly absorptionRatePerH: Float64Array;
  readonly clearanceLPerH: Float64Array;
  readonly volumeL: Float64Array;
}

/** Parameter order of the random-effects stream: each patient draws η in this order. */
export const PK_PARAMETER_ORDER = ["ka_per_h", "clearance_l_per_h", "volume_l"] as const;

function covariateFactor(parameter: PkParameter, population: VirtualPopulation, patient: number): number {
  let factor = 1;
  for (const effect of parameter.covariates) {
    const value = population.numeric.get(effect.column)?.[patient] ?? Number.NaN;
    factor *= powerCovariateFactor(value, effect.reference, effect.exponent);
  }
  return factor;
}

/**
 * Draws each patient's PK parameters: P_i = typical · Π covariate factors · exp(ω·z_i),
 * with z_i standard normal from the random-effects stream, three per patient in
 * PK_PARAMETER_ORDER, drawn for every patient whatever its arm or CV (so that changing a
 * CV or an arm never shifts another patient's draws).
 */
export function drawIndividualPk(pk: PkSection | undefined, population: VirtualPopulation, rng: Rng): IndividualPk {
  const size = population.size;
  const result: IndividualPk = { absorptionRatePerH: new Float64Array(size), clearanceLPerH: new Float64Array(size), volumeL: new Float64Array(size) };
  const targets = [result.absorptionRatePerH, result.clearanceLPerH, result.volumeL];
  const parameters = PK_PARAMETER_ORDER.map((name) => pk?.parameters[name]);
  const omegas = parameters.map((parameter) => lognormalOmega(parameter?.cv ?? 0));
  for (let patient = 0; patient < size; patient++) {
    for (let p = 0; p < parameters.length; p++) {
      const z = drawStandardNormal(rng);
      const parameter = parameters[p];
      if (parameter === undefined) continue;
      const value = parameter.typical * covariateFactor(parameter, population, patient) * Math.exp((omegas[p] as number) * z);
      (targets[p] as Float64Array)[patient] = value;
    }
  }
  return result;
}

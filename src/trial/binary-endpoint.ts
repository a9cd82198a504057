import type { VirtualPopulation } from "../population/index.js";
import type { Rng } from "../rng/index.js";
import { logisticProbability } from "../safety/index.js";
import { normalCdf } from "../stats/index.js";
import type { Endpoint } from "../spec/schema.js";
import { directDrugEffect } from "./direct-drug-effect.js";
import type { BinaryOutcome, EndpointOutcome } from "./endpoint-outcome.js";
import { exposureValue, isExposureMetric } from "./exposure-metric.js";
import { linearPredictor } from "./linear-predictor.js";
import type { PatientArmExposure } from "./simulate-replicate.js";

/** The drug's shift of a linear predictor (log-odds, log hazard, log rate): 0 without drug. */
export function drugShift(endpoint: Endpoint, exposure: PatientArmExposure | null): number {
  const effect = endpoint.drug_effect;
  if (exposure === null || effect === undefined) return 0;
  const driver = effect.exposure;
  return directDrugEffect(effect, driver !== undefined && isExposureMetric(driver) ? exposureValue(exposure.metrics, driver) : 0);
}

/** P(change ≥ threshold) (above) or P(change ≤ threshold) (below) for a normal residual around the expected change. */
function responderProbability(mean: number, residualSd: number, threshold: number, above: boolean): number {
  if (!(residualSd > 0)) return (above ? mean >= threshold : mean <= threshold) ? 1 : 0;
  return normalCdf(above ? (mean - threshold) / residualSd : (threshold - mean) / residualSd);
}

function responderOutcome(endpoint: Endpoint, earlier: ReadonlyMap<string, EndpointOutcome>): BinaryOutcome {
  const responder = endpoint.responder;
  const source = earlier.get(responder?.endpoint ?? "");
  if (responder === undefined || source?.type !== "continuous") throw new RangeError(`binary endpoint ${endpoint.id} needs an earlier continuous endpoint ${responder?.endpoint}`);
  const above = responder.direction === "above";
  const responds = (change: number): number => (above ? (change >= responder.threshold ? 1 : 0) : change <= responder.threshold ? 1 : 0);
  const probability = (mean: number): number => responderProbability(mean, source.residualSd, responder.threshold, above);
  return {
    type: "binary",
    response: Uint8Array.from(source.change, responds),
    twinResponse: Uint8Array.from(source.twinChange, responds),
    probability: Float64Array.from(source.meanChange, probability),
    twinProbability: Float64Array.from(source.twinMeanChange, probability),
  };
}

/**
 * A binary endpoint: responders by a threshold on a continuous endpoint's change at its
 * primary visit, or events of a logistic model P = 1/(1 + exp(−(intercept + covariates +
 * drug))) with one uniform per patient shared by its twin.
 */
export function simulateBinaryEndpoint(endpoint: Endpoint, context: { population: VirtualPopulation; own: readonly (PatientArmExposure | null)[]; twin: readonly (PatientArmExposure | null)[]; earlier: ReadonlyMap<string, EndpointOutcome> }, rng: Rng): BinaryOutcome {
  if (endpoint.responder !== undefined) return responderOutcome(endpoint, context.earlier);
  const size = context.population.size;
  const response = new Uint8Array(size);
  const twinResponse = new Uint8Array(size);
  const probability = new Float64Array(size);
  const twinProbability = new Float64Array(size);
  const intercept = endpoint.logistic?.intercept ?? 0;
  for (let patient = 0; patient < size; patient++) {
    const base = intercept + linearPredictor(endpoint.covariates ?? [], context.population, patient);
    const uniform = rng.next();
    probability[patient] = logisticProbability(base + drugShift(endpoint, context.own[patient] ?? null), 0, 0);
    twinProbability[patient] = logisticProbability(base + drugShift(endpoint, context.twin[patient] ?? null), 0, 0);
    response[patient] = uniform < (probability[patient] as number) ? 1 : 0;
    twinResponse[patient] = uniform < (twinProbability[patient] as number) ? 1 : 0;
  }
  return { type: "binary", response, twinResponse, probability, twinProbability };
}

import type { VirtualPopulation } from "../population/index.js";
import type { Rng } from "../rng/index.js";
import type { Endpoint } from "../spec/schema.js";
import { gammaQuantile, poissonQuantile } from "../stats/count-distributions.js";
import { drugShift } from "./binary-endpoint.js";
import type { CountOutcome } from "./endpoint-outcome.js";
import { linearPredictor } from "./linear-predictor.js";
import type { PatientArmExposure } from "./simulate-replicate.js";

/**
 * A count endpoint over the treatment period: Y ~ Poisson(λ·t·G) with λ = rate ·
 * exp(covariates + drug), t the years at risk and G = 1 (Poisson) or a patient frailty
 * G ~ Gamma(θ, θ) of mean 1 (negative binomial: Var = μ + μ²/θ). Two uniforms per patient,
 * by inversion, shared by its twin — so the twin's count moves monotonically with its rate.
 *
 * Reference: Cameron & Trivedi (2013) Regression Analysis of Count Data, §4.2 (the
 * Poisson–gamma mixture).
 */
export function simulateCountEndpoint(endpoint: Endpoint, context: { population: VirtualPopulation; own: readonly (PatientArmExposure | null)[]; twin: readonly (PatientArmExposure | null)[]; years: number }, rng: Rng): CountOutcome {
  const size = context.population.size;
  const count = new Int32Array(size);
  const twinCount = new Int32Array(size);
  const meanCount = new Float64Array(size);
  const twinMeanCount = new Float64Array(size);
  const theta = endpoint.dispersion ?? 1;
  const negativeBinomial = endpoint.count_model === "negative-binomial";
  for (let patient = 0; patient < size; patient++) {
    const frailtyDraw = rng.next();
    const countDraw = rng.next();
    const frailty = negativeBinomial ? gammaQuantile(frailtyDraw, theta, theta) : 1;
    const expected = (endpoint.rate_per_year ?? 0) * context.years * Math.exp(linearPredictor(endpoint.covariates ?? [], context.population, patient));
    meanCount[patient] = expected * Math.exp(drugShift(endpoint, context.own[patient] ?? null));
    twinMeanCount[patient] = expected * Math.exp(drugShift(endpoint, context.twin[patient] ?? null));
    count[patient] = poissonQuantile(countDraw, frailty * (meanCount[patient] as number));
    twinCount[patient] = poissonQuantile(countDraw, frailty * (twinMeanCount[patient] as number));
  }
  return { type: "count", count, twinCount, meanCount, twinMeanCount, exposureYears: new Float64Array(size).fill(context.years) };
}

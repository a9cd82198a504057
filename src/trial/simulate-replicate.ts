import { summariseExposure, type ExposureMetrics } from "../pk/index.js";
import { changeFromBaseline, emaxEffect } from "../pd/index.js";
import { growPopulation, type VirtualPopulation } from "../population/index.js";
import { drawStandardNormal, streamFor } from "../rng/index.js";
import { gradeOf, logisticProbability } from "../safety/index.js";
import type { AdverseEventModel, Endpoint } from "../spec/schema.js";
import { allocateArms } from "./allocate-arms.js";
import { exposureValue } from "./exposure-metric.js";
import { drawIndividualPk, type IndividualPk } from "./individual-pk.js";
import { STREAM_PURPOSES } from "./stream-purposes.js";
import type { TrialPlan } from "./trial-plan.js";

/** A continuous endpoint for every patient, under its own arm and as its twin under control. */
export interface EndpointOutcome {
  readonly baseline: Float64Array;
  readonly change: Float64Array;
  readonly twinChange: Float64Array;
}

/** Worst grade (0 = none) of one adverse event term, own arm and twin under control. */
export interface AdverseEventOutcome {
  readonly grade: Int8Array;
  readonly twinGrade: Int8Array;
}

/** One simulated trial: every patient, its arm, PK, exposure, endpoints and adverse events. */
export interface ReplicateSimulation {
  readonly replicate: number;
  readonly population: VirtualPopulation;
  readonly arm: Int32Array;
  readonly pk: IndividualPk;
  readonly exposure: readonly (ExposureMetrics | null)[];
  readonly twinExposure: readonly (ExposureMetrics | null)[];
  readonly endpoints: readonly EndpointOutcome[];
  readonly adverseEvents: readonly AdverseEventOutcome[];
}

function exposureUnder(plan: TrialPlan, pk: IndividualPk, patient: number, armIndex: number): ExposureMetrics | null {
  const arm = plan.arms[armIndex];
  if (arm === undefined || arm.regimen === undefined) return null;
  const parameters = {
    absorptionRatePerH: pk.absorptionRatePerH[patient] as number,
    clearanceLPerH: pk.clearanceLPerH[patient] as number,
    volumeL: pk.volumeL[patient] as number,
    bioavailability: plan.spec.pk?.bioavailability ?? 1,
  };
  return summariseExposure(parameters, arm.doses, arm.regimen.interval_h);
}

function simulateEndpoint(plan: TrialPlan, endpoint: Endpoint, context: { population: VirtualPopulation; exposure: readonly (ExposureMetrics | null)[]; twinExposure: readonly (ExposureMetrics | null)[]; replicate: number }): EndpointOutcome {
  const { population, exposure, twinExposure } = context;
  const rng = streamFor(plan.spec.trial.seed, STREAM_PURPOSES.residual(context.replicate, endpoint.id));
  const baseline = population.numeric.get(endpoint.baseline_column) ?? new Float64Array(population.size);
  const change = new Float64Array(population.size);
  const twinChange = new Float64Array(population.size);
  const effect = (metrics: ExposureMetrics | null): number =>
    endpoint.drug_effect === undefined ? 0 : emaxEffect(exposureValue(metrics, endpoint.drug_effect.exposure), endpoint.drug_effect);
  for (let patient = 0; patient < population.size; patient++) {
    const terms = {
      baseline: baseline[patient] as number,
      placeboResponse: endpoint.placebo_response,
      baselineSlope: endpoint.baseline_slope,
      baselineCentre: endpoint.baseline_centre,
      residual: endpoint.residual_sd * drawStandardNormal(rng),
    };
    change[patient] = changeFromBaseline({ ...terms, drugEffect: effect(exposure[patient] ?? null) });
    twinChange[patient] = changeFromBaseline({ ...terms, drugEffect: effect(twinExposure[patient] ?? null) });
  }
  return { baseline: Float64Array.from(baseline), change, twinChange };
}

function simulateAdverseEvent(plan: TrialPlan, model: AdverseEventModel, context: { size: number; exposure: readonly (ExposureMetrics | null)[]; twinExposure: readonly (ExposureMetrics | null)[]; replicate: number }): AdverseEventOutcome {
  const rng = streamFor(plan.spec.trial.seed, STREAM_PURPOSES.adverseEvent(context.replicate, model.term));
  const shares = [model.grades.grade_1, model.grades.grade_2, model.grades.grade_3];
  const grade = new Int8Array(context.size);
  const twinGrade = new Int8Array(context.size);
  const gradeFor = (metrics: ExposureMetrics | null, occurrence: number, severity: number): number => {
    const probability = logisticProbability(model.intercept, model.slope, exposureValue(metrics, model.exposure));
    return occurrence < probability ? gradeOf(severity, shares) : 0;
  };
  for (let patient = 0; patient < context.size; patient++) {
    // Two uniforms per patient, always: whether, then how severe.
    const occurrence = rng.next();
    const severity = rng.next();
    grade[patient] = gradeFor(context.exposure[patient] ?? null, occurrence, severity);
    twinGrade[patient] = gradeFor(context.twinExposure[patient] ?? null, occurrence, severity);
  }
  return { grade, twinGrade };
}

/**
 * Simulates replicate `replicate` (1-based) of the trial. A pure function of the plan and
 * the replicate index: every random number comes from a stream keyed by (seed,
 * replicate, purpose), so the result does not depend on which worker runs it or when.
 */
export function simulateReplicate(plan: TrialPlan, replicate: number): ReplicateSimulation {
  const seed = plan.spec.trial.seed;
  const population = growPopulation(
    { table: plan.table, method: plan.spec.population.method, size: plan.patientCount, smoothing: plan.smoothing },
    streamFor(seed, STREAM_PURPOSES.population(replicate)),
  );
  const arm = allocateArms(plan.allocationBlock, plan.patientCount, streamFor(seed, STREAM_PURPOSES.allocation(replicate)));
  const pk = drawIndividualPk(plan.spec.pk, population, streamFor(seed, STREAM_PURPOSES.randomEffects(replicate)));
  const exposure = Array.from(arm, (armIndex, patient) => exposureUnder(plan, pk, patient, armIndex));
  const twinExposure = Array.from(arm, (armIndex, patient) => (armIndex === plan.controlIndex ? (exposure[patient] ?? null) : exposureUnder(plan, pk, patient, plan.controlIndex)));
  const context = { population, exposure, twinExposure, replicate, size: population.size };
  const endpoints = plan.spec.endpoints.map((endpoint) => simulateEndpoint(plan, endpoint, context));
  const adverseEvents = plan.spec.adverse_events.map((model) => simulateAdverseEvent(plan, model, context));
  return { replicate, population, arm, pk, exposure, twinExposure, endpoints, adverseEvents };
}

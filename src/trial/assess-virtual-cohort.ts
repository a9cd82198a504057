import { assessFidelity, assessPrivacy, growPopulation, type CohortFidelity, type PrivacyAssessment } from "../population/index.js";
import { streamFor } from "../rng/index.js";
import { recomputeDerived } from "./patient-covariates.js";
import { STREAM_PURPOSES } from "./stream-purposes.js";
import type { TrialPlan } from "./trial-plan.js";

/**
 * Virtual patients grown for the fidelity and privacy check: enough that the comparison with
 * the real cohort is not dominated by the sample's own noise (a proportion to ±0.011 at 1 SE,
 * a KS distance's null 95% point about 1.36·√(1/n_real + 1/2000)), and few enough to stay
 * fast (the nearest-record search is 2000 × n_real).
 */
export const FIDELITY_SAMPLE_SIZE = 2000;

/** How the virtual cohort compares with the real one, and how close it comes to copying it. */
export interface VirtualCohortAssessment {
  readonly sampleSize: number;
  readonly fidelity: CohortFidelity;
  readonly privacy: PrivacyAssessment;
}

/**
 * Grows a sample of virtual patients by the spec's population method from its own stream
 * (so the trial's replicates are untouched) and compares it with the eligible real patients:
 * marginal distributions, correlations and the distance of each virtual patient to the
 * closest real record. With method cohort the sample is the real patients themselves.
 */
export function assessVirtualCohort(plan: TrialPlan): VirtualCohortAssessment {
  const { population } = plan.spec;
  const size = population.method === "cohort" ? plan.table.rowCount : FIDELITY_SAMPLE_SIZE;
  const grown = growPopulation({ table: plan.table, method: population.method, missing: population.missing, size, smoothing: plan.smoothing }, streamFor(plan.spec.trial.seed, STREAM_PURPOSES.fidelity()));
  const virtual = recomputeDerived(plan, grown);
  return { sampleSize: size, fidelity: assessFidelity(plan.table, virtual, plan.levels), privacy: assessPrivacy(plan.table, virtual) };
}

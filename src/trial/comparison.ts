import type { EffectEstimate, TestOptions } from "../stats/index.js";
import type { AnalysisMethod, Endpoint } from "../spec/schema.js";
import type { ReplicateSimulation } from "./simulate-replicate.js";
import type { ArmPlan, TrialPlan } from "./trial-plan.js";

/** What an estimate measures, on the scale it is estimated, tested and stored (ratios on the log scale). */
export type EffectMeasure = "mean-difference" | "risk-difference" | "log-odds-ratio" | "log-risk-ratio" | "log-hazard-ratio" | "log-rate-ratio";

/** One drug arm against control for one endpoint of one replicate. */
export interface Comparison {
  readonly plan: TrialPlan;
  readonly simulation: ReplicateSimulation;
  readonly endpoint: Endpoint;
  readonly treatment: ArmPlan;
  readonly control: ArmPlan;
  /** The analysed patients of both arms, in patient order. */
  readonly patients: Int32Array;
  /** 1 for the drug arm, 0 for control, per analysed patient. */
  readonly group: Uint8Array;
  /** Every patient of the drug arm, observed or not (dropout): the true effect is over all of them. */
  readonly treatedAll: Int32Array;
  readonly test: TestOptions;
}

/** One analysis method's result for a comparison, with the true effect on the same scale. */
export interface MethodResult {
  readonly method: AnalysisMethod;
  readonly measure: EffectMeasure;
  readonly estimate: EffectEstimate;
  /** The same quantity from the treated patients' complete potential outcomes (own vs own twin); NaN if undefined. */
  readonly trueEffect: number;
  /** Events in the two arms at the analysis (time-to-event endpoints). */
  readonly events?: number;
}

/**
 * The patients of a comparison with their group codes: everyone in the two arms, or for a
 * time-to-event endpoint (analysed at a calendar cutoff) those who entered before the
 * cutoff — patients randomised after it are not yet in the trial. `observed` leaves out the
 * patients whose outcome the trial did not see (they left early); `treatedAll` keeps every
 * treated patient, for the true effect.
 */
export function comparisonPatients(simulation: ReplicateSimulation, arms: { treatment: ArmPlan; control: ArmPlan }, atCutoff: boolean, observed?: Uint8Array): { patients: Int32Array; group: Uint8Array; treatedAll: Int32Array } {
  const patients: number[] = [];
  const group: number[] = [];
  const treatedAll: number[] = [];
  const { arm, entryDays, cutoffDay } = simulation;
  for (let patient = 0; patient < arm.length; patient++) {
    const armIndex = arm[patient];
    if (armIndex !== arms.treatment.index && armIndex !== arms.control.index) continue;
    if (atCutoff && !((entryDays[patient] as number) < cutoffDay)) continue;
    if (armIndex === arms.treatment.index) treatedAll.push(patient);
    if (observed !== undefined && observed[patient] !== 1) continue;
    patients.push(patient);
    group.push(armIndex === arms.treatment.index ? 1 : 0);
  }
  return { patients: Int32Array.from(patients), group: Uint8Array.from(group), treatedAll: Int32Array.from(treatedAll) };
}

/** Every patient of the drug arm (indexes into the population), whether the trial observed its outcome or not. */
export function treatedPatients(comparison: Comparison): number[] {
  return Array.from(comparison.treatedAll);
}

/** An estimate whose inference failed (a zero cell, a non-converged or singular fit): counted as a failed analysis. */
export function failedEstimate(estimate = Number.NaN): EffectEstimate {
  return { estimate, standardError: Number.NaN, statistic: Number.NaN, degreesOfFreedom: Number.NaN, pValue: Number.NaN, ciLower: Number.NaN, ciUpper: Number.NaN };
}

/**
 * Runs a model fit that rejects degenerate data with a RangeError (a constant covariate in
 * this replicate, all counts zero): the analysis then counts as failed instead of stopping
 * the run. Any other error is a bug and propagates.
 */
export function unlessDegenerate<T>(fit: () => T): T | undefined {
  try {
    return fit();
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

import type { AnalysisMethod, Design, Endpoint, LinearCovariate, Spec } from "../spec/schema.js";
import { planEndpoint } from "./endpoint-model.js";
import type { HistoricalControls } from "./historical-controls.js";
import type { ArmPlan, TrialPlan } from "./trial-plan.js";

/** The population column holding each trial patient's drift (shift + unmeasured factor) on the linear predictor. */
export const DRIFT_COLUMN = "(drift)";
/** The population column holding the twin model's prediction without drug (PROCOVA's covariate). */
export const PROGNOSTIC_SCORE_COLUMN = "(prognostic score)";

/** One candidate design, prepared. */
export interface DesignEntry {
  readonly design: Design;
  /** Trial patients (all arms): the real patients a sponsor must enrol. */
  readonly trialPatients: number;
  /** Concurrent control patients among them. */
  readonly concurrentControls: number;
  /** randomised: arm index of each slot of one allocation block. */
  readonly allocationBlock: Int32Array;
  /** How this design's trial is analysed (its methods first: the first is its primary). */
  readonly analysisPlan: TrialPlan;
  /** PROCOVA: the same data analysed without the prognostic score, for the variance it saves. */
  readonly unadjustedPlan: TrialPlan | undefined;
}

/** Everything the designs share in a run. */
export interface DesignSetup {
  readonly endpointIndex: number;
  /** The endpoint as the twin model states it (no drift). */
  readonly endpoint: Endpoint;
  readonly drugArm: ArmPlan;
  readonly controlArm: ArmPlan;
  /** Virtual patients simulated per replicate: the largest design's trial. */
  readonly poolSize: number;
  /** The trial's patients, everyone on drug (own) and as twins under control, with the drift. */
  readonly concurrentPlan: TrialPlan;
  /** The twin generator: the same patients under control, without the drift, independent noise. */
  readonly generatorPlan: TrialPlan;
  readonly drift: { readonly shift: number; readonly unmeasuredSd: number } | undefined;
  readonly entries: readonly DesignEntry[];
  readonly historical: HistoricalControls | undefined;
  readonly nullRun: boolean;
}

function variantPlan(plan: TrialPlan, spec: Spec, patientCount: number, allocationBlock: Int32Array): TrialPlan {
  return { ...plan, spec, patientCount, allocationBlock, endpoints: spec.endpoints.map((endpoint) => planEndpoint(endpoint, spec.trial.duration_days)) };
}

/** The adjusted analysis of each endpoint type: the model that takes the prognostic score as a covariate. */
function adjustedMethod(endpoint: Endpoint): AnalysisMethod {
  switch (endpoint.type) {
    case "continuous":
      return "ancova";
    case "binary":
      return "logistic";
    case "time-to-event":
      return "cox";
    case "count":
      return endpoint.count_model === "negative-binomial" ? "negative-binomial" : "poisson";
  }
}

function analysisSpec(spec: Spec, endpoint: Endpoint, prognostic: boolean): Spec {
  const analysis = { ...spec.analysis, multiplicity: { method: "none" as const } };
  if (!prognostic) return { ...spec, endpoints: [endpoint], adverse_events: [], analysis };
  return {
    ...spec, adverse_events: [],
    endpoints: [{ ...endpoint, methods: [adjustedMethod(endpoint)] }],
    analysis: { ...analysis, ancova_covariates: [...analysis.ancova_covariates, PROGNOSTIC_SCORE_COLUMN], adjustment_covariates: [...analysis.adjustment_covariates, PROGNOSTIC_SCORE_COLUMN] },
  };
}

function blockOf(design: Design, arms: { drug: ArmPlan; control: ArmPlan }): Int32Array {
  const ratio = (arm: ArmPlan) => design.allocation?.[arm.id] ?? 1;
  return Int32Array.from([...Array.from({ length: ratio(arms.control) }, () => arms.control.index), ...Array.from({ length: ratio(arms.drug) }, () => arms.drug.index)]);
}

/**
 * Prepares the designs of a spec (spec.designs, checked by the design rules: one drug arm
 * and one control, a supported endpoint): the variant plans behind the concurrent patients
 * and the twin generator, and each design's size, allocation and analysis.
 */
export function planDesigns(plan: TrialPlan, historical?: HistoricalControls): DesignSetup | undefined {
  const { spec } = plan;
  const designs = spec.designs;
  if (designs === undefined) return undefined;
  const endpointIndex = Math.max(0, designs.endpoint === undefined ? 0 : spec.endpoints.findIndex((endpoint) => endpoint.id === designs.endpoint));
  const endpoint = spec.endpoints[endpointIndex] as Endpoint;
  const controlArm = plan.arms[plan.controlIndex] as ArmPlan;
  const drugArm = plan.arms.find((arm) => !arm.isControl) as ArmPlan;
  const entries = designs.candidates.map((design): DesignEntry => {
    const randomised = design.kind === "randomised";
    const block = randomised ? blockOf(design, { drug: drugArm, control: controlArm }) : Int32Array.of(drugArm.index);
    const trialPatients = (randomised ? design.n_total : design.n_treated) ?? 0;
    const controlsPerBlock = block.filter((arm) => arm === controlArm.index).length;
    const analysisPlan = variantPlan(plan, analysisSpec(spec, endpoint, randomised && design.prognostic_score), trialPatients, block);
    return {
      design, trialPatients, allocationBlock: block, analysisPlan,
      concurrentControls: randomised ? (trialPatients / block.length) * controlsPerBlock : 0,
      unadjustedPlan: randomised && design.prognostic_score ? variantPlan(plan, analysisSpec(spec, endpoint, false), trialPatients, block) : undefined,
    };
  });
  const poolSize = Math.max(...entries.map((entry) => entry.trialPatients));
  const drift = endpoint.drift === undefined ? undefined : { shift: endpoint.drift.shift, unmeasuredSd: endpoint.drift.unmeasured_sd };
  const driftTerm: LinearCovariate = { column: DRIFT_COLUMN, coefficient: 1, reference: 0, transform: "none" };
  const concurrentEndpoint = drift === undefined ? endpoint : { ...endpoint, covariates: [...(endpoint.covariates ?? []), driftTerm] };
  const simulationSpec = (one: Endpoint): Spec => ({ ...spec, endpoints: [one], adverse_events: [], outputs: { ...spec.outputs, keep_replicates: 0 } });
  return {
    endpointIndex: 0, endpoint, drugArm, controlArm, poolSize, drift, entries, historical, nullRun: designs.null_run,
    concurrentPlan: variantPlan(plan, simulationSpec(concurrentEndpoint), poolSize, Int32Array.of(drugArm.index)),
    generatorPlan: variantPlan(plan, simulationSpec(endpoint), poolSize, Int32Array.of(controlArm.index)),
  };
}

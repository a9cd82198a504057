import type { EffectEstimate, TestOptions } from "../stats/index.js";
import { defaultHypotheses, methodsOf } from "../spec/endpoint-type-rules.js";
import type { AnalysisMethod, Endpoint } from "../spec/schema.js";
import { analyseBinary } from "./analyse-binary.js";
import { analyseContinuous } from "./analyse-continuous.js";
import { analyseCount } from "./analyse-count.js";
import { analyseTimeToEvent } from "./analyse-time-to-event.js";
import { adjustFamily } from "./apply-multiplicity.js";
import { comparisonPatients, type Comparison, type EffectMeasure, type MethodResult } from "./comparison.js";
import type { EndpointOutcome } from "./endpoint-outcome.js";
import type { ReplicateSimulation } from "./simulate-replicate.js";
import type { TrialPlan } from "./trial-plan.js";

/** One analysis of one endpoint for one comparison in one replicate (a row of efficacy.csv). */
export interface EfficacyResult {
  readonly replicate: number;
  readonly endpoint: string;
  readonly treatmentArm: string;
  readonly controlArm: string;
  readonly method: AnalysisMethod;
  readonly measure: EffectMeasure;
  /** The endpoint's first method: the one tested in the multiplicity family. */
  readonly primary: boolean;
  readonly estimate: EffectEstimate;
  /** The multiplicity-adjusted p value (primary analyses of the family), else NaN. */
  readonly pAdjusted: number;
  /** H0 rejected at trial.alpha: after adjustment in the family, unadjusted otherwise. */
  readonly rejected: boolean;
  /** The same quantity from the treated patients' own outcomes and their twins' under control (NaN if undefined). */
  readonly trueEffect: number;
  /** Events in the two arms at the analysis (time-to-event), else NaN. */
  readonly events: number;
}

/** The family of the multiplicity adjustment: "endpoint:arm" keys in testing order. */
export function familyOf(plan: TrialPlan): readonly string[] {
  return plan.spec.analysis.multiplicity.hypotheses ?? defaultHypotheses(plan.spec);
}

function testOptions(plan: TrialPlan, endpoint: Endpoint): TestOptions {
  const { analysis } = plan.spec;
  return { confidenceLevel: analysis.confidence_level, alternative: endpoint.alternative ?? analysis.alternative };
}

function comparisonsOf(plan: TrialPlan, simulation: ReplicateSimulation, endpoint: Endpoint): Comparison[] {
  const control = plan.arms[plan.controlIndex];
  if (control === undefined) return [];
  const test = testOptions(plan, endpoint);
  const atCutoff = endpoint.type === "time-to-event";
  const outcome = simulation.endpoints[plan.spec.endpoints.indexOf(endpoint)];
  const observed = outcome === undefined || outcome.type === "time-to-event" ? undefined : outcome.observed;
  return plan.arms.filter((arm) => !arm.isControl).map((treatment) => ({ plan, simulation, endpoint, treatment, control, test, ...comparisonPatients(simulation, { treatment, control }, atCutoff, observed) }));
}

function analyseEndpoint(comparisons: readonly Comparison[], outcome: EndpointOutcome, methods: readonly AnalysisMethod[]): MethodResult[][] {
  switch (outcome.type) {
    case "continuous":
      return analyseContinuous(comparisons, outcome, methods);
    case "binary":
      return analyseBinary(comparisons, outcome, methods);
    case "time-to-event":
      return analyseTimeToEvent(comparisons, outcome, methods);
    case "count":
      return analyseCount(comparisons, outcome, methods);
  }
}

/**
 * Analyses every endpoint of one replicate: each drug arm against control by each method of
 * the endpoint, then tests the family of primary analyses (each endpoint's first method, for
 * the hypotheses of analysis.multiplicity) with the declared adjustment. Rows come in spec
 * order: endpoint, then drug arm, then method.
 */
export function analyseEfficacy(plan: TrialPlan, simulation: ReplicateSimulation): EfficacyResult[] {
  const alpha = plan.spec.trial.alpha;
  const rows: Omit<EfficacyResult, "pAdjusted" | "rejected">[] = [];
  plan.spec.endpoints.forEach((endpoint, index) => {
    const outcome = simulation.endpoints[index];
    if (outcome === undefined) return;
    const comparisons = comparisonsOf(plan, simulation, endpoint);
    const methods = methodsOf(plan.spec, endpoint);
    analyseEndpoint(comparisons, outcome, methods).forEach((results, order) => {
      const comparison = comparisons[order] as Comparison;
      for (const result of results) {
        rows.push({ replicate: simulation.replicate, endpoint: endpoint.id, treatmentArm: comparison.treatment.id, controlArm: comparison.control.id, method: result.method, measure: result.measure, primary: result.method === methods[0], estimate: result.estimate, trueEffect: result.trueEffect, events: result.events ?? Number.NaN });
      }
    });
  });
  const family = familyOf(plan);
  const members = family.map((key) => rows.findIndex((row) => row.primary && `${row.endpoint}:${row.treatmentArm}` === key));
  const decision = adjustFamily(plan.spec.analysis.multiplicity.method, members.map((row) => rows[row]?.estimate.pValue ?? Number.NaN), alpha);
  return rows.map((row, index) => {
    const position = members.indexOf(index);
    if (position >= 0) return { ...row, pAdjusted: decision.adjustedPValues[position] ?? Number.NaN, rejected: decision.rejected[position] === true };
    return { ...row, pAdjusted: Number.NaN, rejected: row.estimate.pValue <= alpha };
  });
}

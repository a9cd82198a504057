import { ancova, welchTTest, type EffectEstimate, type TestOptions } from "../stats/index.js";
import type { AnalysisMethod, Endpoint } from "../spec/schema.js";
import type { EndpointOutcome, ReplicateSimulation } from "./simulate-replicate.js";
import type { TrialPlan } from "./trial-plan.js";

/** One analysis of one endpoint for one comparison in one replicate (a row of efficacy.csv). */
export interface EfficacyResult {
  readonly replicate: number;
  readonly endpoint: string;
  readonly treatmentArm: string;
  readonly controlArm: string;
  readonly method: AnalysisMethod;
  readonly estimate: EffectEstimate;
  /** p < alpha (no multiplicity adjustment yet). */
  readonly rejected: boolean;
  /** Mean over the treated patients of (own outcome − own twin's outcome under control). */
  readonly trueEffect: number;
}

function valuesOfArm(values: Float64Array, arm: Int32Array, armIndex: number): number[] {
  const selected: number[] = [];
  for (let patient = 0; patient < arm.length; patient++) if (arm[patient] === armIndex) selected.push(values[patient] as number);
  return selected;
}

/** Exact true effect of the replicate: the treated patients' outcomes minus their own twins'. */
function trueEffectOf(outcome: EndpointOutcome, arm: Int32Array, armIndex: number): number {
  let sum = 0;
  let count = 0;
  for (let patient = 0; patient < arm.length; patient++) {
    if (arm[patient] !== armIndex) continue;
    sum += (outcome.change[patient] as number) - (outcome.twinChange[patient] as number);
    count++;
  }
  return count === 0 ? Number.NaN : sum / count;
}

function ancovaEstimates(plan: TrialPlan, simulation: ReplicateSimulation, outcome: EndpointOutcome, test: TestOptions): readonly EffectEstimate[] {
  // Group codes: control = 0, the other arms 1..g in spec order.
  const codeOf = new Int32Array(plan.arms.length);
  let next = 1;
  for (const arm of plan.arms) codeOf[arm.index] = arm.isControl ? 0 : next++;
  const group = Array.from(simulation.arm, (armIndex) => codeOf[armIndex] as number);
  const covariates = plan.spec.analysis.ancova_covariates.map((name) =>
    Array.from(name === "baseline" ? outcome.baseline : (simulation.population.numeric.get(name) ?? new Float64Array(group.length))),
  );
  return ancova({ response: Array.from(outcome.change), group, groupCount: plan.arms.length - 1, covariates, test });
}

/**
 * Analyses one endpoint of one replicate: each drug arm against control, by every method
 * the spec lists (Welch's t-test on the two arms; one ANCOVA model over all arms).
 */
export function analyseEfficacy(plan: TrialPlan, simulation: ReplicateSimulation, endpoint: Endpoint, outcome: EndpointOutcome): EfficacyResult[] {
  const { analysis, trial } = plan.spec;
  const test: TestOptions = { confidenceLevel: analysis.confidence_level, alternative: analysis.alternative };
  const control = plan.arms[plan.controlIndex];
  if (control === undefined) return [];
  const controlValues = valuesOfArm(outcome.change, simulation.arm, control.index);
  const treated = plan.arms.filter((arm) => !arm.isControl);
  const ancovaResults = analysis.methods.includes("ancova") ? ancovaEstimates(plan, simulation, outcome, test) : [];
  const results: EfficacyResult[] = [];
  treated.forEach((arm, order) => {
    const trueEffect = trueEffectOf(outcome, simulation.arm, arm.index);
    for (const method of analysis.methods) {
      const estimate = method === "welch" ? welchTTest(valuesOfArm(outcome.change, simulation.arm, arm.index), controlValues, test) : ancovaResults[order];
      if (estimate === undefined) continue;
      const base = { replicate: simulation.replicate, endpoint: endpoint.id, treatmentArm: arm.id, controlArm: control.id, method };
      results.push({ ...base, estimate, rejected: estimate.pValue < trial.alpha, trueEffect });
    }
  });
  return results;
}

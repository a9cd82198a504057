import { ancova, studentTTest, welchTTest, type EffectEstimate } from "../stats/index.js";
import type { AnalysisMethod } from "../spec/schema.js";
import { treatedPatients, type Comparison, type MethodResult } from "./comparison.js";
import { covariateColumns } from "./design-columns.js";
import type { ContinuousOutcome } from "./endpoint-outcome.js";

function valuesOf(values: Float64Array, patients: ArrayLike<number>, group: Uint8Array, code: number): number[] {
  const selected: number[] = [];
  for (let index = 0; index < patients.length; index++) if (group[index] === code) selected.push(values[patients[index] as number] as number);
  return selected;
}

/** Mean over the treated patients of (own change − own twin's change under control). */
function meanTwinDifference(comparison: Comparison, outcome: ContinuousOutcome): number {
  const treated = treatedPatients(comparison);
  let sum = 0;
  for (const patient of treated) sum += (outcome.change[patient] as number) - (outcome.twinChange[patient] as number);
  return treated.length === 0 ? Number.NaN : sum / treated.length;
}

/**
 * One ANCOVA over every arm of the replicate (control = 0, drug arms 1..g in spec order),
 * so every comparison shares the residual variance, as in `lm(change ~ arm + covariates)`.
 */
function ancovaByArm(comparisons: readonly Comparison[], outcome: ContinuousOutcome): Map<number, EffectEstimate> {
  const first = comparisons[0];
  if (first === undefined) return new Map();
  const { plan, simulation } = first;
  const codeOf = new Map<number, number>();
  let next = 1;
  for (const arm of plan.arms) codeOf.set(arm.index, arm.isControl ? 0 : next++);
  // Every observed patient of every arm (a patient who left before the primary visit has no outcome).
  const patients = Array.from(simulation.arm.keys()).filter((patient) => outcome.observed === undefined || outcome.observed[patient] === 1);
  const group = patients.map((patient) => codeOf.get(simulation.arm[patient] as number) ?? 0);
  const names = plan.spec.analysis.ancova_covariates;
  const covariates = names.flatMap((name) => (name === "baseline" ? [patients.map((patient) => outcome.baseline[patient] as number)] : covariateColumns(simulation.population, [name], patients)));
  const estimates = ancova({ response: patients.map((patient) => outcome.change[patient] as number), group, groupCount: plan.arms.length - 1, covariates, test: first.test });
  const byArm = new Map<number, EffectEstimate>();
  for (const arm of plan.arms) {
    const code = codeOf.get(arm.index) ?? 0;
    const estimate = estimates[code - 1];
    if (code > 0 && estimate !== undefined) byArm.set(arm.index, estimate);
  }
  return byArm;
}

/**
 * Continuous endpoint: the change from baseline at the primary visit by Welch's or Student's
 * t-test (drug arm vs control) or ANCOVA (all arms, adjusted for analysis.ancova_covariates).
 * The true effect is the treated patients' mean difference from their own twins.
 */
export function analyseContinuous(comparisons: readonly Comparison[], outcome: ContinuousOutcome, methods: readonly AnalysisMethod[]): MethodResult[][] {
  const ancovaEstimates = methods.includes("ancova") ? ancovaByArm(comparisons, outcome) : new Map<number, EffectEstimate>();
  return comparisons.map((comparison) => {
    const trueEffect = meanTwinDifference(comparison, outcome);
    const treated = valuesOf(outcome.change, comparison.patients, comparison.group, 1);
    const control = valuesOf(outcome.change, comparison.patients, comparison.group, 0);
    return methods.flatMap((method): MethodResult[] => {
      const estimate = method === "welch" ? welchTTest(treated, control, comparison.test) : method === "student" ? studentTTest(treated, control, comparison.test) : ancovaEstimates.get(comparison.treatment.index);
      return estimate === undefined ? [] : [{ method, measure: "mean-difference", estimate, trueEffect }];
    });
  });
}

import { applyEligibility, deriveColumns, loadCohort, readObservedOutcomes, requireComplete, type LoadedCohort, type RequiredColumn } from "../cohort/index.js";
import { InputError } from "../errors.js";
import type { EligibleCohort } from "../population/index.js";
import { loadSpec, resolveSpec, type LoadedSpec, type PkParameter, type Spec } from "../spec/index.js";
import { patientCountOf, planTrial, type TrialPlan } from "../trial/index.js";
import { applyOverrides, type Overrides } from "./parse-overrides.js";

/** A spec and cohort read, checked against each other and planned: ready to run. */
export interface PreparedTrial {
  readonly loaded: LoadedSpec;
  readonly cohort: LoadedCohort;
  readonly plan: TrialPlan;
}

/** Columns every virtual patient must have, with what they are used for. */
function requiredColumns(spec: Spec): RequiredColumn[] {
  const required: RequiredColumn[] = spec.endpoints.flatMap((endpoint): RequiredColumn[] => [
    ...(endpoint.baseline_column === undefined ? [] : [{ column: endpoint.baseline_column, use: `the baseline of ${endpoint.id}` }]),
    ...(endpoint.covariates ?? []).map((term) => ({ column: term.column, use: `a covariate of ${endpoint.id}`, ...(term.transform === "log" ? { positive: true } : {}) })),
  ]);
  for (const column of [...spec.analysis.adjustment_covariates, ...spec.analysis.strata]) required.push({ column, use: "an adjustment covariate or stratum" });
  for (const column of spec.analysis.ancova_covariates) if (column !== "baseline") required.push({ column, use: "an ANCOVA covariate" });
  const parameters: Record<string, PkParameter> = spec.pk?.parameters ?? {};
  for (const [name, parameter] of Object.entries(parameters)) {
    for (const effect of parameter.covariates) required.push({ column: effect.column, use: `a ${effect.model} covariate of ${name}`, ...(effect.model === "power" ? { positive: true } : {}) });
  }
  for (const column of spec.analysis.ancova_covariates) if (column !== "baseline") required.push({ column, use: "an ANCOVA covariate" });
  for (const arm of spec.arms) {
    if (arm.regimen?.dose_column !== undefined) required.push({ column: arm.regimen.dose_column, use: `the dose of arm ${arm.id}`, positive: true });
    if (arm.regimen?.weight_column !== undefined) required.push({ column: arm.regimen.weight_column, use: `the body weight of arm ${arm.id}`, positive: true });
  }
  return required;
}

/** With method cohort, the eligible patients themselves must split exactly by the allocation ratio. */
function checkCohortAllocation(spec: Spec, eligible: EligibleCohort): void {
  if (spec.population.method !== "cohort") return;
  const block = spec.arms.reduce((sum, arm) => sum + (spec.population.allocation?.[arm.id] ?? 1), 0);
  const count = patientCountOf(spec, eligible.eligibleRows.length);
  if (count % block === 0) return;
  throw new InputError([{ code: "COHORT_ALLOCATION", message: `population method cohort: ${count} eligible patients cannot be split exactly over the allocation block of ${block}`, hint: `change the eligibility or the allocation so that the eligible count is a multiple of ${block}, or use method: bootstrap`, location: { kind: "file", file: eligible.cohort.file } }]);
}

/** Read → validate → plan: everything before the first random number. */
export function prepareTrial(specFile: string, overrides: Overrides): PreparedTrial {
  const loaded = loadSpec(specFile);
  const spec = resolveSpec(applyOverrides(loaded.spec, overrides));
  const observedColumns = spec.endpoints.flatMap((endpoint) => (endpoint.observed === undefined ? [] : [endpoint.observed.time_column, endpoint.observed.event_column, endpoint.observed.arm_column]));
  const cohort = loadCohort(loaded.directory, spec.cohort, [...new Set(observedColumns)]);
  const eligible = applyEligibility(deriveColumns(cohort.cohort, spec.cohort.derived), spec.cohort.eligibility);
  requireComplete(eligible, requiredColumns(spec));
  checkCohortAllocation(spec, eligible);
  return { loaded, cohort, plan: planTrial(spec, eligible, readObservedOutcomes(spec, eligible)) };
}

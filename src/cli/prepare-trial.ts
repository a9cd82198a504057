import { applyEligibility, deriveColumns, loadCohort, readObservedOutcomes, requireComplete, type LoadedCohort, type RequiredColumn } from "../cohort/index.js";
import { InputError } from "../errors.js";
import type { EligibleCohort } from "../population/index.js";
import { loadSpec, resolveSpec, type LoadedSpec, type PkParameter, type Spec } from "../spec/index.js";
import { patientCountOf, planTrial, type TrialPlan } from "../trial/index.js";
import { fitTwinModels } from "../twin/index.js";
import { keptOutputProblem } from "../spec/output-size-rules.js";
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
  for (const event of spec.adverse_events) {
    for (const term of event.covariates ?? []) required.push({ column: term.column, use: `a covariate of adverse event ${event.term}`, ...(term.transform === "log" ? { positive: true } : {}) });
  }
  for (const design of spec.designs?.candidates ?? []) {
    for (const column of design.matching?.covariates ?? []) required.push({ column, use: `a matching covariate of design ${design.id}` });
  }
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

/** Columns a twin model reads that cohort.columns does not declare (read as raw text), with the spec place naming each. */
function rawTwinColumns(spec: Spec): { column: string; place: string }[] {
  const declared = new Set([...Object.keys(spec.cohort.columns), ...Object.keys(spec.cohort.derived)]);
  return spec.endpoints.flatMap((endpoint, index) => {
    const twin = endpoint.twin_model;
    if (twin === undefined) return [];
    const named: [string, string | undefined][] = [["outcome_column", twin.outcome_column], ["time_column", twin.time_column], ["event_column", twin.event_column], ["rows.column", twin.rows?.column]];
    return named.flatMap(([field, column]) => (column === undefined || declared.has(column) ? [] : [{ column, place: `endpoints[${index}].twin_model.${field}` }]));
  });
}

/** The cohort, with a missing twin-model column's issue naming the spec place that asks for it. */
function loadCohortFor(loaded: LoadedSpec, spec: Spec, twinColumns: readonly { column: string; place: string }[]): LoadedCohort {
  const observedColumns = spec.endpoints.flatMap((endpoint) => (endpoint.observed === undefined ? [] : [endpoint.observed.time_column, endpoint.observed.event_column, endpoint.observed.arm_column]));
  try {
    return loadCohort(loaded.directory, spec.cohort, [...new Set([...observedColumns, ...twinColumns.map((entry) => entry.column)])]);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(error.issues.map((issue) => {
      const named = issue.code === "COHORT_MISSING_COLUMN" && issue.location?.kind === "csv" ? issue.location.columnName : undefined;
      const place = twinColumns.find((entry) => entry.column === named)?.place;
      return place === undefined ? issue : { ...issue, message: `${issue.message} (${place} names it)` };
    }));
  }
}

/** Read → validate → fit the twin models → plan: everything before the first random number. `specText` stands for the file's content (a sweep point). */
export function prepareTrial(specFile: string, overrides: Overrides, specText?: string): PreparedTrial {
  const loaded = loadSpec(specFile, specText);
  const resolved = resolveSpec(applyOverrides(loaded.spec, overrides));
  // The spec rules refuse too large a kept output; --replicates can raise it past them (keep_replicates is capped by replicates).
  const tooLarge = overrides.replicates === undefined ? undefined : keptOutputProblem(resolved);
  if (tooLarge !== undefined) throw new InputError([{ code: "SPEC_INVALID_VALUE", ...tooLarge, location: { kind: "flag", flag: "--replicates" } }]);
  const cohort = loadCohortFor(loaded, resolved, rawTwinColumns(resolved));
  const eligible = applyEligibility(deriveColumns(cohort.cohort, resolved.cohort.derived), resolved.cohort.eligibility);
  const { spec, fits } = fitTwinModels(resolved, eligible);
  requireComplete(eligible, requiredColumns(spec));
  checkCohortAllocation(spec, eligible);
  return { loaded, cohort, plan: planTrial(spec, eligible, { observed: readObservedOutcomes(spec, eligible), twinFits: fits }) };
}

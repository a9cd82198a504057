import { applyEligibility, loadCohort, requireComplete, type LoadedCohort, type RequiredColumn } from "../cohort/index.js";
import { loadSpec, resolveSpec, type LoadedSpec, type PkParameter, type Spec } from "../spec/index.js";
import { planTrial, type TrialPlan } from "../trial/index.js";
import { applyOverrides, type Overrides } from "./parse-overrides.js";

/** A spec and cohort read, checked against each other and planned: ready to run. */
export interface PreparedTrial {
  readonly loaded: LoadedSpec;
  readonly cohort: LoadedCohort;
  readonly plan: TrialPlan;
}

/** Columns every virtual patient must have, with what they are used for. */
function requiredColumns(spec: Spec): RequiredColumn[] {
  const required: RequiredColumn[] = spec.endpoints.map((endpoint) => ({ column: endpoint.baseline_column, use: `the baseline of ${endpoint.id}` }));
  const parameters: Record<string, PkParameter> = spec.pk?.parameters ?? {};
  for (const [name, parameter] of Object.entries(parameters)) {
    for (const effect of parameter.covariates) required.push({ column: effect.column, use: `a power covariate of ${name}`, positive: true });
  }
  for (const column of spec.analysis.ancova_covariates) if (column !== "baseline") required.push({ column, use: "an ANCOVA covariate" });
  return required;
}

/** Read → validate → plan: everything before the first random number. */
export function prepareTrial(specFile: string, overrides: Overrides): PreparedTrial {
  const loaded = loadSpec(specFile);
  const spec = resolveSpec(applyOverrides(loaded.spec, overrides));
  const cohort = loadCohort(loaded.directory, spec.cohort);
  const eligible = applyEligibility(cohort.cohort, spec.cohort.eligibility);
  requireComplete(eligible, requiredColumns(spec));
  return { loaded, cohort, plan: planTrial(spec, eligible) };
}

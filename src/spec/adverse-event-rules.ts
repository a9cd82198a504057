import { INTERVAL_DRIVERS } from "./sections/adverse-events.js";
import type { AdverseEventModel, Spec } from "./schema.js";
import { formatPath, type SpecIssue, type SpecPath } from "./spec-issue.js";

/** The grade shares 1–5 of a fixed split, without trailing zero grades (the last grade given takes any rounding remainder). */
export function gradeShares(grades: NonNullable<AdverseEventModel["grades"]>): number[] {
  const shares = [grades.grade_1, grades.grade_2, grades.grade_3, grades.grade_4, grades.grade_5];
  while (shares.length > 3 && shares[shares.length - 1] === 0) shares.pop();
  return shares;
}

function issue(code: string, path: SpecPath, message: string, hint: string, atKey = false): SpecIssue {
  return { code, message: `${formatPath(path)} ${message}`, hint, path, ...(atKey ? { atKey } : {}) };
}

/** Fields each model reads; the others would be silently ignored, so they are errors. */
const ONLY_FOR: Partial<Record<keyof AdverseEventModel, readonly AdverseEventModel["model"][]>> = {
  rate_per_year: ["hazard"],
  intercept: ["logistic", "per-cycle"],
  covariates: ["hazard", "per-cycle"],
  ordinal: ["hazard", "per-cycle"],
  duration_days: ["hazard", "per-cycle"],
};

function modelFields(event: AdverseEventModel, path: SpecPath): SpecIssue[] {
  const issues: SpecIssue[] = [];
  for (const [field, models] of Object.entries(ONLY_FOR) as [keyof AdverseEventModel, readonly AdverseEventModel["model"][]][]) {
    if (event[field] !== undefined && !models.includes(event.model)) issues.push(issue("SPEC_INVALID_VALUE", [...path, field], `does not apply to model ${event.model}`, `remove it, or use model ${models.join(" or ")}`, true));
  }
  const needs = (field: keyof AdverseEventModel, example: string) => {
    if (event[field] === undefined) issues.push(issue("SPEC_MISSING_KEY", path, `(model ${event.model}) needs ${field}`, `add ${field}: ${example}`));
  };
  if (event.model === "logistic") {
    if (event.exposure === "concentration") issues.push(issue("SPEC_INVALID_VALUE", [...path, "exposure"], "concentration drives only a hazard model, not logistic", "a logistic model reads one metric of the last dosing interval: auc_tau, cavg, cmax, cmin, ctrough or auc_cumulative"));
    needs("intercept", "-3 (log-odds without drug)");
    needs("grades", "{grade_1: 0.6, grade_2: 0.3, grade_3: 0.1}");
    return issues;
  }
  if (event.model === "hazard") needs("rate_per_year", "0.2 (events per patient-year without drug)");
  else needs("intercept", "-4 (log-odds per cycle without drug)");
  needs("duration_days", "{median: 7, geometric_sd: 1.5}");
  if ((event.grades === undefined) === (event.ordinal === undefined)) issues.push(issue("SPEC_MISSING_KEY", path, "needs exactly one of grades and ordinal", "a fixed split, grades: {grade_1: 0.5, grade_2: 0.3, grade_3: 0.15, grade_4: 0.05}, or a proportional-odds model, ordinal: {intercepts: [0, -1.5, -3, -6], slope: 0.1}"));
  if (!(INTERVAL_DRIVERS as readonly string[]).includes(event.exposure))
    issues.push(issue("SPEC_INVALID_VALUE", [...path, "exposure"], `"${event.exposure}" is not an exposure of a dosing interval`, `model ${event.model} reads each dosing interval's ${INTERVAL_DRIVERS.join(", ")}`));
  if (event.model !== "hazard" && event.exposure === "concentration")
    issues.push(issue("SPEC_INVALID_VALUE", [...path, "exposure"], `concentration drives only a hazard model, not ${event.model}`, "a per-cycle model reads one exposure per cycle: use cavg (the cycle's average concentration) or cmax"));
  const theta = event.ordinal?.intercepts;
  if (theta !== undefined && theta.some((value, index) => index > 0 && value > (theta[index - 1] as number)))
    issues.push(issue("SPEC_INVALID_VALUE", [...path, "ordinal", "intercepts"], `must decrease (θ2 ≥ θ3 ≥ θ4 ≥ θ5), got ${theta.join(", ")}`, "P(grade ≥ g) cannot grow with g: e.g. [0, -1.5, -3, -6]"));
  return issues;
}

function doseLevels(spec: Spec): SpecIssue[] {
  return spec.arms.flatMap((arm, index) => {
    const levels = arm.regimen?.dose_levels_mg;
    if (levels === undefined) return [];
    const path: SpecPath = ["arms", index, "regimen", "dose_levels_mg"];
    if (levels.some((level, at) => at > 0 && level >= (levels[at - 1] as number))) return [issue("SPEC_INVALID_VALUE", path, `must decrease from the starting dose, got ${levels.join(", ")}`, "list the levels from the starting dose down, e.g. [200, 150, 100]")];
    if (arm.regimen?.dose_mg !== levels[0]) return [issue("SPEC_INVALID_VALUE", path, `must start at the regimen's dose_mg (${arm.regimen?.dose_mg ?? "none"}), got ${levels[0]}`, `start the list with ${arm.regimen?.dose_mg ?? "the dose"}: a fixed dose_mg is the first level`)];
    return [];
  });
}

function modifications(spec: Spec): SpecIssue[] {
  const section = spec.dose_modifications;
  if (section === undefined) return [];
  const issues: SpecIssue[] = [];
  const timed = spec.adverse_events.filter((event) => event.model !== "logistic").map((event) => event.term);
  if (timed.length === 0) issues.push(issue("SPEC_INVALID_VALUE", ["dose_modifications"], "needs an adverse event with model hazard or per-cycle: a logistic model says only whether an event happens, not when", "set model: hazard (or per-cycle) on the adverse events that drive dose changes", true));
  section.rules.forEach((rule, index) => {
    if (rule.term !== "any" && !timed.includes(rule.term))
      issues.push(issue("SPEC_UNKNOWN_TERM", ["dose_modifications", "rules", index, "term"], `"${rule.term}" is not an adverse event term with model hazard or per-cycle`, `use one of: ${[...timed, "any"].join(", ")}`));
  });
  const reduces = section.rules.some((rule) => rule.action === "reduce" || rule.action === "interrupt-then-reduce");
  spec.arms.forEach((arm, index) => {
    if (reduces && arm.regimen !== undefined && arm.regimen.dose_levels_mg === undefined)
      issues.push(issue("SPEC_MISSING_KEY", ["arms", index, "regimen"], "needs dose_levels_mg: a dose modification rule reduces the dose", `add dose_levels_mg: [${arm.regimen.dose_mg ?? 100}, …] from the starting dose down`));
  });
  return issues;
}

/**
 * Rules of adverse event models and dose modifications: the fields each model reads, the
 * exposures of a dosing interval, decreasing ordinal intercepts and dose levels, rules on
 * known time-driven terms, dose levels wherever a rule reduces the dose.
 */
export function adverseEventRules(spec: Spec): SpecIssue[] {
  return [...spec.adverse_events.flatMap((event, index) => modelFields(event, ["adverse_events", index])), ...doseLevels(spec), ...modifications(spec)];
}

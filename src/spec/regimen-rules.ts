import { doseCountFor } from "./resolve-spec.js";
import type { Regimen, Spec } from "./schema.js";
import type { SpecIssue, SpecPath } from "./spec-issue.js";

function doseSource(regimen: Regimen, path: SpecPath): SpecIssue[] {
  const given = (["dose_mg", "dose_mg_per_kg", "dose_column"] as const).filter((key) => regimen[key] !== undefined);
  if (given.length !== 1)
    return [{ code: "SPEC_REGIMEN", message: `${given.length === 0 ? "the regimen gives no dose" : `the regimen gives ${given.join(" and ")}`}: exactly one of dose_mg, dose_mg_per_kg and dose_column is needed`, hint: "e.g. dose_mg: 100, or dose_mg_per_kg: 4 with weight_column: weight", path }];
  if (regimen.dose_mg === undefined && (regimen.loading_doses_mg.length > 0 || regimen.titration.length > 0))
    return [{ code: "SPEC_REGIMEN", message: "loading doses and titration steps are amounts in mg: they need dose_mg", hint: "give the maintenance amount as dose_mg, or drop the loading doses and titration", path }];
  if (regimen.dose_mg_per_kg !== undefined && regimen.weight_column === undefined)
    return [{ code: "SPEC_MISSING_KEY", message: "dose_mg_per_kg needs weight_column", hint: "name the cohort column with body weight in kg, e.g. weight_column: wt", path }];
  return [];
}

function infusion(regimen: Regimen, path: SpecPath): SpecIssue[] {
  const given = (["infusion_duration_h", "infusion_rate_mg_per_h"] as const).filter((key) => regimen[key] !== undefined);
  if (regimen.route === "infusion" && given.length !== 1)
    return [{ code: "SPEC_REGIMEN", message: "an infusion needs exactly one of infusion_duration_h and infusion_rate_mg_per_h", hint: "e.g. infusion_duration_h: 1", path }];
  if (regimen.route !== "infusion" && given.length > 0)
    return [{ code: "SPEC_REGIMEN", message: `${given.join(" and ")} ${given.length === 1 ? "applies" : "apply"} only to route: infusion, not ${regimen.route}`, hint: "remove it, or set route: infusion", path: [...path, given[0] as string], atKey: true }];
  return [];
}

function schedule(regimen: Regimen, path: SpecPath, durationDays: number): SpecIssue[] {
  const count = regimen.n_doses ?? doseCountFor(durationDays, regimen.interval_h);
  const issues: SpecIssue[] = [];
  if (regimen.loading_doses_mg.length > count)
    issues.push({ code: "SPEC_REGIMEN", message: `${regimen.loading_doses_mg.length} loading doses but only ${count} dose${count === 1 ? "" : "s"} in the regimen`, hint: "loading doses are the first administrations of the regimen", path: [...path, "loading_doses_mg"] });
  if (regimen.titration.some((step, index) => index > 0 && step.from_day <= (regimen.titration[index - 1]?.from_day ?? 0)))
    issues.push({ code: "SPEC_REGIMEN", message: "titration steps must be in increasing from_day order", hint: "list the dose changes in time order", path: [...path, "titration"] });
  return issues;
}

/** Every rule of the arms' regimens. */
export function regimenRules(spec: Spec): SpecIssue[] {
  return spec.arms.flatMap((arm, index) => {
    const regimen = arm.regimen;
    if (regimen === undefined) return [];
    const path: SpecPath = ["arms", index, "regimen"];
    return [...doseSource(regimen, path), ...infusion(regimen, path), ...schedule(regimen, path, spec.trial.duration_days)];
  });
}

/** The adherence section's model-specific fields. */
export function adherenceRules(spec: Spec): SpecIssue[] {
  const adherence = spec.adherence;
  if (adherence === undefined) return [];
  const needs = adherence.model === "constant" ? (["missed_dose_probability"] as const) : (["mean_taken", "concentration"] as const);
  const missing = needs.filter((field) => adherence[field] === undefined);
  if (missing.length === 0) return [];
  return [{ code: "SPEC_MISSING_KEY", message: `adherence (${adherence.model}) needs ${missing.join(" and ")}`, hint: adherence.model === "constant" ? "e.g. {model: constant, missed_dose_probability: 0.1}" : "e.g. {model: beta, mean_taken: 0.9, concentration: 20}", path: ["adherence"] }];
}

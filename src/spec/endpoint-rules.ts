import type { DrugEffect, Endpoint, Spec } from "./schema.js";
import { endpointTypeRules } from "./endpoint-type-rules.js";
import { formatPath, type SpecIssue, type SpecPath } from "./spec-issue.js";

const DRUG_EFFECT_FIELDS: Record<DrugEffect["model"], readonly (keyof DrugEffect)[]> = {
  constant: [],
  emax: ["emax", "ec50"],
  "sigmoid-emax": ["emax", "ec50"],
  linear: ["slope"],
  "log-linear": ["slope"],
};

function drugEffect(effect: DrugEffect | undefined, path: SpecPath): SpecIssue[] {
  if (effect === undefined) return [];
  const missing = DRUG_EFFECT_FIELDS[effect.model].filter((field) => effect[field] === undefined);
  const issues: SpecIssue[] = [];
  if (missing.length > 0) issues.push({ code: "SPEC_MISSING_KEY", message: `${formatPath(path)} (${effect.model}) needs ${missing.join(" and ")}`, hint: `a ${effect.model} drug effect has ${DRUG_EFFECT_FIELDS[effect.model].join(", ")}`, path });
  if (effect.exposure === "effect-site" && effect.ke0_per_h === undefined) issues.push({ code: "SPEC_MISSING_KEY", message: `${formatPath(path)} on the effect site needs ke0_per_h`, hint: "ke0_per_h is the equilibration rate constant between plasma and effect site (1/h)", path });
  return issues;
}

function indirectResponse(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  const model = endpoint.indirect_response;
  if (model === undefined) return [{ code: "SPEC_MISSING_KEY", message: `${formatPath(path)}: model indirect-response needs indirect_response`, hint: "add indirect_response: {type: 1, kout_per_h: 0.1, imax: 0.8, ic50_mg_per_l: 2}", path }];
  const needs = model.type <= 2 ? (["imax", "ic50_mg_per_l"] as const) : (["emax", "ec50_mg_per_l"] as const);
  const missing = needs.filter((field) => model[field] === undefined);
  if (missing.length === 0) return [];
  return [{ code: "SPEC_MISSING_KEY", message: `${formatPath(path)}.indirect_response of type ${model.type} needs ${missing.join(" and ")}`, hint: model.type <= 2 ? "types 1 and 2 inhibit: imax (fraction) and ic50_mg_per_l" : "types 3 and 4 stimulate: emax and ec50_mg_per_l", path: [...path, "indirect_response"] }];
}

function visits(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  const days = endpoint.visits_days;
  const issues: SpecIssue[] = [];
  if (days !== undefined && days.some((day, index) => index > 0 && day <= (days[index - 1] ?? 0)))
    issues.push({ code: "SPEC_INVALID_VALUE", message: `${formatPath(path)}.visits_days must be increasing`, hint: "list the visit days in order, e.g. [28, 56, 84]", path: [...path, "visits_days"] });
  const primary = endpoint.primary_visit_day;
  if (primary !== undefined && !(days ?? []).includes(primary))
    issues.push({ code: "SPEC_INVALID_VALUE", message: `${formatPath(path)}.primary_visit_day ${primary} is not one of visits_days`, hint: `choose one of ${(days ?? []).join(", ") || "the visits (give visits_days)"}`, path: [...path, "primary_visit_day"] });
  return issues;
}

function endpointModel(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  if (endpoint.model === "indirect-response") return indirectResponse(endpoint, path);
  if (endpoint.model === "disease-progression" && endpoint.progression === undefined)
    return [{ code: "SPEC_MISSING_KEY", message: `${formatPath(path)}: model disease-progression needs progression`, hint: "add progression: {model: linear, rate_per_day: 0.01, drug_action: protective}", path }];
  return [];
}

function analysisFits(spec: Spec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  if (spec.analysis.cutoff?.events !== undefined && !spec.endpoints.some((endpoint) => endpoint.type === "time-to-event"))
    issues.push({ code: "SPEC_INVALID_VALUE", message: "analysis.cutoff.events needs a time-to-event endpoint", hint: "cutoff.events counts events of the first time-to-event endpoint and this spec has none: use cutoff: {day: N}, or remove cutoff", path: ["analysis", "cutoff", "events"] });
  const cutoff = spec.analysis.cutoff;
  if (cutoff !== undefined && (cutoff.day === undefined) === (cutoff.events === undefined))
    issues.push({ code: "SPEC_INVALID_VALUE", message: "analysis.cutoff needs exactly one of day and events", hint: "e.g. cutoff: {events: 150} or cutoff: {day: 1460}", path: ["analysis", "cutoff"] });
  return issues;
}

/** Every rule of the endpoints section. */
export function endpointRules(spec: Spec): SpecIssue[] {
  const perEndpoint = spec.endpoints.flatMap((endpoint, index) => {
    const path: SpecPath = ["endpoints", index];
    const continuous = endpoint.type === "continuous" ? [...endpointModel(endpoint, path), ...visits(endpoint, path)] : [];
    return [...continuous, ...drugEffect(endpoint.drug_effect, [...path, "drug_effect"])];
  });
  return [...perEndpoint, ...endpointTypeRules(spec), ...analysisFits(spec)];
}

import { closestName } from "../text/closest-name.js";
import type { Spec } from "./schema.js";
import { formatPath, type SpecIssue, type SpecPath } from "./spec-issue.js";

function continuousEndpoint(spec: Spec, id: string, path: SpecPath): SpecIssue[] {
  const endpoint = spec.endpoints.find((candidate) => candidate.id === id);
  if (endpoint?.type === "continuous") return [];
  const continuous = spec.endpoints.filter((candidate) => candidate.type === "continuous").map((candidate) => candidate.id);
  const suggestion = closestName(id, continuous);
  return [{
    code: "SPEC_UNKNOWN_ENDPOINT",
    message: `${formatPath(path)} "${id}" is ${endpoint === undefined ? "not an endpoint id" : `a ${endpoint.type} endpoint, not continuous`}`,
    hint: `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}dropout reads a continuous endpoint's change: ${continuous.join(", ") || "(none in this spec)"}`,
    path,
  }];
}

/** The composite estimand needs the value a stopped patient gets, on binary endpoints only; the value needs the estimand. */
export function estimandRules(spec: Spec): SpecIssue[] {
  const composite = spec.analysis.estimand === "composite";
  return spec.endpoints.flatMap((endpoint, index): SpecIssue[] => {
    const path: SpecPath = ["endpoints", index];
    if (composite && endpoint.type !== "binary")
      return [{ code: "SPEC_INVALID_VALUE", message: `analysis.estimand composite needs binary endpoints, but ${formatPath(path)} "${endpoint.id}" is ${endpoint.type}`, hint: "the composite strategy makes stopping the drug an outcome value: use treatment-policy or hypothetical for other endpoint types", path: ["analysis", "estimand"] }];
    if (composite && endpoint.composite_value === undefined)
      return [{ code: "SPEC_MISSING_KEY", message: `${formatPath(path)} needs composite_value with analysis.estimand composite`, hint: "composite_value: 0 (a patient who stops the drug is a non-responder) or 1 (counts as the event)", path }];
    if (!composite && endpoint.composite_value !== undefined)
      return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath([...path, "composite_value"])} applies only with analysis.estimand composite`, hint: "remove it, or set analysis.estimand: composite", path: [...path, "composite_value"], atKey: true }];
    return [];
  });
}

/**
 * Rules of spec.dropout: the endpoints whose change drives dropout are continuous endpoints
 * of the spec, and lack of efficacy is judged at one of that endpoint's visits.
 */
export function dropoutRules(spec: Spec): SpecIssue[] {
  const section = spec.dropout;
  if (section === undefined) return [];
  const issues: SpecIssue[] = [];
  for (const key of ["missing_at_random", "missing_not_at_random", "lack_of_efficacy"] as const) {
    const entry = section[key];
    if (entry !== undefined) issues.push(...continuousEndpoint(spec, entry.endpoint, ["dropout", key, "endpoint"]));
  }
  const rule = section.lack_of_efficacy;
  const endpoint = spec.endpoints.find((candidate) => candidate.id === rule?.endpoint);
  if (rule !== undefined && endpoint?.type === "continuous") {
    const visits = endpoint.visits_days ?? [spec.trial.duration_days];
    if (!visits.includes(rule.visit_day))
      issues.push({ code: "SPEC_INVALID_VALUE", message: `dropout.lack_of_efficacy.visit_day ${rule.visit_day} is not a visit of "${endpoint.id}"`, hint: `choose one of its visits_days: ${visits.join(", ")}`, path: ["dropout", "lack_of_efficacy", "visit_day"] });
  }
  return issues;
}

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

import type { Endpoint } from "./schema.js";
import { formatPath, type SpecIssue, type SpecPath } from "./spec-issue.js";

function unused(path: SpecPath, message: string, hint: string): SpecIssue {
  return { code: "SPEC_INVALID_VALUE", message: `${formatPath(path)} ${message}`, hint, path, atKey: true };
}

function hazardFields(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  const hazard = endpoint.baseline_hazard;
  if (hazard === undefined) return [];
  const at = (field: string): SpecPath => [...path, "baseline_hazard", field];
  if (hazard.model === "exponential")
    return (["shape", "scale_days"] as const).filter((field) => hazard[field] !== undefined).map((field) => unused(at(field), "applies only to a weibull baseline hazard, not exponential", "remove it (an exponential hazard has rate_per_day or median_days), or set model: weibull"));
  return hazard.rate_per_day === undefined ? [] : [unused(at("rate_per_day"), "applies only to an exponential baseline hazard, not weibull", "give the weibull hazard scale_days or median_days with its shape, or set model: exponential")];
}

/**
 * Fields that parse but would be silently ignored: covariate terms of an endpoint without a
 * linear predictor, a drug effect on a responder endpoint (its drug acts through the
 * continuous endpoint it reads), a dispersion of a Poisson count, hazard fields of the other
 * hazard model. A spec that says something the simulation does not do is an error.
 */
export function unusedFieldRules(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const responder = endpoint.type === "binary" && endpoint.responder !== undefined;
  if (endpoint.covariates !== undefined && responder)
    issues.push(unused([...path, "covariates"], "does not apply to a responder endpoint: only continuous, logistic binary, time-to-event and count endpoints have a linear predictor", "remove it (responders follow from the continuous endpoint's change), or model the event with logistic instead of responder"));
  if (responder && endpoint.drug_effect !== undefined)
    issues.push(unused([...path, "drug_effect"], `does not apply to a responder endpoint: the drug acts through "${endpoint.responder?.endpoint}", whose change defines a responder`, `remove it and give the drug effect to "${endpoint.responder?.endpoint}", or model the event with logistic instead of responder`));
  if (endpoint.type === "count" && endpoint.count_model === "poisson" && endpoint.dispersion !== undefined)
    issues.push(unused([...path, "dispersion"], "applies only to count_model: negative-binomial, not poisson", "remove it, or set count_model: negative-binomial"));
  return [...issues, ...hazardFields(endpoint, path)];
}

import type { Spec } from "./schema.js";
import type { SpecIssue } from "./spec-issue.js";

/**
 * The population section's method-specific fields: `missing: impute` is a gaussian-copula
 * choice. A bootstrap copies real rows, missing values and all, and cohort takes the real
 * patients themselves, so neither can fill a value in. `missing` defaults to preserve, what
 * every method does, so only an explicit impute is refused.
 */
export function populationRules(spec: Spec): SpecIssue[] {
  const { method, missing } = spec.population;
  if (missing !== "impute" || method === "gaussian-copula") return [];
  return [{
    code: "SPEC_MISSING_NEEDS_COPULA",
    message: `population.missing: impute applies only to method: gaussian-copula, not ${method}`,
    hint: `${method} takes real patients as they are, missing values and all: use method: gaussian-copula to fill them in, or remove missing: impute`,
    path: ["population", "missing"],
  }];
}

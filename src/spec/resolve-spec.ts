import type { Endpoint, Spec } from "./schema.js";

const HOURS_PER_DAY = 24;

/**
 * Dose count that covers the treatment period: doses at 0, τ, 2τ, … while t < duration.
 * The small tolerance keeps 84 days of daily doses at 84, not 85, after rounding.
 *
 * @example doseCountFor(84, 24) // 84
 */
export function doseCountFor(durationDays: number, intervalH: number): number {
  return Math.max(1, Math.ceil((durationDays * HOURS_PER_DAY) / intervalH - 1e-9));
}

/**
 * The spec with every derived default written out (regimen dose counts), so that the
 * manifest holds exactly what ran. Command-line overrides (seed, replicates) are applied
 * by the caller before this.
 */
export function resolveSpec(spec: Spec): Spec {
  const arms = spec.arms.map((arm) =>
    arm.regimen === undefined || arm.regimen.n_doses !== undefined
      ? arm
      : { ...arm, regimen: { ...arm.regimen, n_doses: doseCountFor(spec.trial.duration_days, arm.regimen.interval_h) } },
  );
  return { ...spec, arms, endpoints: spec.endpoints.map(withTypeDefaults) };
}

/**
 * The defaults of an endpoint's own type, filled in after the rules ran (the rules refuse
 * these fields on other types, which schema defaults would hide).
 */
function withTypeDefaults(endpoint: Endpoint): Endpoint {
  switch (endpoint.type) {
    case "continuous":
      return { ...endpoint, model: endpoint.model ?? "exposure-response", placebo_response: endpoint.placebo_response ?? 0, baseline_slope: endpoint.baseline_slope ?? 0, baseline_centre: endpoint.baseline_centre ?? 0 };
    case "time-to-event":
      return { ...endpoint, covariates: endpoint.covariates ?? [], dropout_rate_per_year: endpoint.dropout_rate_per_year ?? 0 };
    case "count":
      return { ...endpoint, covariates: endpoint.covariates ?? [] };
    case "binary":
      return endpoint.logistic === undefined ? endpoint : { ...endpoint, covariates: endpoint.covariates ?? [] };
  }
}

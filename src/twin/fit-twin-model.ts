import { InputError, type Issue } from "../errors.js";
import type { EligibleCohort } from "../population/cohort-data.js";
import type { Endpoint, Spec } from "../spec/schema.js";
import { sum } from "../stats/index.js";
import { collectTwinData, type TwinData } from "./collect-twin-data.js";
import { describeFitFailure } from "./describe-fit-failure.js";
import { fitLinearTwin } from "./fit-linear-twin.js";
import { fitLogisticTwin } from "./fit-logistic-twin.js";
import { fitSurvivalTwin } from "./fit-survival-twin.js";
import type { TwinEstimates, TwinModelFit, TwinOutcomes } from "./twin-model-fit.js";

function estimate(endpoint: Endpoint, data: TwinData, confidenceLevel: number): TwinEstimates {
  switch (endpoint.type) {
    case "continuous":
      return fitLinearTwin(data, confidenceLevel);
    case "binary":
      return fitLogisticTwin(data, confidenceLevel);
    case "time-to-event":
      return fitSurvivalTwin(data, { distribution: endpoint.twin_model?.distribution ?? "weibull", confidenceLevel });
    case "count":
      throw new RangeError("fitTwinModels does not fit count endpoints (the spec rules refuse twin_model on them)");
  }
}

function eventsOf(outcomes: TwinOutcomes): number | null {
  return outcomes.type === "continuous" ? null : sum(Array.from(outcomes.events));
}

/** Fewer rows than coefficients, or no events (or only events): no maximum likelihood to find. */
function checkFittable(data: TwinData, events: number | null, context: { place: string; file: string }): Issue | undefined {
  const count = data.tableIndexes.length;
  const dropped = data.selectedCount - count;
  const location = { kind: "file" as const, file: context.file };
  if (count <= data.names.length)
    return { code: "COHORT_TWIN_MODEL_FIT", message: `${context.place} has ${count} complete fitting rows (${data.selection}, ${dropped} dropped for a missing value) for ${data.names.length} coefficients`, hint: "fit more rows than coefficients: widen twin_model.rows or the eligibility, use fewer covariates, or fill the missing values", location };
  if (events === 0 || events === count)
    return { code: "COHORT_TWIN_MODEL_FIT", message: `${context.place}: ${events === 0 ? "none" : "every one"} of its ${count} fitting rows (${data.selection}) is an event`, hint: "check event_values against the values of the outcome or event column, and the rows selection", location };
  return undefined;
}

function fitEndpoint(eligible: EligibleCohort, endpoint: Endpoint, context: { place: string; issues: Issue[]; confidenceLevel: number }): TwinModelFit | undefined {
  const { place, issues, confidenceLevel } = context;
  const before = issues.length;
  const data = collectTwinData(eligible, endpoint, { place, issues });
  if (issues.length > before) return undefined;
  const eventCount = eventsOf(data.outcomes);
  const problem = checkFittable(data, eventCount, { place, file: eligible.cohort.file });
  if (problem !== undefined) {
    issues.push(problem);
    return undefined;
  }
  let estimates: TwinEstimates;
  try {
    estimates = estimate(endpoint, data, confidenceLevel);
  } catch (error) {
    if (!(error instanceof RangeError) || endpoint.type === "count") throw error;
    issues.push(describeFitFailure(error, { place, names: data.names, file: eligible.cohort.file }));
    return undefined;
  }
  const fittedCount = data.tableIndexes.length;
  return {
    endpoint: endpoint.id,
    ...estimates,
    selection: data.selection,
    selectedCount: data.selectedCount,
    fittedCount,
    droppedCount: data.selectedCount - fittedCount,
    eventCount,
    confidenceLevel,
    tableIndexes: Int32Array.from(data.tableIndexes),
    outcomes: data.outcomes,
  };
}

/**
 * Fits the twin model (the outcome without drug) of every endpoint that has `twin_model`, by
 * maximum likelihood on real patients among the eligible ones: lm for continuous, logistic
 * regression for binary, Weibull or exponential regression for time-to-event endpoints. Pure.
 * Returns the spec with each such endpoint's no-drug parameters filled from its fit (covariate
 * terms centred at the fitting rows' means; placebo_response, residual_sd and baseline_slope 0,
 * logistic.intercept, or baseline_hazard), so that the simulator generates twins from the
 * fitted model, and one TwinModelFit per fitted endpoint in spec order. Throws one InputError
 * with every problem found (unusable cells, too few rows or events, fits without a finite
 * maximum).
 *
 * Reference: R `lm`, `glm(family = binomial)`, survival `survreg`; the PROCOVA prognostic
 * model (Schuler et al. 2021, Int J Biostat 18, 329–356) is fitted the same way on historical
 * controls.
 *
 * @param spec a spec that passed the rules (twin_model only on continuous, binary and time-to-event endpoints)
 * @param eligible the cohort with its eligible rows (derived columns computed)
 * @returns the spec with the fitted parameters, and the fits
 * @example fitTwinModels(pbcSpec, eligible).fits[0].shape // 1.55051292984972 for the Weibull fit of the placebo arm (R 4.2.2, twin-models.json)
 */
export function fitTwinModels(spec: Spec, eligible: EligibleCohort): { spec: Spec; fits: TwinModelFit[] } {
  const issues: Issue[] = [];
  const fits: TwinModelFit[] = [];
  const confidenceLevel = spec.analysis.confidence_level;
  const endpoints = spec.endpoints.map((endpoint, index) => {
    if (endpoint.twin_model === undefined) return endpoint;
    const fit = fitEndpoint(eligible, endpoint, { place: `endpoints[${index}].twin_model`, issues, confidenceLevel });
    if (fit === undefined) return endpoint;
    fits.push(fit);
    return { ...endpoint, ...fit.filled };
  });
  if (issues.length > 0) throw new InputError(issues);
  return { spec: { ...spec, endpoints }, fits };
}

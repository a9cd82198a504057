import { columnTypes } from "./column-rules.js";
import type { Endpoint, EndpointType, Spec, TwinModel } from "./schema.js";
import { formatPath, type SpecIssue, type SpecPath } from "./spec-issue.js";

type TwinField = keyof TwinModel;

/** The endpoint fields a twin model fills from its fit, by endpoint type (count: none, it is refused). */
const FILLED_FIELDS: Record<EndpointType, readonly (keyof Endpoint)[]> = {
  continuous: ["placebo_response", "residual_sd", "baseline_slope", "covariates"],
  binary: ["logistic", "responder", "covariates"],
  "time-to-event": ["baseline_hazard", "covariates"],
  count: [],
};

/** The twin_model fields each type needs, with what they hold. */
const REQUIRED_FIELDS: Record<Exclude<EndpointType, "count">, readonly [TwinField, string][]> = {
  continuous: [["outcome_column", "the cohort column with each real patient's change from baseline"]],
  binary: [
    ["outcome_column", "the cohort column with each real patient's outcome"],
    ["event_values", "the values of outcome_column that are events, e.g. [1] or [yes]"],
  ],
  "time-to-event": [
    ["time_column", "the cohort column with each real patient's follow-up time (days)"],
    ["event_column", "the cohort column that says whether the follow-up ended in the event"],
    ["event_values", "the values of event_column that are events (others are censored), e.g. [2]"],
  ],
};

/** The twin_model fields that belong to some endpoint types only, with the types they belong to. */
const TYPED_FIELDS: readonly [TwinField, readonly EndpointType[], string][] = [
  ["outcome_column", ["continuous", "binary"], "a time-to-event twin model reads time_column, event_column and event_values"],
  ["time_column", ["time-to-event"], "a continuous or binary twin model reads outcome_column"],
  ["event_column", ["time-to-event"], "a binary twin model reads outcome_column with event_values"],
  ["event_values", ["binary", "time-to-event"], "a continuous twin model fits the value of outcome_column"],
  ["distribution", ["time-to-event"], "continuous twin models are fitted by least squares, binary ones by logistic regression"],
];

/** "a, b and c". */
function listed(names: readonly string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}

function filledFields(endpoint: Endpoint, path: SpecPath): SpecIssue[] {
  const filled = FILLED_FIELDS[endpoint.type];
  return filled
    .filter((field) => endpoint[field] !== undefined)
    .map((field) => ({
      code: "SPEC_INVALID_VALUE",
      message: `${formatPath([...path, field])} cannot be given with twin_model, which fits it`,
      hint: field === "responder" ? "remove responder: a binary twin model is a logistic model of twin_model.outcome_column, not a threshold on another endpoint (or remove twin_model)" : `remove ${field}: a ${endpoint.type} twin model fits ${listed(filled.filter((name) => name !== "responder"))} from the real patients (or remove twin_model and state them)`,
      path: [...path, field],
      atKey: true,
    }));
}

function twinFields(endpoint: Endpoint, twin: TwinModel, path: SpecPath): SpecIssue[] {
  const type = endpoint.type;
  if (type === "count") return [];
  const missing = REQUIRED_FIELDS[type]
    .filter(([field]) => twin[field] === undefined)
    .map(([field, what]): SpecIssue => ({ code: "SPEC_MISSING_KEY", message: `${formatPath([...path, field])} is missing (needed by ${type} twin models)`, hint: `${field} — ${what}`, path: [...path, field] }));
  const misplaced = TYPED_FIELDS.filter(([field, types]) => twin[field] !== undefined && !types.includes(type)).map(([field, types, hint]): SpecIssue => ({
    code: "SPEC_INVALID_VALUE",
    message: `${formatPath([...path, field])} applies only to ${types.join(" and ")} twin models, not ${type}`,
    hint: `remove it: ${hint}`,
    path: [...path, field],
    atKey: true,
  }));
  return [...missing, ...misplaced];
}

function repeatedCovariates(twin: TwinModel, path: SpecPath): SpecIssue[] {
  return twin.covariates.flatMap((term, index): SpecIssue[] => {
    const first = twin.covariates.findIndex((other) => other.column === term.column && other.transform === term.transform);
    if (first === index) return [];
    const at: SpecPath = [...path, "covariates", index];
    return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(at)} repeats covariates[${first}] (${term.column}, transform ${term.transform})`, hint: "list each covariate once: a repeated covariate is collinear with itself", path: at }];
  });
}

/** A declared outcome or time column must hold numbers (undeclared ones are read raw and checked cell by cell). */
function numericColumns(spec: Spec, endpoint: Endpoint, twin: TwinModel, path: SpecPath): SpecIssue[] {
  const types = columnTypes(spec);
  const numeric: [TwinField, string | undefined][] = [["time_column", twin.time_column], ...(endpoint.type === "continuous" ? [["outcome_column", twin.outcome_column] as [TwinField, string | undefined]] : [])];
  return numeric.flatMap(([field, column]): SpecIssue[] => {
    const type = column === undefined ? undefined : types.get(column);
    if (type === undefined || type === "number" || type === "integer") return [];
    return [{ code: "SPEC_COLUMN_TYPE", message: `column "${column}" is declared as ${type} but is used as ${field === "time_column" ? "a follow-up time" : "a continuous outcome"}`, hint: "only number or integer columns can enter a model", path: [...path, "twin_model", field] }];
  });
}

/**
 * Rules of the twin model (the control-arm outcome model fitted on real patients): not for
 * count endpoints yet; none of the fields it fills stated beside it; the columns it reads
 * given for the endpoint's type (outcome_column; event_values; time_column and event_column),
 * and no field of another type; each covariate once; declared outcome and time columns
 * numeric. Its covariate columns are checked with every other model column (column-rules.ts).
 */
export function twinModelRules(spec: Spec): SpecIssue[] {
  return spec.endpoints.flatMap((endpoint, index): SpecIssue[] => {
    const twin = endpoint.twin_model;
    if (twin === undefined) return [];
    const path: SpecPath = ["endpoints", index];
    const twinPath: SpecPath = [...path, "twin_model"];
    if (endpoint.type === "count")
      return [{ code: "SPEC_INVALID_VALUE", message: `${formatPath(twinPath)} is not available for count endpoints yet`, hint: "state count_model, rate_per_year (and dispersion) and covariates instead; twin models are fitted for continuous, binary and time-to-event endpoints", path: twinPath, atKey: true }];
    return [...filledFields(endpoint, path), ...twinFields(endpoint, twin, twinPath), ...repeatedCovariates(twin, twinPath), ...numericColumns(spec, endpoint, twin, path)];
  });
}

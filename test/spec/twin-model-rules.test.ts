import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { InputError } from "../../src/errors.js";
import { parseSpec } from "../../src/spec/index.js";

/** A spec without endpoints: `endpoints:` is line 16, the first endpoint starts on line 17. */
const HEAD = `trial: {id: t1, title: twin rules, seed: 1, replicates: 10, duration_days: 365}
cohort:
  file: pbc.csv
  id_column: id
  columns:
    age: {type: number}
    bili: {type: number}
    albumin: {type: number}
    sex: {type: category}
    trt: {type: integer}
population: {method: bootstrap, n_per_arm: 10}
arms:
  - {id: placebo, control: true}
  - id: drug
    regimen: {route: oral, dose_mg: 100, interval_h: 24}
endpoints:
`;

function issuesOf(endpoints: string): string[] {
  try {
    parseSpec(`${HEAD}${endpoints}`, "spec.yaml");
  } catch (error) {
    if (error instanceof InputError) return formatIssues(error.issues).trimEnd().split("\n");
    throw error;
  }
  throw new Error("the spec parsed without issues");
}

describe("twin model rules: valid twin models", () => {
  it("accept a continuous, a binary and a time-to-event twin model without the fields they fill", () => {
    const spec = parseSpec(`${HEAD}  - id: change
    type: continuous
    baseline_column: albumin
    twin_model: {outcome_column: albumin_12m, covariates: [{column: age}, {column: bili, transform: log}]}
  - id: dead
    type: binary
    twin_model: {rows: {column: trt, values: [2]}, outcome_column: status, event_values: [2]}
  - id: death
    type: time-to-event
    twin_model: {time_column: time, event_column: status, event_values: [2], distribution: exponential}
    drug_effect: {model: constant, value: -0.3}
`, "spec.yaml");
    expect(spec.endpoints.map((endpoint) => endpoint.twin_model?.covariates.length)).toEqual([2, 0, 0]);
  });
});

describe("twin model rules: every message verbatim", () => {
  it("refuses a twin model on a count endpoint", () => {
    expect(issuesOf("  - id: flares\n    type: count\n    count_model: poisson\n    rate_per_year: 2\n    twin_model: {outcome_column: flares}\n")).toEqual([
      "spec.yaml:21:5: error SPEC_INVALID_VALUE: endpoints[0].twin_model is not available for count endpoints yet",
      "  hint: state count_model, rate_per_year (and dispersion) and covariates instead; twin models are fitted for continuous, binary and time-to-event endpoints",
    ]);
  });

  it("refuses the continuous fields a twin model fills", () => {
    expect(issuesOf(`  - id: change
    type: continuous
    baseline_column: albumin
    placebo_response: 0.1
    baseline_slope: -0.2
    residual_sd: 0.3
    covariates: [{column: age, coefficient: 0.1}]
    twin_model: {outcome_column: albumin_12m}
`)).toEqual([
      "spec.yaml:20:5: error SPEC_INVALID_VALUE: endpoints[0].placebo_response cannot be given with twin_model, which fits it",
      "  hint: remove placebo_response: a continuous twin model fits placebo_response, residual_sd, baseline_slope and covariates from the real patients (or remove twin_model and state them)",
      "spec.yaml:21:5: error SPEC_INVALID_VALUE: endpoints[0].baseline_slope cannot be given with twin_model, which fits it",
      "  hint: remove baseline_slope: a continuous twin model fits placebo_response, residual_sd, baseline_slope and covariates from the real patients (or remove twin_model and state them)",
      "spec.yaml:22:5: error SPEC_INVALID_VALUE: endpoints[0].residual_sd cannot be given with twin_model, which fits it",
      "  hint: remove residual_sd: a continuous twin model fits placebo_response, residual_sd, baseline_slope and covariates from the real patients (or remove twin_model and state them)",
      "spec.yaml:23:5: error SPEC_INVALID_VALUE: endpoints[0].covariates cannot be given with twin_model, which fits it",
      "  hint: remove covariates: a continuous twin model fits placebo_response, residual_sd, baseline_slope and covariates from the real patients (or remove twin_model and state them)",
    ]);
  });

  it("requires outcome_column of a continuous twin model and refuses the fields of other types", () => {
    expect(issuesOf(`  - id: change
    type: continuous
    baseline_column: albumin
    twin_model:
      time_column: time
      event_values: [1]
      distribution: weibull
`)).toEqual([
      "spec.yaml:21:7: error SPEC_MISSING_KEY: endpoints[0].twin_model.outcome_column is missing (needed by continuous twin models)",
      "  hint: outcome_column — the cohort column with each real patient's change from baseline",
      "spec.yaml:21:7: error SPEC_INVALID_VALUE: endpoints[0].twin_model.time_column applies only to time-to-event twin models, not continuous",
      "  hint: remove it: a continuous or binary twin model reads outcome_column",
      "spec.yaml:22:7: error SPEC_INVALID_VALUE: endpoints[0].twin_model.event_values applies only to binary and time-to-event twin models, not continuous",
      "  hint: remove it: a continuous twin model fits the value of outcome_column",
      "spec.yaml:23:7: error SPEC_INVALID_VALUE: endpoints[0].twin_model.distribution applies only to time-to-event twin models, not continuous",
      "  hint: remove it: continuous twin models are fitted by least squares, binary ones by logistic regression",
    ]);
  });

  it("refuses logistic and covariates beside a binary twin model, and requires outcome_column and event_values", () => {
    expect(issuesOf(`  - id: dead
    type: binary
    logistic: {intercept: -1}
    covariates: [{column: age, coefficient: 0.1}]
    twin_model: {event_column: status}
`)).toEqual([
      "spec.yaml:19:5: error SPEC_INVALID_VALUE: endpoints[0].logistic cannot be given with twin_model, which fits it",
      "  hint: remove logistic: a binary twin model fits logistic and covariates from the real patients (or remove twin_model and state them)",
      "spec.yaml:20:5: error SPEC_INVALID_VALUE: endpoints[0].covariates cannot be given with twin_model, which fits it",
      "  hint: remove covariates: a binary twin model fits logistic and covariates from the real patients (or remove twin_model and state them)",
      "spec.yaml:21:17: error SPEC_MISSING_KEY: endpoints[0].twin_model.outcome_column is missing (needed by binary twin models)",
      "  hint: outcome_column — the cohort column with each real patient's outcome",
      "spec.yaml:21:17: error SPEC_MISSING_KEY: endpoints[0].twin_model.event_values is missing (needed by binary twin models)",
      "  hint: event_values — the values of outcome_column that are events, e.g. [1] or [yes]",
      "spec.yaml:21:18: error SPEC_INVALID_VALUE: endpoints[0].twin_model.event_column applies only to time-to-event twin models, not binary",
      "  hint: remove it: a binary twin model reads outcome_column with event_values",
    ]);
  });

  it("refuses a responder beside a binary twin model (once: the responder's own rules do not run)", () => {
    expect(issuesOf(`  - id: change
    type: continuous
    baseline_column: albumin
    residual_sd: 0.3
  - id: responder
    type: binary
    responder: {endpoint: change, threshold: 0.1, direction: above}
    twin_model: {outcome_column: status, event_values: [2]}
`)).toEqual([
      "spec.yaml:23:5: error SPEC_INVALID_VALUE: endpoints[1].responder cannot be given with twin_model, which fits it",
      "  hint: remove responder: a binary twin model is a logistic model of twin_model.outcome_column, not a threshold on another endpoint (or remove twin_model)",
    ]);
  });

  it("refuses baseline_hazard beside a time-to-event twin model, requires its columns, checks its covariates", () => {
    expect(issuesOf(`  - id: death
    type: time-to-event
    baseline_hazard: {model: exponential, median_days: 1000}
    twin_model:
      outcome_column: status
      covariates: [{column: age}, {column: agee}, {column: sex}, {column: age}, {column: age, transform: log}]
`)).toEqual([
      "spec.yaml:19:5: error SPEC_INVALID_VALUE: endpoints[0].baseline_hazard cannot be given with twin_model, which fits it",
      "  hint: remove baseline_hazard: a time-to-event twin model fits baseline_hazard and covariates from the real patients (or remove twin_model and state them)",
      "spec.yaml:21:7: error SPEC_MISSING_KEY: endpoints[0].twin_model.time_column is missing (needed by time-to-event twin models)",
      "  hint: time_column — the cohort column with each real patient's follow-up time (days)",
      "spec.yaml:21:7: error SPEC_MISSING_KEY: endpoints[0].twin_model.event_column is missing (needed by time-to-event twin models)",
      "  hint: event_column — the cohort column that says whether the follow-up ended in the event",
      "spec.yaml:21:7: error SPEC_MISSING_KEY: endpoints[0].twin_model.event_values is missing (needed by time-to-event twin models)",
      "  hint: event_values — the values of event_column that are events (others are censored), e.g. [2]",
      "spec.yaml:21:7: error SPEC_INVALID_VALUE: endpoints[0].twin_model.outcome_column applies only to continuous and binary twin models, not time-to-event",
      "  hint: remove it: a time-to-event twin model reads time_column, event_column and event_values",
      'spec.yaml:22:44: error SPEC_UNKNOWN_COLUMN: column "agee" is not declared under cohort.columns',
      '  hint: did you mean "age"? declared columns: age, bili, albumin, sex, trt; add it with its type, e.g. agee: {type: number}',
      'spec.yaml:22:60: error SPEC_COLUMN_TYPE: column "sex" is declared as category but is used as a covariate of the twin model',
      "  hint: only number or integer columns can enter a model",
      "spec.yaml:22:66: error SPEC_INVALID_VALUE: endpoints[0].twin_model.covariates[3] repeats covariates[0] (age, transform none)",
      "  hint: list each covariate once: a repeated covariate is collinear with itself",
    ]);
  });

  it("refuses a declared category column as follow-up time or continuous outcome (undeclared columns are read raw)", () => {
    expect(issuesOf(`  - id: death
    type: time-to-event
    twin_model: {time_column: sex, event_column: status, event_values: [2]}
  - id: change
    type: continuous
    baseline_column: albumin
    twin_model: {outcome_column: sex}
`)).toEqual([
      'spec.yaml:19:31: error SPEC_COLUMN_TYPE: column "sex" is declared as category but is used as a follow-up time',
      "  hint: only number or integer columns can enter a model",
      'spec.yaml:23:34: error SPEC_COLUMN_TYPE: column "sex" is declared as category but is used as a continuous outcome',
      "  hint: only number or integer columns can enter a model",
    ]);
  });
});

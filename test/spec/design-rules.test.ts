import { describe, expect, it } from "vitest";
import { specIssues } from "../helpers/spec-issues.js";

/** A two-arm spec with a time-to-event endpoint fitted by a twin model and a continuous one with drift (line 28); `designs:` is appended. */
const HEAD = `trial: {id: t1, title: design rules, seed: 1, replicates: 10, duration_days: 365}
cohort:
  file: pbc.csv
  id_column: id
  columns:
    age: {type: number}
    bili: {type: number}
    sex: {type: category}
population: {method: bootstrap, n_per_arm: 10}
arms:
  - {id: placebo, control: true}
  - id: drug
    regimen: {route: oral, dose_mg: 100, interval_h: 24}
endpoints:
  - id: death
    type: time-to-event
    twin_model:
      rows: {column: trt, values: [2]}
      time_column: time
      event_column: status
      event_values: [2]
      covariates: [{column: age}, {column: bili, transform: log}]
    drug_effect: {model: constant, value: -0.3}
  - id: change
    type: continuous
    baseline_column: age
    residual_sd: 1
    drift: {shift: 0.2}
`;

const issuesOf = specIssues;

const withoutDrift = HEAD.replace("    drift: {shift: 0.2}\n", "");

describe("design rules", () => {
  it("accept the four kinds of design", () => {
    expect(issuesOf(`${withoutDrift}designs:
  candidates:
    - {id: concurrent, kind: randomised, n_total: 200}
    - {id: procova, kind: randomised, n_total: 150, allocation: {placebo: 1, drug: 2}, prognostic_score: true}
    - {id: twins, kind: single-arm-synthetic, n_treated: 100}
    - {id: external, kind: external-control, n_treated: 100, matching: {method: mahalanobis, covariates: [age]}, historical_outcomes: twin-model}
`)).toEqual([]);
  });

  it("refuse drift outside a design comparison, with the place and a fix", () => {
    expect(issuesOf(HEAD)).toEqual([
      "spec.yaml:28:5: error SPEC_INVALID_VALUE: endpoints[1].drift applies only to a design comparison (spec.designs): it shifts the trial's patients away from the historical data",
      "  hint: remove it, or add a designs: section",
    ]);
  });

  it("refuse drift on an endpoint the designs do not compare", () => {
    expect(issuesOf(`${HEAD}designs:\n  candidates: [{id: a, kind: single-arm-synthetic, n_treated: 20}]\n`)).toEqual([
      'spec.yaml:28:5: error SPEC_INVALID_VALUE: endpoints[1].drift applies only to the endpoint the designs compare ("death")',
      "  hint: move drift to that endpoint, or set designs.endpoint: change",
    ]);
  });

  it("name an unknown endpoint with a did-you-mean", () => {
    expect(issuesOf(`${withoutDrift}designs:\n  endpoint: deaht\n  candidates: [{id: a, kind: single-arm-synthetic, n_treated: 20}]\n`)).toEqual([
      'spec.yaml:29:13: error SPEC_UNKNOWN_ENDPOINT: designs.endpoint "deaht" is not an endpoint id',
      '  hint: did you mean "death"? endpoints: death, change',
    ]);
  });

  it("refuse the reserved id rct, sizes of the wrong kind and a block that does not divide n_total", () => {
    expect(issuesOf(`${withoutDrift}designs:
  candidates:
    - {id: rct, kind: randomised, n_total: 100, n_treated: 50}
    - {id: b, kind: randomised, n_total: 100, allocation: {placebo: 1, drug: 2}}
    - {id: c, kind: single-arm-synthetic, n_total: 100}
`)).toEqual([
      'spec.yaml:30:12: error SPEC_DUPLICATE_ID: designs.candidates[0].id "rct" names the arms\' own trial in summary.csv',
      "  hint: call the concurrent randomised design e.g. concurrent",
      "spec.yaml:30:49: error SPEC_INVALID_VALUE: designs.candidates[0].n_treated applies only to single-arm-synthetic and external-control designs",
      "  hint: a randomised design gives n_total (both arms)",
      "spec.yaml:31:42: error SPEC_POPULATION_SIZE: designs.candidates[1].n_total 100 is not a multiple of the allocation block 3",
      "  hint: use 99 or 102",
      "spec.yaml:32:7: error SPEC_MISSING_KEY: designs.candidates[2] (single-arm-synthetic) needs n_treated",
      "  hint: write n_treated: 100 (every trial patient is on drug)",
      "spec.yaml:32:43: error SPEC_INVALID_VALUE: designs.candidates[2].n_total applies only to randomised designs",
      "  hint: a single-arm or external-control design gives n_treated",
    ]);
  });

  it("refuse external controls without a twin model, and more or fewer than two arms", () => {
    const noTwin = withoutDrift.replace(/ {4}twin_model:[\s\S]*?covariates: \[\{column: age\}, \{column: bili, transform: log\}\]\n/, "    baseline_hazard: {model: exponential, median_days: 1000}\n");
    const lines = issuesOf(`${noTwin.replace("  - {id: placebo, control: true}\n", "  - {id: placebo, control: true}\n  - {id: other, regimen: {route: oral, dose_mg: 5, interval_h: 24}}\n")}designs:\n  endpoint: death\n  candidates: [{id: e, kind: external-control, n_treated: 20}]\n`);
    expect(lines.filter((line) => line.includes("error"))).toEqual([
      "spec.yaml:25:3: error SPEC_DESIGN_ARMS: designs compare designs of a drug against a control, but arms has 3 arm(s) with 1 control",
      'spec.yaml:26:30: error SPEC_DESIGN_EXTERNAL: designs.candidates[0].kind needs the real control patients of "death": give that endpoint a twin_model (its fitting rows are the historical controls)',
    ]);
  });

  it("refuse an event-driven cutoff", () => {
    expect(issuesOf(`${withoutDrift}analysis: {cutoff: {events: 30}}\ndesigns:\n  candidates: [{id: a, kind: single-arm-synthetic, n_treated: 20}]\n`).filter((line) => line.includes("error"))).toEqual([
      "spec.yaml:28:29: error SPEC_DESIGN_CUTOFF: analysis.cutoff.events is event-driven, but designs of different sizes need one fixed follow-up to be compared",
    ]);
  });
});

import { readFileSync } from "node:fs";
import { applyEligibility, deriveColumns, parseCohort } from "../../src/cohort/index.js";
import type { EligibleCohort } from "../../src/population/index.js";
import { parseSpec, resolveSpec, type Spec } from "../../src/spec/index.js";

/**
 * A spec on cohorts/pbc.csv with the four twin models of test/reference/twin-models.R, each
 * fitted on the placebo arm (trt 2, or arm "placebo": the same 154 patients): lm of albumin,
 * logistic regression of death (status 2), Weibull and exponential regressions of time to death.
 * status, time and arm are not declared: they are read as raw text, as a real trial's outcome.
 */
export const PBC_TWIN_SPEC = `trial: {id: twin, title: twin models on pbc, seed: 1, replicates: 10, duration_days: 4500}
cohort:
  file: ../cohorts/pbc.csv
  id_column: id
  columns:
    age: {type: number}
    bili: {type: number}
    albumin: {type: number}
    edema: {type: number}
    trt: {type: integer}
population: {method: bootstrap, n_per_arm: 20}
arms:
  - {id: placebo, control: true}
  - {id: drug, regimen: {route: oral, dose_mg: 250, interval_h: 24}}
endpoints:
  - id: albumin_change
    type: continuous
    baseline_column: albumin
    twin_model:
      rows: {column: trt, values: [2]}
      outcome_column: albumin
      covariates: [{column: age}, {column: bili, transform: log}]
    drug_effect: {model: constant, value: 0.1}
  - id: death
    type: binary
    twin_model:
      rows: {column: arm, values: [placebo]}
      outcome_column: status
      event_values: [2]
      covariates: [{column: age}, {column: bili, transform: log}, {column: edema}]
    drug_effect: {model: constant, value: -0.3}
  - id: death_time
    type: time-to-event
    twin_model:
      rows: {column: trt, values: [2]}
      time_column: time
      event_column: status
      event_values: [2]
      covariates: [{column: age}, {column: bili, transform: log}, {column: albumin}]
    drug_effect: {model: constant, value: -0.357}
  - id: death_time_exponential
    type: time-to-event
    twin_model:
      rows: {column: trt, values: [2]}
      time_column: time
      event_column: status
      event_values: ["2"]
      covariates: [{column: age}, {column: bili, transform: log}, {column: albumin}]
      distribution: exponential
    drug_effect: {model: constant, value: -0.357}
`;

/** The raw (undeclared) columns the twin models read. */
export const RAW_COLUMNS = ["status", "time", "arm"];

const PBC_TEXT = readFileSync(new URL("../../cohorts/pbc.csv", import.meta.url), "utf8");

/** A resolved spec and its eligible pbc cohort, as prepareTrial has them before fitting. */
export function pbcTwinInputs(text = PBC_TWIN_SPEC, csv = PBC_TEXT): { spec: Spec; eligible: EligibleCohort } {
  const spec = resolveSpec(parseSpec(text, "spec.yaml"));
  const cohort = parseCohort(csv, "pbc.csv", spec.cohort, RAW_COLUMNS);
  return { spec, eligible: applyEligibility(deriveColumns(cohort, spec.cohort.derived), spec.cohort.eligibility) };
}

/** cohorts/pbc.csv text with some cells replaced: `edits` maps "id,column" to the new cell text. */
export function editedPbcText(edits: Record<string, string>): string {
  const [header = "", ...lines] = PBC_TEXT.trimEnd().split("\n");
  const names = header.split(",");
  const edited = lines.map((line) => {
    const cells = line.split(",");
    for (const [key, value] of Object.entries(edits)) {
      const [id, column] = key.split(",");
      if (cells[0] === id) cells[names.indexOf(column ?? "")] = value;
    }
    return cells.join(",");
  });
  return `${[header, ...edited].join("\n")}\n`;
}

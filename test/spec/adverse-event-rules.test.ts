import { describe, expect, it } from "vitest";
import { specIssues } from "../helpers/spec-issues.js";

/** Two arms with a one-compartment model; `adverse_events:` starts on line 19. */
const HEAD = `trial: {id: t1, title: AE rules, seed: 1, replicates: 10, duration_days: 84}
cohort:
  file: pbc.csv
  id_column: id
  columns:
    age: {type: number}
population: {method: bootstrap, n_per_arm: 10}
arms:
  - {id: placebo, control: true}
  - id: drug
    regimen: {route: oral, dose_mg: 400, interval_h: 24, dose_levels_mg: [400, 300]}
pk:
  model: one-compartment
  bioavailability: 1
  parameters:
    ka_per_h: {typical: 1}
    clearance_l_per_h: {typical: 5}
    volume_l: {typical: 60}
adverse_events:
`;

const HAZARD = `  - term: neutropenia
    model: hazard
    exposure: cavg
    rate_per_year: 0.3
    slope: 1
    ordinal: {intercepts: [1, -0.5, -2.5, -6], slope: 0.5}
    duration_days: {median: 7}
`;

describe("adverse event rules", () => {
  it("accept a hazard model with dose modification rules", () => {
    expect(specIssues(`${HEAD}${HAZARD}dose_modifications:\n  rules: [{term: neutropenia, grade_at_least: 3, action: interrupt-then-reduce}]\n`)).toEqual([]);
  });

  it("name the fields a hazard model needs and refuses those it does not read", () => {
    const lines = specIssues(`${HEAD}  - {term: tox, model: hazard, exposure: ctrough, intercept: -3, slope: 1}\n`);
    expect(lines.filter((line) => line.includes("error"))).toEqual([
      "spec.yaml:20:5: error SPEC_MISSING_KEY: adverse_events[0] (model hazard) needs rate_per_year",
      "spec.yaml:20:5: error SPEC_MISSING_KEY: adverse_events[0] (model hazard) needs duration_days",
      "spec.yaml:20:5: error SPEC_MISSING_KEY: adverse_events[0] needs exactly one of grades and ordinal",
      'spec.yaml:20:42: error SPEC_INVALID_VALUE: adverse_events[0].exposure "ctrough" is not an exposure of a dosing interval',
      "spec.yaml:20:51: error SPEC_INVALID_VALUE: adverse_events[0].intercept does not apply to model hazard",
    ]);
  });

  it("refuse ordinal intercepts that grow, dose levels that do not start at dose_mg, and rules on unknown terms", () => {
    const lines = specIssues(`${HEAD.replace("dose_levels_mg: [400, 300]", "dose_levels_mg: [300, 200]")}${HAZARD.replace("[1, -0.5, -2.5, -6]", "[1, -0.5, 2.5, -6]")}dose_modifications:\n  rules: [{term: neutropenai, grade_at_least: 3, action: reduce}]\n`);
    expect(lines.filter((line) => line.includes("error"))).toEqual([
      "spec.yaml:11:74: error SPEC_INVALID_VALUE: arms[1].regimen.dose_levels_mg must start at the regimen's dose_mg (400), got 300",
      "spec.yaml:25:27: error SPEC_INVALID_VALUE: adverse_events[0].ordinal.intercepts must decrease (θ2 ≥ θ3 ≥ θ4 ≥ θ5), got 1, -0.5, 2.5, -6",
      'spec.yaml:28:18: error SPEC_UNKNOWN_TERM: dose_modifications.rules[0].term "neutropenai" is not an adverse event term with model hazard or per-cycle',
    ]);
  });

  it("refuse dose modifications without a time-driven model", () => {
    const lines = specIssues(`${HEAD}  - {term: nausea, exposure: cmax, intercept: -3, slope: 0.1, grades: {grade_1: 1, grade_2: 0, grade_3: 0}}\ndose_modifications:\n  rules: [{term: any, grade_at_least: 3, action: interrupt}]\n`);
    expect(lines.filter((line) => line.includes("error"))).toEqual([
      "spec.yaml:21:1: error SPEC_INVALID_VALUE: dose_modifications needs an adverse event with model hazard or per-cycle: a logistic model says only whether an event happens, not when",
    ]);
  });
});

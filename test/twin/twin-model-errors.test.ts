import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { InputError } from "../../src/errors.js";
import { fitTwinModels, type TwinModelFit } from "../../src/twin/index.js";
import { editedPbcText, PBC_TWIN_SPEC, pbcTwinInputs } from "./pbc-twin-fixture.js";

const HEAD = PBC_TWIN_SPEC.slice(0, PBC_TWIN_SPEC.indexOf("endpoints:\n") + "endpoints:\n".length);

/** The Weibull twin model of the fixture, with `twin` replacing its twin_model lines. */
const SURVIVAL = (twin = "      rows: {column: trt, values: [2]}\n      time_column: time\n      event_column: status\n      event_values: [2]\n      covariates: [{column: age}, {column: bili, transform: log}, {column: albumin}]\n") =>
  `  - id: death_time\n    type: time-to-event\n    twin_model:\n${twin}    drug_effect: {model: constant, value: -0.357}\n`;

function fitsOf(endpoints: string, csv?: string): TwinModelFit[] {
  const { spec, eligible } = pbcTwinInputs(`${HEAD}${endpoints}`, csv);
  return fitTwinModels(spec, eligible).fits;
}

function issuesOf(endpoints: string, csv?: string, head = HEAD): string[] {
  const { spec, eligible } = pbcTwinInputs(`${head}${endpoints}`, csv);
  try {
    fitTwinModels(spec, eligible);
  } catch (error) {
    if (error instanceof InputError) return formatIssues(error.issues).trimEnd().split("\n");
    throw error;
  }
  throw new Error("the twin models were fitted without issues");
}

describe("fitTwinModels: missing values are dropped and counted", () => {
  it("drops a placebo patient missing its outcome, event or covariate, and says how many", () => {
    // pbc.csv ids 5 and 6 are the first placebo patients.
    const csv = editedPbcText({ "5,status": "NA", "6,albumin": "" });
    const [fit] = fitsOf(SURVIVAL(), csv);
    expect([fit?.selectedCount, fit?.fittedCount, fit?.droppedCount]).toEqual([154, 152, 2]);
    // Table positions are 0-based file order: ids 5 and 6 sit at 4 and 5, so the first fitted are ids 7 and 8.
    expect(Array.from(fit?.tableIndexes ?? []).slice(0, 2)).toEqual([6, 7]);
  });

  it("fits every eligible patient without rows, and a missing selection cell never selects", () => {
    const [all] = fitsOf(SURVIVAL("      time_column: time\n      event_column: status\n      event_values: [1, 2]\n"));
    expect([all?.selection, all?.selectedCount, all?.fittedCount, all?.eventCount]).toEqual(["every eligible patient", 312, 312, 144]);
    const [fit] = fitsOf(SURVIVAL(), editedPbcText({ "5,trt": "" }));
    expect([fit?.selectedCount, fit?.droppedCount]).toEqual([153, 0]);
  });
});

describe("fitTwinModels: every issue verbatim", () => {
  it("COHORT_NOT_A_NUMBER and COHORT_NOT_POSITIVE for unusable cells, all at once", () => {
    const csv = editedPbcText({ "5,time": "12 days", "6,time": "0", "7,bili": "0" });
    expect(issuesOf(SURVIVAL(), csv)).toEqual([
      'pbc.csv row 6, column "time": error COHORT_NOT_A_NUMBER: time is the follow-up time (days) of endpoints[0].twin_model and must be a number, got "12 days"',
      "  hint: write a plain number with a dot as the decimal separator, or leave the cell empty for a missing value",
      'pbc.csv row 7, column "time": error COHORT_NOT_POSITIVE: time is the follow-up time (days) of endpoints[0].twin_model and must be > 0, but is 0 here',
      "  hint: correct the value, or exclude the patient with {column: time, min: <a positive value>} in cohort.eligibility (declare the column first)",
      'pbc.csv row 8, column "bili": error COHORT_NOT_POSITIVE: bili is a covariate of endpoints[0].twin_model and must be > 0, but is 0 here',
      "  hint: correct the value, or exclude the patient with {column: bili, min: <a positive value>} in cohort.eligibility (declare the column first)",
    ]);
  });

  it("COHORT_TWIN_MODEL_FIT: too few rows for the coefficients", () => {
    expect(issuesOf(SURVIVAL("      rows: {column: trt, values: [3]}\n      time_column: time\n      event_column: status\n      event_values: [2]\n      covariates: [{column: age}]\n"))).toEqual([
      "pbc.csv: error COHORT_TWIN_MODEL_FIT: endpoints[0].twin_model has 0 complete fitting rows (trt in {3}, 0 dropped for a missing value) for 2 coefficients",
      "  hint: fit more rows than coefficients: widen twin_model.rows or the eligibility, use fewer covariates, or fill the missing values",
    ]);
  });

  it("COHORT_TWIN_MODEL_FIT: no events, or only events", () => {
    expect(issuesOf(SURVIVAL("      rows: {column: trt, values: [2]}\n      time_column: time\n      event_column: status\n      event_values: [dead]\n"))).toEqual([
      "pbc.csv: error COHORT_TWIN_MODEL_FIT: endpoints[0].twin_model: none of its 154 fitting rows (trt in {2}) is an event",
      "  hint: check event_values against the values of the outcome or event column, and the rows selection",
    ]);
    const binary = "  - id: any\n    type: binary\n    twin_model: {outcome_column: status, event_values: [0, 1, 2]}\n";
    expect(issuesOf(binary)[0]).toBe("pbc.csv: error COHORT_TWIN_MODEL_FIT: endpoints[0].twin_model: every one of its 312 fitting rows (every eligible patient) is an event");
  });

  it("COHORT_TWIN_MODEL_FIT: collinear covariates, separation", () => {
    const head = HEAD.replace("population:", "  derived:\n    age_months: {expression: \"age * 12\"}\npopulation:");
    expect(issuesOf(SURVIVAL("      time_column: time\n      event_column: status\n      event_values: [2]\n      covariates: [{column: age}, {column: age_months}]\n"), undefined, head)).toEqual([
      'pbc.csv: error COHORT_TWIN_MODEL_FIT: endpoints[0].twin_model cannot be fitted: covariate "age_months" is collinear with the ones before it',
      "  hint: remove the covariate, or the one it repeats (a covariate that is constant in the fitting rows is collinear with the intercept)",
    ]);
    const separated = "  - id: on_placebo\n    type: binary\n    twin_model: {outcome_column: trt, event_values: [2], covariates: [{column: trt}]}\n";
    expect(issuesOf(separated)).toEqual([
      "pbc.csv: error COHORT_TWIN_MODEL_FIT: endpoints[0].twin_model cannot be fitted: the covariates separate events from non-events (no finite maximum likelihood)",
      "  hint: remove the covariate that predicts the outcome perfectly, or select more rows",
    ]);
  });

  it("throws a RangeError for a count endpoint, which the spec rules refuse first", () => {
    const { spec, eligible } = pbcTwinInputs(`${HEAD}${SURVIVAL()}`);
    const count = { ...spec, endpoints: spec.endpoints.map((endpoint) => ({ ...endpoint, type: "count" as const })) };
    expect(() => fitTwinModels(count, eligible)).toThrow(new RangeError("fitTwinModels does not fit count endpoints (the spec rules refuse twin_model on them)"));
  });
});

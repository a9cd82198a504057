import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { applyEligibility, parseCohort, requireComplete } from "../../src/cohort/index.js";
import { InputError } from "../../src/errors.js";
import type { CohortSection, EligibilityCriterion } from "../../src/spec/index.js";

const PBC = readFileSync(new URL("../../cohorts/pbc_baseline.csv", import.meta.url), "utf8");
const REFERENCE = JSON.parse(readFileSync(new URL("../reference/population.json", import.meta.url), "utf8")) as { eligibility: { remaining: number[] } };

const SECTION: CohortSection = {
  file: "pbc_baseline.csv",
  id_column: "id",
  rows_per_patient: "one",
  derived: {},
  columns: { age: { type: "number" }, sex: { type: "category" }, bili: { type: "number" }, stage: { type: "integer" }, ascites: { type: "boolean" }, chol: { type: "number" }, edema: { type: "category" } },
  eligibility: [],
};
const cohort = parseCohort(PBC, "pbc_baseline.csv", SECTION);

function errorText(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    if (error instanceof InputError) return formatIssues(error.issues);
    throw error;
  }
  throw new Error("no InputError");
}

describe("applyEligibility", () => {
  it("reproduces R's counts for the pbc-phase2 criteria, step by step (test/reference/population.R)", () => {
    const criteria: EligibilityCriterion[] = [{ column: "age", min: 18, max: 75 }, { column: "bili", max: 10 }, { expression: "not ascites", label: "no ascites" }];
    const eligible = applyEligibility(cohort, criteria);
    expect(eligible.attrition.map((step) => step.remaining)).toEqual(REFERENCE.eligibility.remaining);
    expect(eligible.attrition.map((step) => step.criterion)).toEqual(["patients in the file", "age from 18 to 75", "bili ≤ 10", "no ascites"]);
    expect(eligible.attrition.map((step) => step.excluded)).toEqual([0, 3, 24, 12]);
  });

  it("matches the category counts of cohorts/README.md", () => {
    // README: stage 1 (16 patients); chol missing for 28; sex m 36; edema 0 (263).
    expect(applyEligibility(cohort, [{ column: "stage", in: [1] }]).eligibleRows).toHaveLength(16);
    expect(applyEligibility(cohort, [{ column: "chol", not_missing: true }]).eligibleRows).toHaveLength(312 - 28);
    expect(applyEligibility(cohort, [{ expression: 'sex == "m"' }]).eligibleRows).toHaveLength(36);
    expect(applyEligibility(cohort, [{ column: "edema", in: [0] }]).eligibleRows).toHaveLength(263);
  });

  it("treats a missing value as not meeting a criterion, in both forms", () => {
    // chol is missing for 28 patients: none of them can pass chol >= 0.
    expect(applyEligibility(cohort, [{ column: "chol", min: 0 }]).eligibleRows).toHaveLength(284);
    expect(applyEligibility(cohort, [{ expression: "chol >= 0" }]).eligibleRows).toHaveLength(284);
  });

  it("refuses criteria that leave fewer than two patients, showing the attrition", () => {
    expect(errorText(() => applyEligibility(cohort, [{ column: "age", min: 18 }, { column: "age", max: 20 }]))).toBe(
      "pbc_baseline.csv: error COHORT_NO_ELIGIBLE_PATIENTS: eligibility leaves 0 of 312 patients (at least 2 are needed)\n  hint: loosen cohort.eligibility (age ≥ 18: −0; age ≤ 20: −312)\n",
    );
  });

  it("refuses an expression that is not a condition, naming the row", () => {
    expect(errorText(() => applyEligibility(cohort, [{ expression: "age + 1" }]))).toBe(
      'pbc_baseline.csv row 2: error COHORT_EXPRESSION: cohort.eligibility[0].expression gives 59.7652292950034 on this row, not true or false\n  hint: an eligibility expression must be a condition, e.g. age >= 18\n',
    );
  });
});

describe("requireComplete", () => {
  it("names the first eligible row where a used column is missing", () => {
    const eligible = applyEligibility(cohort, []);
    expect(errorText(() => requireComplete(eligible, [{ column: "chol", use: "the baseline of chol_change" }]))).toBe(
      'pbc_baseline.csv row 15, column "chol": error COHORT_MISSING_VALUE: chol is used as the baseline of chol_change but is missing for 28 eligible patient(s), the first here\n' +
        "  hint: add {column: chol, not_missing: true} to cohort.eligibility, or fill the values\n",
    );
    expect(() => requireComplete(applyEligibility(cohort, [{ column: "chol", not_missing: true }]), [{ column: "chol", use: "a baseline" }])).not.toThrow();
  });
});

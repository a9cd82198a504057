import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { deriveColumns, parseCohort } from "../../src/cohort/index.js";
import { InputError } from "../../src/errors.js";
import type { CohortSection } from "../../src/spec/index.js";

const THEOPH = readFileSync(new URL("../../cohorts/theoph.csv", import.meta.url), "utf8");
const SECTION: CohortSection = {
  file: "theoph.csv",
  id_column: "subject",
  rows_per_patient: "many",
  columns: { wt: { type: "number" }, dose: { type: "number" } },
  derived: {},
  observations: { time_column: "time", concentration_column: "conc" },
  eligibility: [],
};

describe("a cohort with many rows per patient (cohorts/theoph.csv)", () => {
  const cohort = parseCohort(THEOPH, "theoph.csv", SECTION);

  it("has one entry per subject, with covariates from its first row (cohorts/README.md: 12 subjects × 11 samples)", () => {
    expect(cohort.rowCount).toBe(12);
    expect(cohort.ids).toEqual(["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]);
    expect(Array.from(cohort.rowNumbers.subarray(0, 3))).toEqual([2, 13, 24]);
    // Subject 1: wt 79.6 kg, dose 4.02 mg/kg (the file's first data row).
    expect(cohort.numeric.get("wt")?.[0]).toBe(79.6);
    expect(cohort.numeric.get("dose")?.[0]).toBe(4.02);
  });

  it("keeps every subject's observations in time order", () => {
    expect(cohort.observations?.map((observed) => observed.timesH.length)).toEqual(Array(12).fill(11));
    // Subject 1's first samples (file rows 2–5): 0 h 0.74, 0.25 h 2.84, 0.57 h 6.57, 1.12 h 10.5 mg/L.
    expect(Array.from(cohort.observations?.[0]?.timesH.subarray(0, 4) ?? [])).toEqual([0, 0.25, 0.57, 1.12]);
    expect(Array.from(cohort.observations?.[0]?.concentrationsMgPerL.subarray(0, 4) ?? [])).toEqual([0.74, 2.84, 6.57, 10.5]);
  });

  it("refuses repeated ids with rows_per_patient: one, naming the row", () => {
    try {
      parseCohort(THEOPH, "theoph.csv", { ...SECTION, rows_per_patient: "one", observations: undefined } as unknown as CohortSection);
      throw new Error("no error");
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      expect(formatIssues(error.issues).split("\n").slice(0, 2)).toEqual([
        'theoph.csv row 3, column "subject": error COHORT_DUPLICATE_ID: patient id "1" already appears on row 2',
        "  hint: ids must be unique: one row per real patient (or set cohort.rows_per_patient: many)",
      ]);
    }
  });
});

describe("derived columns", () => {
  it("computes a number for every patient, missing where an input is missing", () => {
    const section: CohortSection = { ...SECTION, rows_per_patient: "one", observations: undefined, id_column: "id", columns: { weight: { type: "number" }, height: { type: "number" } } } as unknown as CohortSection;
    const cohort = deriveColumns(parseCohort("id,weight,height\n1,81,180\n2,,170\n", "c.csv", section), { bmi: { expression: "weight / (height / 100) ^ 2", unit: "kg/m2" } });
    // 81 / 1.8² = 25 exactly in decimal; 1.8² rounds, so compare to 1e-14.
    expect(cohort.numeric.get("bmi")?.[0]).toBeCloseTo(25, 13);
    expect(Number.isNaN(cohort.numeric.get("bmi")?.[1] ?? 0)).toBe(true);
    expect(cohort.columns.at(-1)).toEqual({ name: "bmi", type: "number", unit: "kg/m2", label: undefined });
  });
});

import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { cellValue, cohortFiles, cohortSha256, loadCohort, parseSyntheaCohort } from "../../src/cohort/index.js";
import { InputError } from "../../src/errors.js";
import type { Cohort } from "../../src/population/index.js";
import { cohortSchema } from "../../src/spec/sections/cohort.js";

const FOLDER = new URL("../fixtures/synthea/", import.meta.url).pathname;
const PATIENTS = readFileSync(join(FOLDER, "patients.csv"), "utf8");
const OBSERVATIONS = readFileSync(join(FOLDER, "observations.csv"), "utf8");
const PATIENTS_HEADER = PATIENTS.slice(0, PATIENTS.indexOf("\n") + 1);
const OBSERVATIONS_HEADER = "DATE,PATIENT,ENCOUNTER,CATEGORY,CODE,DESCRIPTION,VALUE,UNITS,TYPE\n";

/** The cohort section of test/fixtures/synthea/synthea-trial.yaml. */
const SECTION = cohortSchema.parse({
  format: "synthea",
  file: "patients.csv",
  id_column: "id",
  columns: { sex: { type: "category" }, age: { type: "integer" }, deceased: { type: "boolean" }, weight: { type: "number" }, systolic: { type: "number" }, creatinine: { type: "number" } },
  import: {
    reference_date: "2020-01-01",
    covariates: { weight: { loinc: "29463-7", unit: "kg" }, systolic: { loinc: "8480-6", unit: "mm[Hg]", pick: "mean" }, creatinine: { loinc: "2160-0", unit: "mg/dL" } },
  },
});

function column(cohort: Cohort, name: string): unknown[] {
  return Array.from({ length: cohort.rowCount }, (_, row) => cellValue(cohort, name, row));
}

function parse(patients: string, observations: string): Cohort {
  return parseSyntheaCohort({ patients: { text: patients, file: "patients.csv" }, observations: { text: observations, file: "observations.csv" } }, SECTION);
}

function issuesOf(patients: string, observations: string): string[] {
  try {
    parse(patients, observations);
  } catch (error) {
    if (error instanceof InputError) return formatIssues(error.issues).trimEnd().split("\n");
    throw error;
  }
  return [];
}

/** A patients.csv row in Synthea's layout: Id, BIRTHDATE, DEATHDATE, then the other columns empty but GENDER. */
function patientRow(id: string, birth: string, death: string, gender: string): string {
  const cells = PATIENTS_HEADER.trim().split(",").map((name) => ({ Id: id, BIRTHDATE: birth, DEATHDATE: death, GENDER: gender })[name] ?? "");
  return `${cells.join(",")}\n`;
}

describe("parseSyntheaCohort on test/fixtures/synthea", () => {
  const cohort = parse(PATIENTS, OBSERVATIONS);

  it("makes one row per row of patients.csv, at that row", () => {
    expect(cohort.ids).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `0b7c1f1e-1a2b-4c3d-8e9f-00000000000${n}`));
    expect(Array.from(cohort.rowNumbers)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("reads GENDER as female / male, age on 2020-01-01 or at DEATHDATE, and deceased (by hand)", () => {
    expect(column(cohort, "sex")).toEqual(["female", "male", "female", "male", "female", "male", "female", "male"]);
    // Born 1961-04-12, 1949-10-03, 1975-01-01 (birthday on the day), 1983-08-19, 1957-12-25; the sixth born
    // 1940-02-02 died 2018-11-30 aged 78; the seventh was born 2021-05-05, after the reference date: no age.
    expect(column(cohort, "age")).toEqual([58, 70, 45, 36, 62, 78, null, 51]);
    expect(column(cohort, "deceased")).toEqual([false, false, false, false, false, true, false, false]);
  });

  it("picks the last weight and the mean systolic pressure on or before the reference date (by hand)", () => {
    // The second patient's 90.5 kg and 160 mm[Hg] of 2020-02-10 come after the reference date.
    expect(column(cohort, "weight")).toEqual([71.4, 88, 64.3, 82.6, 69.9, 75, null, 93.1]);
    // mean(130, 134) = 132, mean(141, 147, 150) = 146, 118, mean(122, 126) = 124, mean(137, 139) = 138, 155, none, mean(128, 124) = 126.
    expect(column(cohort, "systolic")).toEqual([132, 146, 118, 124, 138, 155, null, 126]);
    expect(column(cohort, "creatinine")).toEqual([0.8, 1.3, 0.7, null, 1, 1.9, null, 1.1]);
  });

  it("pins both files: the SHA-256 of their sha256sum lines", () => {
    const sha = (text: string): string => createHash("sha256").update(text).digest("hex");
    const pinned = cohortSha256([Buffer.from(PATIENTS), Buffer.from(OBSERVATIONS)]);
    expect(pinned).toBe(sha(`${sha(PATIENTS)}  patients.csv\n${sha(OBSERVATIONS)}  observations.csv\n`));
    // GNU coreutils 9.1, in test/fixtures/synthea: sha256sum patients.csv observations.csv | sha256sum
    expect(pinned).toBe("6be43a8fe33e01374084a9598abc041dfa6061d5616ecafc353916b73cd3afd2");
    expect(cohortSha256([Buffer.from(PATIENTS)])).toBe(sha(PATIENTS));
  });

  it("loads both files next to each other, or the observations_file the spec names", () => {
    expect(cohortFiles(SECTION)).toEqual(["patients.csv", "observations.csv"]);
    const loaded = loadCohort(FOLDER, SECTION);
    expect(loaded.sha256).toBe("6be43a8fe33e01374084a9598abc041dfa6061d5616ecafc353916b73cd3afd2");
    expect(loaded.cohort.file).toBe(join(FOLDER, "patients.csv"));
    const elsewhere = mkdtempSync(join(tmpdir(), "twin-trial-synthea-"));
    writeFileSync(join(elsewhere, "obs.csv"), OBSERVATIONS);
    const named = { ...SECTION, file: join(FOLDER, "patients.csv"), import: { ...(SECTION.import as NonNullable<typeof SECTION.import>), observations_file: "obs.csv" } };
    expect(column(loadCohort(elsewhere, named).cohort, "systolic")).toEqual([132, 146, 118, 124, 138, 155, null, 126]);
    expect(() => loadCohort(elsewhere, { ...named, import: { ...(named.import), observations_file: "missing.csv" } })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: "COHORT_NOT_FOUND", hint: "with format: synthea, observations are read from observations.csv beside cohort.file, or from cohort.import.observations_file (relative to the spec file)" })] }),
    );
  });
});

describe("parseSyntheaCohort errors", () => {
  const alice = patientRow("a1", "1960-01-01", "", "F");

  it("COHORT_MISSING_COLUMN when a file is not in Synthea's layout", () => {
    expect(issuesOf("Id,BIRTHDATE,SEX\na1,1960-01-01,F\n", OBSERVATIONS_HEADER)).toEqual([
      'patients.csv row 1, column "DEATHDATE": error COHORT_MISSING_COLUMN: column "DEATHDATE" is not in the header',
      "  hint: with format: synthea, cohort.file is the patients.csv of a Synthea CSV export (columns Id, BIRTHDATE, DEATHDATE, SSN, …, GENDER, …); the file has: Id, BIRTHDATE, SEX",
      'patients.csv row 1, column "GENDER": error COHORT_MISSING_COLUMN: column "GENDER" is not in the header',
      "  hint: with format: synthea, cohort.file is the patients.csv of a Synthea CSV export (columns Id, BIRTHDATE, DEATHDATE, SSN, …, GENDER, …); the file has: Id, BIRTHDATE, SEX",
    ]);
    expect(issuesOf(PATIENTS_HEADER + alice, "DATE,PATIENT,CODE,VALUE\n")).toEqual([
      'observations.csv row 1, column "UNITS": error COHORT_MISSING_COLUMN: column "UNITS" is not in the header',
      "  hint: cohort.import.observations_file (default: observations.csv beside cohort.file) is the observations.csv of the same Synthea export (columns DATE, PATIENT, ENCOUNTER, CATEGORY, CODE, DESCRIPTION, VALUE, UNITS, TYPE); the file has: DATE, PATIENT, CODE, VALUE",
    ]);
    expect(issuesOf(PATIENTS_HEADER, OBSERVATIONS_HEADER)).toEqual(["patients.csv row 2: error COHORT_EMPTY: the cohort has a header but no patients", "  hint: add one row per real patient"]);
  });

  it("collects the problems of every row: unknown patient, unit, value, date", () => {
    const observations = [
      "2019-06-01T10:00:00Z,b2,e1,vital-signs,29463-7,Body Weight,70.1,kg,numeric",
      "2019-06-01T10:00:00Z,a1,e1,vital-signs,29463-7,Body Weight,154.5,[lb_av],numeric",
      "2019-06-01T10:00:00Z,a1,e1,vital-signs,8480-6,Systolic Blood Pressure,high,mm[Hg],text",
      "06/01/2019,a1,e1,laboratory,2160-0,Creatinine,0.9,mg/dL,numeric",
      "2019-06-01T10:00:00Z,a1,e1,survey,72166-2,Tobacco smoking status,Never smoked tobacco (finding),,text",
      "2019-06-01T10:00:00Z,a1,e1,laboratory,2160-0,Creatinine,,mg/dL,numeric",
    ].join("\n");
    expect(issuesOf(PATIENTS_HEADER + alice + patientRow("a2", "1950-02-30", "2019", "M"), `${OBSERVATIONS_HEADER}${observations}\n`)).toEqual([
      'observations.csv row 2, column "PATIENT": error COHORT_UNKNOWN_PATIENT: PATIENT "b2" names no Id of the patients file',
      "  hint: patients.csv and observations.csv must come from the same Synthea run",
      'observations.csv row 3, column "UNITS": error COHORT_UNIT_MISMATCH: UNITS (LOINC 29463-7) is "[lb_av]", but cohort.import.covariates.weight.unit is "kg"',
      '  hint: twin-trial does not convert units: convert the values in the file, or declare the file\'s unit and convert with a derived covariate, e.g. derived: {weight_converted: {expression: "weight * <factor>"}}',
      'observations.csv row 4, column "VALUE": error COHORT_NOT_A_NUMBER: VALUE (LOINC 8480-6): expected a number, got "high"',
      "  hint: map a LOINC code whose observations are numbers (a valueQuantity in FHIR, TYPE numeric in Synthea), or fix the value",
      'observations.csv row 5, column "DATE": error COHORT_DATE_INVALID: DATE (LOINC 2160-0) is "06/01/2019", not a date or date-time',
      "  hint: write dates as 2019-06-01 or 2019-06-01T10:00:00Z: a covariate's observations are ordered by date, and only those dated on or before cohort.import.reference_date are read",
      'patients.csv row 3, column "BIRTHDATE": error COHORT_DATE_INVALID: BIRTHDATE is "1950-02-30", not a date YYYY-MM-DD',
      "  hint: age needs the full birth date (year, month and day)",
      'patients.csv row 3, column "DEATHDATE": error COHORT_DATE_INVALID: DEATHDATE is "2019", not a date YYYY-MM-DD',
      "  hint: write the date of death as YYYY-MM-DD, or leave it out for a living patient",
    ]);
  });
});

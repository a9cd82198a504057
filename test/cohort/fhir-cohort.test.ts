import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { cellValue, parseFhirCohort } from "../../src/cohort/index.js";
import { InputError } from "../../src/errors.js";
import type { Cohort } from "../../src/population/index.js";
import { cohortSchema } from "../../src/spec/sections/cohort.js";

const FIXTURE = "test/fixtures/fhir/tiny-bundle.json";
const BUNDLE = readFileSync(new URL("../fixtures/fhir/tiny-bundle.json", import.meta.url), "utf8");

/** The cohort section of test/fixtures/fhir/fhir-trial.yaml, plus systolic pressure (a component of a blood pressure panel). */
function section(changes: { reference_date?: string; picks?: Record<string, string> } = {}) {
  const pick = (name: string, otherwise: string): string => changes.picks?.[name] ?? otherwise;
  return cohortSchema.parse({
    format: "fhir",
    file: "tiny-bundle.json",
    id_column: "id",
    columns: { sex: { type: "category" }, age: { type: "integer" }, deceased: { type: "boolean" }, weight: { type: "number" }, albumin: { type: "number" }, bilirubin: { type: "number" }, creatinine: { type: "number" }, systolic: { type: "number" } },
    import: {
      reference_date: changes.reference_date ?? "2020-01-01",
      covariates: {
        weight: { loinc: "29463-7", unit: "kg", pick: pick("weight", "last") },
        albumin: { loinc: "1751-7", unit: "g/dL", pick: pick("albumin", "mean") },
        bilirubin: { loinc: "1975-2", unit: "mg/dL", pick: pick("bilirubin", "first") },
        creatinine: { loinc: "2160-0", unit: "mg/dL", pick: pick("creatinine", "last") },
        systolic: { loinc: "8480-6", unit: "mm[Hg]", pick: pick("systolic", "last") },
      },
    },
  });
}

function column(cohort: Cohort, name: string): unknown[] {
  return Array.from({ length: cohort.rowCount }, (_, row) => cellValue(cohort, name, row));
}

/** The lines the CLI prints for the issues of parsing `text`. */
function issuesOf(text: string, file = "bundle.json"): string[] {
  try {
    parseFhirCohort(text, file, section());
  } catch (error) {
    if (error instanceof InputError) return formatIssues(error.issues).trimEnd().split("\n");
    throw error;
  }
  return [];
}

/** A Bundle with one entry per line: entry i starts at line 5 + i, column 5. */
function bundleOf(entries: readonly object[]): string {
  return `{\n  "resourceType": "Bundle",\n  "type": "collection",\n  "entry": [\n${entries.map((entry) => `    ${JSON.stringify(entry)}`).join(",\n")}\n  ]\n}\n`;
}

const patient = (id: string, extra: object = {}): object => ({ resource: { resourceType: "Patient", id, gender: "female", birthDate: "1960-01-01", ...extra } });
const albumin = (subject: string, valueQuantity: object | undefined, extra: object = {}): object => ({
  resource: { resourceType: "Observation", status: "final", code: { coding: [{ system: "http://loinc.org", code: "1751-7" }] }, subject: { reference: subject }, effectiveDateTime: "2019-06-01", ...(valueQuantity === undefined ? {} : { valueQuantity }), ...extra },
});

describe("parseFhirCohort on test/fixtures/fhir/tiny-bundle.json", () => {
  const cohort = parseFhirCohort(BUNDLE, FIXTURE, section());

  it("makes one row per Patient entry, at the line where the entry starts", () => {
    expect(cohort.ids).toEqual(["p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09", "p10"]);
    expect(Array.from(cohort.rowNumbers)).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(cohort.file).toBe(FIXTURE);
  });

  it("reads sex from gender, age in completed years on 2020-01-01 (at death if earlier) and deceased (by hand)", () => {
    expect(column(cohort, "sex")).toEqual(["female", "male", "female", "male", "female", "male", "female", "male", "female", "male"]);
    // Born 1955-03-14, 1948-01-01 (birthday on the day), 1962-07-30, 1970-12-31, 1959-02-28, 1944-06-15,
    // 1966-01-02 (the day after), 1952-11-11, 1980-02-29; p10 born 1958-05-05 died 2019-08-20, aged 61.
    expect(column(cohort, "age")).toEqual([64, 72, 57, 49, 60, 75, 53, 67, 39, 61]);
    // p08 died 2021-03-01, after the reference date.
    expect(column(cohort, "deceased")).toEqual([false, false, false, false, false, false, false, false, false, true]);
  });

  it("picks the last, the mean and the first observation on or before the reference date (by hand)", () => {
    // p02 weighed 85.0 kg on 2020-03-01, after the reference date: 82 is its last value. p09's weight of
    // 2019-12-31T23:30:00-05:00 (2020-01-01 in UTC) is dated 2019-12-31 as written, so it counts.
    expect(column(cohort, "weight")).toEqual([67.5, 82, 59.4, 91.3, 63, 77.7, 55.1, 88.8, 60.2, 70]);
    // p01 mean(3.9, 4.1) = 4, p02 mean(3.5, 3.6, 3.4) = 3.5, p05 mean(3.7, 3.9) = 3.8 (R 4.4 gives the same
    // doubles); p06's albumin 9.9 is entered-in-error and left out.
    expect(column(cohort, "albumin")).toEqual([4, 3.5, 4.2, 3.8, 3.8, 3.2, 4.4, 3.9, 4, 3.1]);
    // p01's first bilirubin (0.8 on 2019-03-01) comes after its later one in the file; p05's two values
    // were taken at the same instant (08:00Z and 10:00+02:00): the first in the file counts.
    expect(column(cohort, "bilirubin")).toEqual([0.8, 1.9, 0.5, 0.9, 1, 2.4, 0.6, 1.2, 0.7, 3]);
    // p04's creatinine has a dataAbsentReason and no value: missing.
    expect(column(cohort, "creatinine")).toEqual([0.9, 1.2, 0.7, null, 0.8, 1.5, 0.8, 1.1, 0.6, 1.8]);
  });

  it("reads components (systolic pressure of a blood pressure panel) and refers by urn:uuid fullUrl (p07, p08)", () => {
    expect(column(cohort, "systolic")).toEqual([null, null, 128, null, null, null, null, null, null, null]);
  });

  it("picks by date with ties in file order, and moves with the reference date", () => {
    const other = parseFhirCohort(BUNDLE, FIXTURE, section({ picks: { weight: "first", bilirubin: "last", albumin: "last" } }));
    expect(column(other, "weight").slice(0, 2)).toEqual([68.2, 82]);
    expect(column(other, "bilirubin").slice(0, 5)).toEqual([1.1, 1.9, 0.5, 0.9, 1.4]);
    expect(column(other, "albumin").slice(0, 2)).toEqual([4.1, 3.4]);
    const later = parseFhirCohort(BUNDLE, FIXTURE, section({ reference_date: "2021-06-01" }));
    expect(column(later, "weight")[1]).toBe(85);
    expect(column(later, "age")).toEqual([66, 73, 58, 50, 62, 76, 55, 68, 41, 61]);
    expect(column(later, "deceased")).toEqual([false, false, false, false, false, false, false, true, false, true]);
    const earlier = parseFhirCohort(BUNDLE, FIXTURE, section({ reference_date: "1950-01-01" }));
    expect(column(earlier, "age")).toEqual([null, 2, null, null, null, 5, null, null, null, null]);
    expect(column(earlier, "weight").every((value) => value === null)).toBe(true);
  });
});

describe("parseFhirCohort errors", () => {
  it("COHORT_JSON_SYNTAX at the line and column of the first error", () => {
    expect(issuesOf('{\n  "resourceType": "Bundle",\n  "entry": [\n    {"resource": {"resourceType": "Patient", "id": "p1"}},\n  ]\n}\n')).toEqual([
      'bundle.json:5:3: error COHORT_JSON_SYNTAX: the file is not valid JSON: expected a value, got "]"',
      "  hint: fix the JSON at this place (a FHIR Bundle in JSON, as a FHIR server or Synthea exports it)",
    ]);
    expect(issuesOf("")[0]).toBe("bundle.json:1:1: error COHORT_JSON_SYNTAX: the file is not valid JSON: the file ends early: expected a value");
  });

  it("COHORT_FHIR_INVALID for JSON that is not a Bundle, and COHORT_EMPTY for a Bundle without patients", () => {
    const hint = "  hint: cohort.file must be one FHIR R4 Bundle in JSON (type collection, transaction, batch or searchset) whose entries hold Patient and Observation resources; Synthea writes one Bundle per patient: join their entries into one Bundle, or read its CSV export with format: synthea";
    expect(issuesOf('{"resourceType": "Patient", "id": "p1"}')).toEqual(["bundle.json:1:1: error COHORT_FHIR_INVALID: expected a FHIR Bundle, got a Patient resource", hint]);
    expect(issuesOf("[1, 2]")).toEqual(["bundle.json:1:1: error COHORT_FHIR_INVALID: expected a FHIR Bundle, got JSON that is not an object", hint]);
    expect(issuesOf('{"resourceType": "Bundle", "entry": {}}')).toEqual(["bundle.json:1:1: error COHORT_FHIR_INVALID: the Bundle's entry is not a list", hint]);
    expect(issuesOf(bundleOf([albumin("Patient/p1", { value: 4, unit: "g/dL" })]))).toEqual([
      "bundle.json:1:1: error COHORT_EMPTY: the Bundle has no Patient entries (1 entries)",
      "  hint: the cohort's patients are the Bundle's Patient resources: include them (a search with _include or _revinclude, or a collection Bundle)",
    ]);
  });

  it("collects every problem of the observations, each at its entry: unit, reference, value and date", () => {
    const text = bundleOf([
      patient("p1"),
      albumin("Patient/p1", { value: 40, unit: "g/L", system: "http://unitsofmeasure.org", code: "g/L" }),
      albumin("Patient/p99", { value: 4, unit: "g/dL" }),
      albumin("Patient/p1", undefined, { valueString: "high" }),
      albumin("Patient/p1", { unit: "g/dL" }),
      albumin("Patient/p1", { value: 4, unit: "g/dL" }, { effectiveDateTime: "2019-13-01" }),
      albumin("https://fhir.example.org/Patient/p1/_history/3", { value: 4, code: "g/dL" }, { effectiveDateTime: undefined, effectiveInstant: "2019-06-01T10:00:00Z" }),
      albumin("Patient/p1", { value: 4 }),
    ]);
    const unitHint = '  hint: twin-trial does not convert units: convert the values in the file, or declare the file\'s unit and convert with a derived covariate, e.g. derived: {albumin_converted: {expression: "albumin * <factor>"}}';
    const valueHint = "  hint: map a LOINC code whose observations are numbers (a valueQuantity in FHIR, TYPE numeric in Synthea), or fix the value";
    expect(issuesOf(text)).toEqual([
      'bundle.json:6:5: error COHORT_UNIT_MISMATCH: entry[1] valueQuantity.unit (LOINC 1751-7) is "g/L", but cohort.import.covariates.albumin.unit is "g/dL"',
      unitHint,
      'bundle.json:7:5: error COHORT_UNKNOWN_PATIENT: entry[2] subject.reference "Patient/p99" names no Patient entry of the bundle',
      '  hint: refer to a patient as "Patient/<id>" or by its entry\'s fullUrl (urn:uuid:…), and put every patient the observations refer to in the bundle',
      'bundle.json:8:5: error COHORT_NOT_A_NUMBER: entry[3] valueQuantity.value (LOINC 1751-7): expected a number, got valueString "high"',
      valueHint,
      "bundle.json:9:5: error COHORT_NOT_A_NUMBER: entry[4] valueQuantity.value (LOINC 1751-7): expected a number, got a valueQuantity without a value",
      valueHint,
      'bundle.json:10:5: error COHORT_DATE_INVALID: entry[5] effectiveDateTime (LOINC 1751-7) is "2019-13-01", not a date or date-time',
      "  hint: write dates as 2019-06-01 or 2019-06-01T10:00:00Z: a covariate's observations are ordered by date, and only those dated on or before cohort.import.reference_date are read",
      'bundle.json:12:5: error COHORT_UNIT_MISMATCH: entry[7] valueQuantity.unit (LOINC 1751-7) is missing, but cohort.import.covariates.albumin.unit is "g/dL"',
      unitHint,
    ]);
  });

  it("a missing date is COHORT_DATE_INVALID, a partial birth date too; an observation of an unmapped code is not read", () => {
    const noDate = albumin("Patient/p1", { value: 4, unit: "g/dL" }, { effectiveDateTime: undefined });
    const heartRate = { resource: { resourceType: "Observation", status: "final", code: { coding: [{ system: "http://loinc.org", code: "8867-4" }] }, subject: { reference: "Patient/nobody" }, valueString: "fast" } };
    expect(issuesOf(bundleOf([patient("p1", { birthDate: "1960" }), noDate, heartRate]))).toEqual([
      "bundle.json:6:5: error COHORT_DATE_INVALID: entry[1] effectiveDateTime (LOINC 1751-7) is missing, not a date or date-time",
      "  hint: write dates as 2019-06-01 or 2019-06-01T10:00:00Z: a covariate's observations are ordered by date, and only those dated on or before cohort.import.reference_date are read",
      'bundle.json:5:5: error COHORT_DATE_INVALID: entry[0] birthDate is "1960", not a date YYYY-MM-DD',
      "  hint: age needs the full birth date (year, month and day)",
    ]);
  });

  it("reads birth and death dates only for the columns the spec declares", () => {
    const withoutAge = cohortSchema.parse({ ...section(), columns: { sex: { type: "category" }, albumin: { type: "number" } } });
    const cohort = parseFhirCohort(bundleOf([patient("p1", { birthDate: "1960", deceasedDateTime: "soon" }), patient("p2")]), "bundle.json", withoutAge);
    expect(column(cohort, "sex")).toEqual(["female", "female"]);
  });

  it("a repeated or missing Patient.id is COHORT_DUPLICATE_ID or COHORT_MISSING_ID at the entry's line", () => {
    expect(issuesOf(bundleOf([patient("p1"), patient("p1"), { resource: { resourceType: "Patient" } }]))).toEqual([
      'bundle.json row 6, column "id": error COHORT_DUPLICATE_ID: patient id "p1" already appears on row 5',
      "  hint: ids must be unique: one row per real patient (or set cohort.rows_per_patient: many)",
      'bundle.json row 7, column "id": error COHORT_MISSING_ID: the patient id is empty',
      "  hint: every row needs an id",
    ]);
  });

  it("reads a Bundle with a byte-order mark, CRLF line ends and resources without an entry", () => {
    const text = `\uFEFF${bundleOf([patient("p1"), { request: { method: "DELETE", url: "Patient/p0" } }, patient("p2", { gender: "male" }), albumin("Patient/p2", { value: 4.5, unit: "g/dL" })]).replaceAll("\n", "\r\n")}`;
    const cohort = parseFhirCohort(text, "bundle.json", section());
    expect(cohort.ids).toEqual(["p1", "p2"]);
    expect(Array.from(cohort.rowNumbers)).toEqual([5, 7]);
    expect(column(cohort, "albumin")).toEqual([null, 4.5]);
  });
});

import { describe, expect, it } from "vitest";
import { specIssues } from "../helpers/spec-issues.js";
import { specWith } from "./minimal-spec.js";

const CSV_COHORT = "cohort:\n  file: cohort.csv\n  id_column: id\n  columns:\n    age: {type: number}\n    albumin: {type: number}\n";
const COLUMNS = "    age: {type: number}\n    albumin: {type: number}\n";
const IMPORT = '  import:\n    reference_date: "2020-01-01"\n    covariates:\n      albumin: {loinc: "1751-7", unit: g/dL}\n';

/** MINIMAL_SPEC with a FHIR cohort: these columns (lines 12 on), then this import block. */
function fhirSpec(columns: string, imported: string): string {
  return specWith(CSV_COHORT, `cohort:\n  format: fhir\n  file: bundle.json\n  id_column: id\n  columns:\n${columns}${imported}`);
}

/** Rules of cohort.format and cohort.import: every message verbatim. */
describe("spec rules of an imported cohort", () => {
  it("accepts a FHIR cohort whose columns are age and a mapped covariate, and a CSV cohort without import", () => {
    expect(specIssues(fhirSpec(COLUMNS, IMPORT))).toEqual([]);
    expect(specIssues(fhirSpec(COLUMNS, IMPORT).replace("format: fhir", "format: synthea"))).toEqual([]);
    expect(specIssues(specWith("  file: cohort.csv\n", "  format: csv\n  file: cohort.csv\n"))).toEqual([]);
  });

  it("SPEC_MISSING_KEY: format fhir without import; SPEC_INVALID_VALUE: import with csv", () => {
    expect(specIssues(fhirSpec(COLUMNS, ""))).toEqual([
      "spec.yaml:8:11: error SPEC_MISSING_KEY: cohort.format fhir needs cohort.import",
      '  hint: give the reference date and the LOINC code of each covariate, e.g. import: {reference_date: "2020-01-01", covariates: {albumin: {loinc: "1751-7", unit: g/dL}}}',
    ]);
    expect(specIssues(specWith("  id_column: id\n", `  id_column: id\n${IMPORT}`))).toEqual([
      "spec.yaml:10:3: error SPEC_INVALID_VALUE: cohort.import applies only to format fhir or synthea, not csv",
      "  hint: set cohort.format: fhir (a FHIR Bundle) or synthea (Synthea's patients.csv), or remove cohort.import",
    ]);
  });

  it("SPEC_IMPORT_MAPPING: a declared column the import does not make", () => {
    expect(specIssues(fhirSpec(`${COLUMNS}    weight: {type: number}\n`, IMPORT))).toEqual([
      'spec.yaml:14:5: error SPEC_IMPORT_MAPPING: column "weight" is not made by the fhir import',
      "  hint: an import makes sex, age, deceased and the columns of cohort.import.covariates: add weight: {loinc: <LOINC code>, unit: <unit>} there, or remove the column",
    ]);
  });

  it("SPEC_UNKNOWN_COLUMN: a mapped covariate not declared under cohort.columns", () => {
    expect(specIssues(fhirSpec(COLUMNS, `${IMPORT}      weight: {loinc: "29463-7", unit: kg}\n`))).toEqual([
      "spec.yaml:18:7: error SPEC_UNKNOWN_COLUMN: cohort.import.covariates.weight (LOINC 29463-7) is not declared under cohort.columns",
      "  hint: declare it with its type and unit, e.g. weight: {type: number, unit: kg}",
    ]);
  });

  it("SPEC_COLUMN_TYPE: a declared type the import cannot give", () => {
    expect(specIssues(fhirSpec("    age: {type: category}\n    albumin: {type: boolean}\n    sex: {type: number}\n    deceased: {type: category}\n", IMPORT))).toEqual([
      'spec.yaml:12:17: error SPEC_COLUMN_TYPE: column "age" is declared as category, but the import makes it as whole years',
      "  hint: declare age: {type: integer, unit: years}",
      'spec.yaml:13:21: error SPEC_COLUMN_TYPE: column "albumin" is declared as boolean, but cohort.import.covariates.albumin gives numbers',
      "  hint: declare albumin: {type: number}",
      'spec.yaml:14:17: error SPEC_COLUMN_TYPE: column "sex" is declared as number, but the import makes it as a category (female, male, other, unknown)',
      "  hint: declare sex: {type: category}",
      'spec.yaml:15:22: error SPEC_COLUMN_TYPE: column "deceased" is declared as category, but the import makes it as a boolean',
      "  hint: declare deceased: {type: boolean}",
      'spec.yaml:37:22: error SPEC_COLUMN_TYPE: column "albumin" is declared as boolean but is used as a baseline',
      "  hint: only number or integer columns can enter a model",
    ]);
  });

  it("SPEC_DUPLICATE_ID: a covariate or the id column named like a column the import makes", () => {
    expect(specIssues(fhirSpec(COLUMNS, `${IMPORT}      age: {loinc: "30525-0", unit: a}\n`))).toEqual([
      "spec.yaml:18:7: error SPEC_DUPLICATE_ID: cohort.import.covariates.age has the name of a column the import makes from the patient (id, sex, age, deceased)",
      "  hint: give the covariate its own name",
    ]);
    expect(specIssues(fhirSpec(COLUMNS, IMPORT).replace("id_column: id", "id_column: sex"))).toEqual([
      'spec.yaml:10:14: error SPEC_DUPLICATE_ID: cohort.id_column "sex" is the name of a column the import makes',
      "  hint: name the id column id: it holds Patient.id (FHIR) or Id (Synthea)",
    ]);
  });

  it("SPEC_INVALID_VALUE: CSV-only fields with an import", () => {
    expect(specIssues(fhirSpec(COLUMNS, `${IMPORT}    observations_file: obs.csv\n`))).toEqual([
      "spec.yaml:18:5: error SPEC_INVALID_VALUE: cohort.import.observations_file applies only to format synthea, not fhir",
      "  hint: a FHIR Bundle holds its Observations: remove observations_file",
    ]);
    expect(specIssues(fhirSpec(`${COLUMNS}  rows_per_patient: many\n`, IMPORT))).toEqual([
      "spec.yaml:14:21: error SPEC_INVALID_VALUE: cohort.rows_per_patient: many does not apply to format fhir: an import makes one row per patient",
      "  hint: remove rows_per_patient",
    ]);
  });

  it("the schema checks the format, the reference date, the LOINC code and the pick", () => {
    expect(specIssues(fhirSpec(COLUMNS, IMPORT).replace("format: fhir", "format: hl7"))).toEqual([
      'spec.yaml:8:11: error SPEC_INVALID_VALUE: cohort.format must be one of "csv", "fhir", "synthea", got "hl7"',
      "  hint: format — what cohort.file holds: csv (default, one row per patient), fhir (a FHIR R4 Bundle in JSON) or synthea (Synthea's patients.csv, with its observations.csv)",
    ]);
    expect(specIssues(fhirSpec(COLUMNS, '  import:\n    reference_date: "2020-02-30"\n    covariates:\n      albumin: {loinc: "17517", unit: g/dL, pick: median}\n'))).toEqual([
      'spec.yaml:15:21: error SPEC_INVALID_VALUE: cohort.import.reference_date must be a date written YYYY-MM-DD, e.g. 2020-01-01, got "2020-02-30"',
      "  hint: reference_date — date (YYYY-MM-DD) the cohort is taken at: age is computed on it and only observations dated on or before it are read",
      'spec.yaml:17:24: error SPEC_INVALID_VALUE: cohort.import.covariates.albumin.loinc must be a LOINC code such as 1751-7, got "17517"',
      "  hint: loinc — LOINC code of the observations (FHIR Observation.code.coding with system http://loinc.org, or a component's code; Synthea's CODE), e.g. 1751-7 for serum albumin",
      'spec.yaml:17:51: error SPEC_INVALID_VALUE: cohort.import.covariates.albumin.pick must be one of "first", "last", "mean", got "median"',
      "  hint: did you mean \"mean\"? pick — which of a patient's observations dated on or before reference_date gives the value: the earliest, the latest, or the mean of all",
    ]);
  });
});

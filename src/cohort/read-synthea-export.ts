import { InputError } from "../errors.js";
import type { ImportedObservation, ImportedPatient, ImportedRecords } from "./imported-records.js";
import { isMissingCell, parseNumberCell } from "./parse-cell.js";
import { readRows, type Row } from "./parse-cohort.js";

/** A file's text and the path messages name. */
export interface NamedText {
  readonly text: string;
  readonly file: string;
}

/** The two files of a Synthea CSV export that a cohort reads (Synthea's csv exporter, one row per patient / observation). */
export interface SyntheaFiles {
  readonly patients: NamedText;
  readonly observations: NamedText;
}

const PATIENT_COLUMNS = ["Id", "BIRTHDATE", "DEATHDATE", "GENDER"] as const;
const OBSERVATION_COLUMNS = ["DATE", "PATIENT", "CODE", "VALUE", "UNITS"] as const;
const PATIENTS_HINT = "with format: synthea, cohort.file is the patients.csv of a Synthea CSV export (columns Id, BIRTHDATE, DEATHDATE, SSN, …, GENDER, …)";
const OBSERVATIONS_HINT = "cohort.import.observations_file (default: observations.csv beside cohort.file) is the observations.csv of the same Synthea export (columns DATE, PATIENT, ENCOUNTER, CATEGORY, CODE, DESCRIPTION, VALUE, UNITS, TYPE)";
/** Synthea writes GENDER as M or F; the cohort uses FHIR's AdministrativeGender codes, as a FHIR import does. */
const SEX_CODES: Readonly<Record<string, string>> = { M: "male", F: "female" };

/** The body rows of a Synthea CSV and a cell reader by column name; a missing column is COHORT_MISSING_COLUMN. */
function readTable<Name extends string>(named: NamedText, columns: readonly Name[], hint: string): { body: Row[]; cell: (row: Row, name: Name) => string } {
  const rows = readRows(named.text, named.file);
  const header = rows.shift();
  if (header === undefined) throw new InputError([{ code: "COHORT_EMPTY", message: "the file is empty", hint, location: { kind: "csv", file: named.file, row: 1 } }]);
  const names = header.cells.map((name) => name.trim());
  const missing = columns.filter((name) => !names.includes(name));
  if (missing.length > 0) throw new InputError(missing.map((name) => ({ code: "COHORT_MISSING_COLUMN", message: `column "${name}" is not in the header`, hint: `${hint}; the file has: ${names.join(", ")}`, location: { kind: "csv" as const, file: named.file, row: 1, columnName: name } })));
  const indexes = new Map(columns.map((name) => [name, names.indexOf(name)]));
  return { body: rows, cell: (row, name) => (row.cells[indexes.get(name) ?? 0] ?? "").trim() };
}

function readPatients(named: NamedText): ImportedPatient[] {
  const { body, cell } = readTable(named, PATIENT_COLUMNS, PATIENTS_HINT);
  if (body.length === 0) throw new InputError([{ code: "COHORT_EMPTY", message: "the cohort has a header but no patients", hint: "add one row per real patient", location: { kind: "csv", file: named.file, row: 2 } }]);
  const fields = { id: "Id", birth: "BIRTHDATE", death: "DEATHDATE" };
  return body.map((row) => {
    const id = cell(row, "Id");
    const gender = cell(row, "GENDER");
    const death = cell(row, "DEATHDATE");
    return {
      id,
      references: [id],
      birthDate: cell(row, "BIRTHDATE"),
      deathDate: isMissingCell(death) ? undefined : death,
      sex: gender === "" ? undefined : (SEX_CODES[gender] ?? gender.toLowerCase()),
      place: { kind: "csv", file: named.file, row: row.line, fields },
    };
  });
}

function readObservations(named: NamedText, wanted: ReadonlySet<string>): ImportedObservation[] {
  const { body, cell } = readTable(named, OBSERVATION_COLUMNS, OBSERVATIONS_HINT);
  const fields = { patient: "PATIENT", value: "VALUE", unit: "UNITS", date: "DATE" };
  return body.flatMap((row) => {
    const loinc = cell(row, "CODE");
    const valueText = cell(row, "VALUE");
    // An empty VALUE is a missing value, as in a cohort CSV.
    if (!wanted.has(loinc) || isMissingCell(valueText)) return [];
    const parsed = parseNumberCell(valueText);
    const units = cell(row, "UNITS");
    return [{ patient: cell(row, "PATIENT"), loinc, value: "value" in parsed ? parsed.value : undefined, valueText: JSON.stringify(valueText), units: units === "" ? [] : [units], date: cell(row, "DATE"), place: { kind: "csv" as const, file: named.file, row: row.line, fields } }];
  });
}

/**
 * Reads a Synthea CSV export: patients.csv (Id, BIRTHDATE, DEATHDATE, GENDER; other columns
 * are ignored) and the rows of observations.csv whose CODE is a wanted LOINC code. Each
 * record keeps its row for messages.
 */
export function readSyntheaExport(files: SyntheaFiles, wanted: ReadonlySet<string>): ImportedRecords {
  return { patients: readPatients(files.patients), observations: readObservations(files.observations, wanted) };
}

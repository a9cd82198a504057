import type { Issue } from "../errors.js";

/** The fields of an imported record that messages name, whatever the format calls them. */
export type ImportedField = "id" | "birth" | "death" | "patient" | "value" | "unit" | "date";

/**
 * Where a record is: a row of a CSV (Synthea) or an entry of a JSON Bundle (FHIR), and what
 * the file calls each field, so that a message names the place and the field as the user
 * sees them.
 */
export type RecordPlace =
  | { readonly kind: "csv"; readonly file: string; readonly row: number; readonly fields: Readonly<Partial<Record<ImportedField, string>>> }
  | { readonly kind: "json"; readonly file: string; readonly line: number; readonly column: number; readonly entry: number; readonly fields: Readonly<Partial<Record<ImportedField, string>>> };

/** A patient as an import reads it: text as written, checked later by tabulateImportedCohort. */
export interface ImportedPatient {
  readonly id: string;
  /** How observations may refer to this patient (FHIR: "Patient/<id>" and the entry's fullUrl; Synthea: the Id). */
  readonly references: readonly string[];
  readonly birthDate?: string | undefined;
  /** FHIR deceasedDateTime, Synthea DEATHDATE. */
  readonly deathDate?: string | undefined;
  /** FHIR deceasedBoolean. */
  readonly isDeceased?: boolean | undefined;
  /** AdministrativeGender code: female, male, other, unknown. */
  readonly sex?: string | undefined;
  readonly place: RecordPlace;
}

/** One measured value with a LOINC code the spec maps (an Observation, one of its components, or a Synthea row). */
export interface ImportedObservation {
  /** The patient reference as written (FHIR subject.reference, Synthea PATIENT). */
  readonly patient: string;
  readonly loinc: string;
  /** The value, when it is a finite number. */
  readonly value?: number | undefined;
  /** The value as written, for a message when it is not a number. */
  readonly valueText: string;
  /** The unit spellings given (FHIR valueQuantity.unit and .code, Synthea UNITS). */
  readonly units: readonly string[];
  readonly date?: string | undefined;
  readonly place: RecordPlace;
}

/** What an import read, in file order. */
export interface ImportedRecords {
  readonly patients: readonly ImportedPatient[];
  readonly observations: readonly ImportedObservation[];
}

/** The field as a message names it: `UNITS` in a CSV row, `entry[14] valueQuantity.unit` in a Bundle. */
export function fieldLabel(place: RecordPlace, field: ImportedField): string {
  const name = place.fields[field] ?? field;
  return place.kind === "csv" ? name : `entry[${place.entry}] ${name}`;
}

/** An issue at a record's field: a CSV cell, or the line and column where the Bundle entry starts. */
export function recordIssue(place: RecordPlace, field: ImportedField, detail: { code: string; message: string; hint: string }): Issue {
  const location = place.kind === "csv" ? { kind: "csv" as const, file: place.file, row: place.row, columnName: place.fields[field] ?? field } : { kind: "json" as const, file: place.file, line: place.line, column: place.column };
  return { code: detail.code, message: detail.message, hint: detail.hint, location };
}

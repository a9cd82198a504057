import { InputError, InternalError, type Issue } from "../errors.js";
import type { CohortSection } from "../spec/schema.js";
import { mean } from "../stats/mean.js";
import { fieldLabel, recordIssue, type ImportedObservation, type ImportedPatient, type ImportedRecords } from "./imported-records.js";
import type { CohortTable } from "./parse-cohort.js";
import { compareDates, completedYears, parseCalendarDate, parseDateTime, type CalendarDate } from "./parse-date-time.js";

/** Columns an import makes from the patient itself (the mapped covariates come from observations). */
export const IMPORTED_PATIENT_COLUMNS = ["sex", "age", "deceased"] as const;

type ImportSection = NonNullable<CohortSection["import"]>;
type Pick = ImportSection["covariates"][string]["pick"];

/** One usable observation: its value, when it was made, and its place in the file (the tie-break). */
export interface DatedValue {
  readonly value: number;
  readonly instantS: number;
  readonly order: number;
}

const DATE_HINT = "write dates as 2019-06-01 or 2019-06-01T10:00:00Z: a covariate's observations are ordered by date, and only those dated on or before cohort.import.reference_date are read";

function quoted(text: string | undefined): string {
  return text === undefined || text === "" ? "missing" : JSON.stringify(text);
}

/** Patients by every reference that names them; the first patient wins (a repeated id is COHORT_DUPLICATE_ID later). */
function patientsByReference(patients: readonly ImportedPatient[]): Map<string, number> {
  const byReference = new Map<string, number>();
  patients.forEach((patient, index) => {
    for (const reference of patient.references) if (!byReference.has(reference)) byReference.set(reference, index);
  });
  return byReference;
}

function unknownPatientIssue(observation: ImportedObservation): Issue {
  const { place } = observation;
  const where = place.kind === "json" ? "no Patient entry of the bundle" : "no Id of the patients file";
  const hint = place.kind === "json" ? 'refer to a patient as "Patient/<id>" or by its entry\'s fullUrl (urn:uuid:…), and put every patient the observations refer to in the bundle' : "patients.csv and observations.csv must come from the same Synthea run";
  return recordIssue(place, "patient", { code: "COHORT_UNKNOWN_PATIENT", message: `${fieldLabel(place, "patient")} ${quoted(observation.patient)} names ${where}`, hint });
}

/** An observation whose value, unit and date passed the checks. */
interface CheckedObservation {
  readonly value: number;
  readonly instantS: number;
  readonly date: CalendarDate;
}

/** The problems of one observation for the covariates its code feeds, or its checked value. */
function checkObservation(observation: ImportedObservation, names: readonly string[], section: ImportSection, issues: Issue[]): CheckedObservation | undefined {
  const { place, loinc } = observation;
  if (observation.value === undefined) {
    issues.push(recordIssue(place, "value", { code: "COHORT_NOT_A_NUMBER", message: `${fieldLabel(place, "value")} (LOINC ${loinc}): expected a number, got ${observation.valueText === "" ? "nothing" : observation.valueText}`, hint: "map a LOINC code whose observations are numbers (a valueQuantity in FHIR, TYPE numeric in Synthea), or fix the value" }));
    return undefined;
  }
  const before = issues.length;
  for (const name of names) {
    const unit = section.covariates[name]?.unit ?? "";
    if (observation.units.includes(unit)) continue;
    const written = observation.units.length === 0 ? "missing" : [...new Set(observation.units)].map((spelling) => JSON.stringify(spelling)).join(" or ");
    issues.push(recordIssue(place, "unit", { code: "COHORT_UNIT_MISMATCH", message: `${fieldLabel(place, "unit")} (LOINC ${loinc}) is ${written}, but cohort.import.covariates.${name}.unit is ${JSON.stringify(unit)}`, hint: `twin-trial does not convert units: convert the values in the file, or declare the file's unit and convert with a derived covariate, e.g. derived: {${name}_converted: {expression: "${name} * <factor>"}}` }));
  }
  const date = parseDateTime(observation.date ?? "");
  if (date === undefined) issues.push(recordIssue(place, "date", { code: "COHORT_DATE_INVALID", message: `${fieldLabel(place, "date")} (LOINC ${loinc}) is ${quoted(observation.date)}, not a date or date-time`, hint: DATE_HINT }));
  if (issues.length > before || date === undefined) return undefined;
  return { value: observation.value, instantS: date.instantS, date: date.date };
}

/** Each patient's usable values, by covariate name. */
function collectValues(records: ImportedRecords, section: ImportSection, reference: CalendarDate, issues: Issue[]): Map<string, DatedValue[]>[] {
  const byLoinc = new Map<string, string[]>();
  for (const [name, covariate] of Object.entries(section.covariates)) byLoinc.set(covariate.loinc, [...(byLoinc.get(covariate.loinc) ?? []), name]);
  const lookup = patientsByReference(records.patients);
  const values = records.patients.map(() => new Map<string, DatedValue[]>());
  records.observations.forEach((observation, order) => {
    const names = byLoinc.get(observation.loinc) ?? [];
    if (names.length === 0) return;
    const patient = lookup.get(observation.patient);
    if (patient === undefined) return void issues.push(unknownPatientIssue(observation));
    const checked = checkObservation(observation, names, section, issues);
    // A baseline is what was known on the reference date: later observations are left out.
    if (checked === undefined || compareDates(checked.date, reference) > 0) return;
    const mine = values[patient] as Map<string, DatedValue[]>;
    for (const name of names) {
      const list = mine.get(name) ?? [];
      list.push({ value: checked.value, instantS: checked.instantS, order });
      mine.set(name, list);
    }
  });
  return values;
}

/**
 * The value a covariate takes from a patient's observations: the earliest, the latest or the
 * mean (ties in time go by file order); undefined without observations.
 *
 * @example pickValue([{ value: 4, instantS: 20, order: 0 }, { value: 3, instantS: 10, order: 1 }], "first") // 3
 */
export function pickValue(values: readonly DatedValue[], pick: Pick): number | undefined {
  const sorted = [...values].sort((a, b) => a.instantS - b.instantS || a.order - b.order);
  if (sorted.length === 0) return undefined;
  if (pick === "mean") return mean(sorted.map((entry) => entry.value));
  return (pick === "first" ? sorted[0] : sorted.at(-1))?.value;
}

/** A patient's date field read as a calendar date, or an issue; undefined when absent. */
function patientDate(patient: ImportedPatient, field: "birth" | "death", issues: Issue[]): CalendarDate | undefined {
  const text = field === "birth" ? patient.birthDate : patient.deathDate;
  if (text === undefined || text.trim() === "") return undefined;
  const date = parseCalendarDate(text);
  if (date === undefined) {
    const hint = field === "birth" ? "age needs the full birth date (year, month and day)" : "write the date of death as YYYY-MM-DD, or leave it out for a living patient";
    issues.push(recordIssue(patient.place, field, { code: "COHORT_DATE_INVALID", message: `${fieldLabel(patient.place, field)} is ${quoted(text)}, not a date YYYY-MM-DD`, hint }));
  }
  return date;
}

/**
 * The cells of the patient's own columns: sex, age on the reference date (or at death before
 * it) and deceased. Dates are read only for the columns the spec declares, so a partial birth
 * date (common in de-identified data) is no error when age is not used.
 */
function patientCells(patient: ImportedPatient, reference: CalendarDate, declared: ReadonlySet<string>, issues: Issue[]): Record<(typeof IMPORTED_PATIENT_COLUMNS)[number], string> {
  const birth = declared.has("age") ? patientDate(patient, "birth", issues) : undefined;
  const death = declared.has("age") || declared.has("deceased") ? patientDate(patient, "death", issues) : undefined;
  const diedBefore = death !== undefined && compareDates(death, reference) <= 0;
  const on = diedBefore ? death : reference;
  const age = birth === undefined || compareDates(birth, on) > 0 ? "" : String(completedYears(birth, on));
  return { sex: patient.sex ?? "", age, deceased: patient.isDeceased === true || diedBefore ? "true" : "false" };
}

/**
 * The table an import makes: one row per patient (at its line or row in the file), with the
 * id column, then each declared column that is sex, age, deceased or a mapped covariate.
 * Collects every problem of the records (units, values, dates, references), then throws one
 * InputError. Numbers are written with String(), which round-trips a double exactly.
 */
export function tabulateImportedCohort(records: ImportedRecords, section: CohortSection): CohortTable {
  const imported = section.import;
  if (imported === undefined) throw new InternalError("tabulateImportedCohort needs cohort.import (the spec rules require it)");
  const issues: Issue[] = [];
  const reference = parseCalendarDate(imported.reference_date);
  if (reference === undefined) throw new InternalError(`cohort.import.reference_date ${imported.reference_date} passed the schema but is not a date`);
  const values = collectValues(records, imported, reference, issues);
  const own = new Set<string>(IMPORTED_PATIENT_COLUMNS);
  const columns = Object.keys(section.columns).filter((name) => own.has(name) || Object.hasOwn(imported.covariates, name));
  const declared = new Set(columns);
  const rows = records.patients.map((patient, index) => {
    const cells: Readonly<Record<string, string>> = patientCells(patient, reference, declared, issues);
    const picked = (name: string): string => {
      const value = pickValue(values[index]?.get(name) ?? [], imported.covariates[name]?.pick ?? "last");
      return value === undefined ? "" : String(value);
    };
    return { cells: [patient.id, ...columns.map((name) => (own.has(name) ? (cells[name] ?? "") : picked(name)))], line: patient.place.kind === "csv" ? patient.place.row : patient.place.line };
  });
  if (issues.length > 0) throw new InputError(issues);
  return { header: [section.id_column, ...columns], rows };
}

import { parse } from "csv-parse/sync";
import { InputError, type Issue } from "../errors.js";
import type { CohortSection } from "../spec/schema.js";
import { closestName } from "../text/closest-name.js";
import type { CategoryColumn, Cohort, CohortColumn, PatientObservations } from "../population/cohort-data.js";
import { isMissingCell, parseBooleanCell, parseIntegerCell, parseNumberCell, type CellResult } from "./parse-cell.js";

/** One record of a cohort table: its cells and the line (row) it starts on in the file. */
export interface Row {
  readonly cells: readonly string[];
  readonly line: number;
}

/** A cohort as a table of text cells: what a CSV holds, or what an import (FHIR, Synthea) makes. */
export interface CohortTable {
  readonly header: readonly string[];
  readonly rows: readonly Row[];
}

function csvIssue(file: string, row: number, code: string, message: string, hint: string, columnName?: string): Issue {
  const location = columnName === undefined ? { kind: "csv" as const, file, row } : { kind: "csv" as const, file, row, columnName };
  return { code, message, hint, location };
}

/** The records of CSV text with their lines; a syntax error is COHORT_CSV_SYNTAX at its row. */
export function readRows(text: string, file: string): Row[] {
  try {
    const records = parse(text, { bom: true, info: true, skip_empty_lines: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map(({ record, info }) => ({ cells: record, line: info.lines }));
  } catch (error) {
    const csvError = error as { code?: string; lines?: number; message: string };
    const row = csvError.lines ?? 1;
    const inconsistent = csvError.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH";
    throw new InputError([
      csvIssue(file, row, "COHORT_CSV_SYNTAX", inconsistent ? "this row has a different number of cells than the header" : (csvError.message.split(":")[0] ?? "").toLowerCase(), inconsistent ? "every row needs one cell per header column; quote cells that contain commas" : "check the quoting near this row"),
    ]);
  }
}

function columnIndexes(header: readonly string[], file: string, section: CohortSection, extraColumns: readonly string[]): Map<string, number> {
  const names = header.map((name) => name.trim());
  if (names.length === 1 && (names[0] ?? "").includes(";"))
    throw new InputError([csvIssue(file, 1, "COHORT_SEPARATOR", "the header has a single column containing ';'", "the file looks semicolon-separated: save it as comma-separated CSV (with a dot as the decimal separator)")]);
  const indexes = new Map<string, number>();
  names.forEach((name, index) => {
    if (!indexes.has(name)) indexes.set(name, index);
  });
  const observed = section.observations === undefined ? [] : [section.observations.time_column, section.observations.concentration_column];
  const wanted = [section.id_column, ...Object.keys(section.columns), ...observed, ...extraColumns];
  const issues = wanted
    .filter((name) => !indexes.has(name))
    .map((name) => {
      const suggestion = closestName(name, names);
      return csvIssue(file, 1, "COHORT_MISSING_COLUMN", `column "${name}" is not in the header`, `${suggestion === undefined ? "" : `did you mean "${suggestion}"? `}the file has: ${names.join(", ")}`, name);
    });
  if (issues.length > 0) throw new InputError(issues);
  return indexes;
}

function readCell(type: CohortColumn["type"], cell: string): CellResult {
  if (type === "integer") return parseIntegerCell(cell);
  if (type === "boolean") return parseBooleanCell(cell);
  return parseNumberCell(cell);
}

function readNumericColumn(rows: readonly Row[], index: number, column: CohortColumn, file: string, issues: Issue[]): Float64Array {
  const values = new Float64Array(rows.length);
  rows.forEach((row, r) => {
    const cell = row.cells[index] ?? "";
    if (isMissingCell(cell)) {
      values[r] = Number.NaN;
      return;
    }
    const result = readCell(column.type, cell);
    if ("problem" in result) {
      issues.push(csvIssue(file, row.line, column.type === "boolean" ? "COHORT_NOT_A_BOOLEAN" : "COHORT_NOT_A_NUMBER", result.problem, result.hint, column.name));
      values[r] = Number.NaN;
    } else values[r] = result.value;
  });
  return values;
}

function readCategoryColumn(rows: readonly Row[], index: number): CategoryColumn {
  const raw = rows.map((row) => (isMissingCell(row.cells[index] ?? "") ? null : (row.cells[index] ?? "").trim()));
  const levels = [...new Set(raw.filter((value): value is string => value !== null))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const codeOf = new Map(levels.map((level, code) => [level, code]));
  return { levels, codes: Int32Array.from(raw, (value) => (value === null ? -1 : (codeOf.get(value) ?? -1))) };
}

function readIds(rows: readonly Row[], index: number, options: { file: string; idColumn: string; unique: boolean }, issues: Issue[]): string[] {
  const firstLine = new Map<string, number>();
  return rows.map((row) => {
    const id = (row.cells[index] ?? "").trim();
    if (id === "") issues.push(csvIssue(options.file, row.line, "COHORT_MISSING_ID", "the patient id is empty", "every row needs an id", options.idColumn));
    else if (options.unique && firstLine.has(id))
      issues.push(csvIssue(options.file, row.line, "COHORT_DUPLICATE_ID", `patient id ${JSON.stringify(id)} already appears on row ${firstLine.get(id)}`, "ids must be unique: one row per real patient (or set cohort.rows_per_patient: many)", options.idColumn));
    else if (!firstLine.has(id)) firstLine.set(id, row.line);
    return id;
  });
}

/** Indexes of each patient's first row, in order of first appearance. */
function firstRows(ids: readonly string[]): number[] {
  const seen = new Set<string>();
  return ids.flatMap((id, row) => (seen.has(id) ? [] : (seen.add(id), [row])));
}

function readObservations(rows: readonly Row[], indexes: Map<string, number>, context: { file: string; section: CohortSection; ids: readonly string[] }, issues: Issue[]): PatientObservations[] | undefined {
  const declared = context.section.observations;
  if (declared === undefined) return undefined;
  const read = (name: string): Float64Array => readNumericColumn(rows, indexes.get(name) ?? 0, { name, type: "number" }, context.file, issues);
  const times = read(declared.time_column);
  const concentrations = read(declared.concentration_column);
  return firstRows(context.ids).map((first) => {
    const id = context.ids[first];
    const mine = context.ids.flatMap((other, row) => (other === id && !Number.isNaN(concentrations[row] ?? Number.NaN) ? [row] : []));
    mine.sort((a, b) => (times[a] ?? 0) - (times[b] ?? 0) || a - b);
    return { timesH: Float64Array.from(mine, (row) => times[row] ?? Number.NaN), concentrationsMgPerL: Float64Array.from(mine, (row) => concentrations[row] ?? Number.NaN) };
  });
}

function subsetRows<T extends Float64Array | Int32Array>(values: T, rows: readonly number[]): T {
  const subset = new (values.constructor as new (length: number) => T)(rows.length);
  rows.forEach((row, index) => (subset[index] = values[row] as number));
  return subset;
}

/** A NUL byte never occurs in CSV text: the file is binary, e.g. an Excel workbook (.xlsx is a zip). */
function requireText(text: string, file: string): void {
  const at = text.indexOf("\u0000");
  if (at < 0) return;
  const row = text.slice(0, at).split("\n").length;
  throw new InputError([csvIssue(file, row, "COHORT_CSV_SYNTAX", "the cohort file is not text (it holds NUL bytes)", "export the table as CSV: comma-separated, UTF-8, one header row (a spreadsheet's .xlsx or .xls file cannot be read)")]);
}

/**
 * Parses cohort CSV text into typed columns, one entry per patient. Pure (the file name
 * only labels messages). With rows_per_patient: many, a patient's covariates come from its
 * first row and its observations from all its rows. Collects every cell problem, then
 * throws one InputError with all of them (the CLI prints the first 20).
 */
export function parseCohort(text: string, file: string, section: CohortSection, extraColumns: readonly string[] = []): Cohort {
  requireText(text, file);
  const rows = readRows(text, file);
  const header = rows.shift();
  if (header === undefined) throw new InputError([csvIssue(file, 1, "COHORT_EMPTY", "the cohort file is empty", "the first line must be a header naming the columns")]);
  return typeCohortTable({ header: header.cells, rows }, file, section, extraColumns);
}

/**
 * Types a cohort table by the spec's column declarations (parseCohort after the CSV syntax;
 * an import's table takes the same path, so its columns behave exactly like CSV columns).
 */
export function typeCohortTable(table: CohortTable, file: string, section: CohortSection, extraColumns: readonly string[] = []): Cohort {
  const { rows } = table;
  const indexes = columnIndexes(table.header, file, section, extraColumns);
  if (rows.length === 0) throw new InputError([csvIssue(file, 2, "COHORT_EMPTY", "the cohort has a header but no patients", "add one row per real patient")]);
  const issues: Issue[] = [];
  const allIds = readIds(rows, indexes.get(section.id_column) ?? 0, { file, idColumn: section.id_column, unique: section.rows_per_patient === "one" }, issues);
  const columns: CohortColumn[] = Object.entries(section.columns).map(([name, declaration]) => ({ ...declaration, name }));
  const patients = firstRows(allIds);
  const numeric = new Map<string, Float64Array>();
  const categories = new Map<string, CategoryColumn>();
  for (const column of columns) {
    const index = indexes.get(column.name) ?? 0;
    if (column.type !== "category") numeric.set(column.name, subsetRows(readNumericColumn(rows, index, column, file, issues), patients));
    else {
      const category = readCategoryColumn(rows, index);
      categories.set(column.name, { levels: category.levels, codes: subsetRows(category.codes, patients) });
    }
  }
  const observations = readObservations(rows, indexes, { file, section, ids: allIds }, issues);
  if (issues.length > 0) throw new InputError(issues);
  const raw = new Map(extraColumns.map((name) => [name, patients.map((row) => (rows[row]?.cells[indexes.get(name) ?? 0] ?? "").trim())]));
  const cohort = { file, rowCount: patients.length, rowNumbers: Int32Array.from(patients, (row) => rows[row]?.line ?? 0), ids: patients.map((row) => allIds[row] ?? ""), columns, numeric, categories, raw };
  return observations === undefined ? cohort : { ...cohort, observations };
}

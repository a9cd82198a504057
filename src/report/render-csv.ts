import { stringify } from "csv-stringify/sync";
import { formatNumber } from "./format-number.js";

/** A cell before formatting: numbers go through formatNumber, null is written NA. */
export type CsvCell = number | string | boolean | null;

const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Text from a cohort could start a spreadsheet formula (=, +, -, @, or a tab / carriage
 * return before one): prefix such cells with a quote so Excel and LibreOffice show them
 * as text (OWASP "CSV injection"). Numbers are left alone.
 *
 * @example neutraliseFormula("=HYPERLINK(\"x\")") // "'=HYPERLINK(\"x\")"
 */
export function neutraliseFormula(text: string): string {
  if (/^[=+\-@\t\r]/.test(text) && !NUMBER_TEXT.test(text)) return `'${text}`;
  return text;
}

function formatCell(cell: CsvCell): string {
  if (cell === null) return "NA";
  if (typeof cell === "number") return formatNumber(cell);
  if (typeof cell === "boolean") return cell ? "true" : "false";
  return neutraliseFormula(cell);
}

/**
 * Renders a table as CSV text: header row, LF line ends, a final newline, quotes only
 * where a cell needs them. Pure: the writer writes the string.
 */
export function renderCsv(columns: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const records: string[][] = [];
  for (const row of rows) records.push(row.map(formatCell));
  return stringify(records, { header: true, columns: [...columns], record_delimiter: "unix", eof: true });
}

/** The header line of renderCsv's table (what it writes with no rows). */
export function renderCsvHeader(columns: readonly string[]): string {
  return stringify([], { header: true, columns: [...columns], record_delimiter: "unix", eof: true });
}

/**
 * Rows as renderCsv writes them, without the header: renderCsvHeader(columns) followed by the
 * rows of any split into chunks is renderCsv(columns, rows), byte for byte. For writing a
 * long table chunk by chunk.
 */
export function renderCsvRows(rows: Iterable<readonly CsvCell[]>): string {
  const records: string[][] = [];
  for (const row of rows) records.push(row.map(formatCell));
  return records.length === 0 ? "" : stringify(records, { header: false, record_delimiter: "unix", eof: true });
}

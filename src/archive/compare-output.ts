import { firstCsvDifference } from "./first-csv-difference.js";
import { firstLineDifference } from "./first-line-difference.js";

/** A replay's verdict on one file: byte-identical, or where it first differs. */
export type OutputVerdict =
  | { readonly file: string; readonly verdict: "same" }
  | { readonly file: string; readonly verdict: "different"; readonly where: string }
  | { readonly file: string; readonly verdict: "missing" | "extra" };

/** Long cells and lines are cut so that a verdict stays one readable line. */
const MAX_SHOWN = 120;

function shown(text: string): string {
  return JSON.stringify(text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN)}…` : text);
}

function describeDifference(file: string, expected: string, got: string): string {
  if (file.endsWith(".csv")) {
    const cell = firstCsvDifference(expected, got);
    if (cell !== undefined) {
      const column = cell.columnName === undefined ? "" : `, column "${cell.columnName}"`;
      return `row ${cell.row}${column}: expected ${shown(cell.expected)}, got ${shown(cell.got)}`;
    }
  }
  const line = firstLineDifference(expected, got);
  if (line !== undefined) return `line ${line.line}: expected ${shown(line.expected)}, got ${shown(line.got)}`;
  return `${Buffer.byteLength(expected)} bytes expected, ${Buffer.byteLength(got)} bytes got`;
}

/**
 * Compares an archived output with its rerun, byte for byte; when they differ, says
 * where first: the row and column of a CSV, else the line.
 *
 * @example compareOutput("summary.csv", Buffer.from("a\n1\n"), Buffer.from("a\n2\n")).where // 'row 2, column "a": expected "1", got "2"'
 */
export function compareOutput(file: string, expected: Uint8Array, got: Uint8Array): OutputVerdict {
  if (Buffer.compare(expected, got) === 0) return { file, verdict: "same" };
  const decoder = new TextDecoder("utf-8");
  return { file, verdict: "different", where: describeDifference(file, decoder.decode(expected), decoder.decode(got)) };
}

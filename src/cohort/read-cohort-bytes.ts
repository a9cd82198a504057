import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors.js";
import { decodeUtf8, describeByte } from "../text/decode-utf8.js";

/** How to tell the user where a cohort path is taken from: a folder, and a missing file. */
export interface CohortPathHints {
  readonly folder: string;
  readonly missing: string;
}

/**
 * Reads a cohort file's bytes. A missing file (COHORT_NOT_FOUND), a folder (COHORT_NOT_A_FILE)
 * or an unreadable file (COHORT_UNREADABLE) is an InputError naming the path, with the hints
 * of the caller (a spec's cohort.file is relative to the spec, a command-line path to the
 * current folder).
 */
export function readCohortBytes(path: string, hints: CohortPathHints): Buffer {
  const fileIssue = (code: string, message: string, hint: string): InputError => new InputError([{ code, message, hint, location: { kind: "file", file: path } }]);
  try {
    if (statSync(path).isDirectory()) throw fileIssue("COHORT_NOT_A_FILE", "the cohort path is a folder, not a file", hints.folder);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw fileIssue("COHORT_NOT_FOUND", "cohort file not found", hints.missing);
    throw fileIssue("COHORT_UNREADABLE", `the cohort file cannot be read (${code ?? "error"})`, "check the file's permissions");
  }
}

/** A cohort file's bytes as UTF-8 text; bytes that are not UTF-8 are COHORT_ENCODING at their row (line). */
export function cohortText(bytes: Uint8Array, path: string): string {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded.text;
  const { line, column, byte } = decoded.invalid;
  throw new InputError([{ code: "COHORT_ENCODING", message: `the file is not UTF-8: byte ${describeByte(byte)} at character ${column} of this row`, hint: "save the CSV as UTF-8 (in Excel: Save As → CSV UTF-8; in LibreOffice: Character set → Unicode (UTF-8))", location: { kind: "csv", file: path, row: line } }]);
}

/** A cohort CSV named on the command line, as UTF-8 text (the path as the user typed it). */
export function readCohortText(path: string): string {
  const bytes = readCohortBytes(path, { folder: "name a .csv file inside it", missing: "check the path (relative to the current folder); shipped cohorts are in cohorts/, e.g. cohorts/pbc.csv" });
  return cohortText(bytes, path);
}

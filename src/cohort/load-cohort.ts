import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { join, isAbsolute } from "node:path";
import { InputError } from "../errors.js";
import type { CohortSection } from "../spec/schema.js";
import type { Cohort } from "../population/cohort-data.js";
import { parseCohort } from "./parse-cohort.js";

/** A cohort read from disk, with the hash the manifest pins. */
export interface LoadedCohort {
  readonly cohort: Cohort;
  /** The path as written in the spec (relative to the spec file). */
  readonly specPath: string;
  readonly sha256: string;
}

/** The cohort path as the user sees it: joined to the spec's folder unless absolute. */
export function resolveCohortPath(specDirectory: string, file: string): string {
  return isAbsolute(file) ? file : join(specDirectory, file);
}

/** Reads and parses the cohort CSV named by the spec (the only file access of src/cohort). */
export function loadCohort(specDirectory: string, section: CohortSection, extraColumns: readonly string[] = []): LoadedCohort {
  const path = resolveCohortPath(specDirectory, section.file);
  const fileIssue = (code: string, message: string, hint: string): InputError =>
    new InputError([{ code, message, hint, location: { kind: "file", file: path } }]);
  let bytes: Buffer;
  try {
    if (statSync(path).isDirectory()) throw fileIssue("COHORT_NOT_A_FILE", "the cohort path is a folder, not a file", "cohort.file names a .csv file, relative to the spec file");
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw fileIssue("COHORT_NOT_FOUND", "cohort file not found", `cohort.file is resolved relative to the spec file; shipped cohorts are in cohorts/, e.g. ../cohorts/pbc_baseline.csv from trial-specs/`);
    throw fileIssue("COHORT_UNREADABLE", `the cohort file cannot be read (${code ?? "error"})`, "check the file's permissions");
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  return { cohort: parseCohort(text, path, section, extraColumns), specPath: section.file, sha256: createHash("sha256").update(bytes).digest("hex") };
}

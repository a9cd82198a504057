import { createHash } from "node:crypto";
import { join, isAbsolute } from "node:path";
import { InternalError } from "../errors.js";
import type { CohortSection } from "../spec/schema.js";
import type { Cohort } from "../population/cohort-data.js";
import { cohortFiles } from "./cohort-files.js";
import { parseCohort } from "./parse-cohort.js";
import { parseFhirCohort, parseSyntheaCohort } from "./parse-imported-cohort.js";
import { cohortText, readCohortBytes, type CohortPathHints } from "./read-cohort-bytes.js";

/** A cohort read from disk, with the hash the manifest pins. */
export interface LoadedCohort {
  readonly cohort: Cohort;
  /** The path as written in the spec (relative to the spec file). */
  readonly specPath: string;
  /** SHA-256 of every byte read: of cohort.file, or for a cohort read from several files, of their hashes (cohortSha256). */
  readonly sha256: string;
  /** The bytes of cohort.file as read (a shard folder carries a copy). */
  readonly bytes: Uint8Array;
}

const COHORT_HINTS: CohortPathHints = { folder: "cohort.file names a .csv file, relative to the spec file", missing: "cohort.file is resolved relative to the spec file; shipped cohorts are in cohorts/, e.g. ../cohorts/pbc_baseline.csv from trial-specs/" };
const OBSERVATIONS_HINTS: CohortPathHints = { folder: "name Synthea's observations.csv with cohort.import.observations_file", missing: "with format: synthea, observations are read from observations.csv beside cohort.file, or from cohort.import.observations_file (relative to the spec file)" };

/** The cohort path as the user sees it: joined to the spec's folder unless absolute. */
export function resolveCohortPath(specDirectory: string, file: string): string {
  return isAbsolute(file) ? file : join(specDirectory, file);
}

function sha256Hex(bytes: Uint8Array | string): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/**
 * The SHA-256 a manifest pins for a cohort's files (bytes in cohortFiles order): of the one
 * file's bytes, or for Synthea's two files of the lines `<SHA-256 of the file>  patients.csv`
 * and `… observations.csv`, i.e. what `sha256sum patients.csv observations.csv | sha256sum`
 * prints in Synthea's csv folder.
 */
export function cohortSha256(contents: readonly Uint8Array[]): string {
  const [only] = contents;
  if (contents.length === 1 && only !== undefined) return sha256Hex(only);
  const names = ["patients.csv", "observations.csv"];
  return sha256Hex(contents.map((bytes, index) => `${sha256Hex(bytes)}  ${names[index] ?? `file${index + 1}`}\n`).join(""));
}

/** Reads the files a cohort section names, in cohortFiles order. */
function readCohortFiles(specDirectory: string, section: CohortSection): { path: string; bytes: Buffer }[] {
  return cohortFiles(section).map((file, index) => {
    const path = resolveCohortPath(specDirectory, file);
    return { path, bytes: readCohortBytes(path, index === 0 ? COHORT_HINTS : OBSERVATIONS_HINTS) };
  });
}

/** The SHA-256 the manifest pins for the cohort a spec names (a sweep pins it before any point loads it). */
export function pinCohort(specDirectory: string, section: CohortSection): { file: string; sha256: string } {
  return { file: section.file, sha256: cohortSha256(readCohortFiles(specDirectory, section).map(({ bytes }) => bytes)) };
}

/** Reads and parses the cohort the spec names (a CSV, a FHIR Bundle, or a Synthea export), with the hash of every byte read. */
export function loadCohort(specDirectory: string, section: CohortSection, extraColumns: readonly string[] = []): LoadedCohort {
  const files = readCohortFiles(specDirectory, section);
  const [main, observations] = files.map(({ path, bytes }) => ({ path, bytes, text: cohortText(bytes, path) }));
  if (main === undefined) throw new InternalError("loadCohort: cohortFiles gave no file");
  const cohort =
    section.format === "fhir" ? parseFhirCohort(main.text, main.path, section, extraColumns)
    : section.format === "synthea" && observations !== undefined ? parseSyntheaCohort({ patients: { text: main.text, file: main.path }, observations: { text: observations.text, file: observations.path } }, section, extraColumns)
    : parseCohort(main.text, main.path, section, extraColumns);
  return { cohort, specPath: section.file, sha256: cohortSha256(files.map(({ bytes }) => bytes)), bytes: main.bytes };
}

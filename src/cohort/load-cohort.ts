import { createHash } from "node:crypto";
import { join, isAbsolute } from "node:path";
import type { CohortSection } from "../spec/schema.js";
import type { Cohort } from "../population/cohort-data.js";
import { parseCohort } from "./parse-cohort.js";
import { cohortText, readCohortBytes } from "./read-cohort-bytes.js";

/** A cohort read from disk, with the hash the manifest pins. */
export interface LoadedCohort {
  readonly cohort: Cohort;
  /** The path as written in the spec (relative to the spec file). */
  readonly specPath: string;
  readonly sha256: string;
  /** The file's bytes as read (a shard folder carries a copy). */
  readonly bytes: Uint8Array;
}

/** The cohort path as the user sees it: joined to the spec's folder unless absolute. */
export function resolveCohortPath(specDirectory: string, file: string): string {
  return isAbsolute(file) ? file : join(specDirectory, file);
}

/** Reads and parses the cohort CSV named by the spec, with the hash of its bytes. */
export function loadCohort(specDirectory: string, section: CohortSection, extraColumns: readonly string[] = []): LoadedCohort {
  const path = resolveCohortPath(specDirectory, section.file);
  const bytes = readCohortBytes(path, { folder: "cohort.file names a .csv file, relative to the spec file", missing: "cohort.file is resolved relative to the spec file; shipped cohorts are in cohorts/, e.g. ../cohorts/pbc_baseline.csv from trial-specs/" });
  const text = cohortText(bytes, path);
  return { cohort: parseCohort(text, path, section, extraColumns), specPath: section.file, sha256: createHash("sha256").update(bytes).digest("hex"), bytes };
}

import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { archiveEntries, archiveFolderOf, cohortChangedIssue, packTrialArchive, parseArchivedManifest, sha256Hex, type ArchivedManifest, type TrialBundle } from "../archive/index.js";
import { cohortFiles, type CohortFileFields } from "../cohort/index.js";
import { InputError, type Issue } from "../errors.js";
import type { CliIo } from "./cli-io.js";

export interface ArchiveOptions {
  readonly out?: string;
  readonly cohort?: string;
  readonly spec?: string;
  readonly allowChangedInputs: boolean;
  readonly force: boolean;
}

/** A cohort found on disk for a manifest, with the bytes read. */
export interface FoundCohort {
  readonly path: string;
  readonly bytes: Uint8Array;
}

function fileIssue(code: string, file: string, message: string, hint: string): InputError {
  return new InputError([{ code, message, hint, location: { kind: "file", file } }]);
}

/** Reads a results folder: its manifest and every output the manifest lists. */
export function readResultsFolder(folder: string): TrialBundle {
  const manifestPath = join(folder, "manifest.json");
  if (!existsSync(manifestPath)) throw fileIssue("RESULTS_NOT_FOUND", folder, "no manifest.json in this results folder", "name the folder that twin-trial simulate wrote, e.g. results/pbc-phase2, or a .tgz made by twin-trial archive");
  const manifestBytes = readFileSync(manifestPath);
  const manifest = parseArchivedManifest(manifestBytes.toString("utf8"), manifestPath);
  const outputs = new Map<string, Uint8Array>();
  for (const { file } of manifest.outputs) {
    const path = join(folder, file);
    if (!existsSync(path)) throw fileIssue("RESULTS_INCOMPLETE", path, `${file} is listed in the manifest but missing from the results folder`, "rerun twin-trial simulate to get a complete results folder");
    outputs.set(file, readFileSync(path));
  }
  return { manifest, manifestBytes, outputs };
}

/** Places to look for the cohort: --cohort, else the recorded path from the current folder and from trial-specs/. */
function cohortCandidates(manifest: ArchivedManifest, cohortFlag: string | undefined): string[] {
  const recorded = manifest.inputs[0]?.file ?? manifest.resolved_spec.cohort.file;
  return cohortFlag === undefined ? [...new Set([recorded, join("trial-specs", recorded)])] : [cohortFlag];
}

/**
 * A cohort read from several files (Synthea's patients.csv and observations.csv) is
 * COHORT_SEVERAL_FILES: an archive, and a replay, carry one cohort file.
 */
function refuseSeveralCohortFiles(manifest: ArchivedManifest): void {
  const files = cohortFiles(manifest.resolved_spec.cohort as CohortFileFields);
  if (files.length <= 1) return;
  throw new InputError([{ code: "COHORT_SEVERAL_FILES", message: `the trial read its cohort from ${files.length} files (${files.join(", ")}), and archive and replay carry one cohort file`, hint: "keep the Synthea files with the results: the manifest pins their joint SHA-256 (sha256sum patients.csv observations.csv | sha256sum); to check a run, simulate the spec again with the recorded seed and compare", location: { kind: "file", file: files[0] ?? "" } }]);
}

/**
 * Finds and reads the cohort a manifest ran on. Not found is INPUT_NOT_FOUND; other bytes
 * than the manifest pins are INPUT_CHANGED unless allowChanged (then a warning on stderr).
 */
export function findCohort(manifest: ArchivedManifest, options: { cohort?: string; allowChangedInputs: boolean }, io: CliIo): FoundCohort {
  refuseSeveralCohortFiles(manifest);
  const candidates = cohortCandidates(manifest, options.cohort);
  const path = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
  if (path === undefined) {
    throw new InputError([{ code: "INPUT_NOT_FOUND", message: `the cohort ${manifest.inputs[0]?.file ?? ""} the trial ran on was not found (looked at ${candidates.join(", ")})`, hint: "the manifest records cohort.file relative to the spec; name the cohort with --cohort <path>, e.g. --cohort cohorts/pbc_baseline.csv", location: options.cohort === undefined ? { kind: "file", file: candidates[0] ?? "" } : { kind: "flag", flag: "--cohort" } }]);
  }
  const bytes = readFileSync(path);
  const changed = cohortChangedIssue(manifest, path, bytes);
  if (changed !== undefined && !options.allowChangedInputs) throw new InputError([changed]);
  if (changed !== undefined) io.stderr.write(`warning: ${path}: the cohort differs from the one the manifest pins (--allow-changed-inputs)\n`);
  return { path, bytes };
}

/** The original spec file, when found (--spec, else its recorded name here or in trial-specs/) with the SHA-256 the manifest pins. */
function findOriginalSpec(manifest: ArchivedManifest, options: ArchiveOptions, io: CliIo): Uint8Array | undefined {
  const candidates = options.spec === undefined ? [manifest.spec.file, join("trial-specs", manifest.spec.file)] : [options.spec];
  for (const candidate of candidates) {
    if (!existsSync(candidate) || !statSync(candidate).isFile()) continue;
    const bytes = readFileSync(candidate);
    if (sha256Hex(bytes) === manifest.spec.sha256) return bytes;
  }
  if (options.spec !== undefined) throw fileIssue("INPUT_CHANGED", options.spec, `the spec's SHA-256 is not the ${manifest.spec.sha256} the manifest records, or the file is missing`, "name the spec file the trial ran with, or leave out --spec to archive only the resolved spec");
  io.stderr.write(`note: the original spec ${manifest.spec.file} was not found with the SHA-256 the manifest records; the archive holds the resolved spec only (name it with --spec)\n`);
  return undefined;
}

/** Outputs whose bytes are not the ones the manifest pins: archiving them would seal an edited result. */
function changedOutputIssues(bundle: TrialBundle, folder: string): Issue[] {
  return bundle.manifest.outputs.flatMap(({ file, sha256 }) => {
    const bytes = bundle.outputs.get(file);
    if (bytes !== undefined && sha256Hex(bytes) === sha256) return [];
    return [{ code: "RESULTS_CHANGED", message: `${file} is not the file the manifest pins (SHA-256 differs): it was edited after the run`, hint: "archive an unedited results folder; rerun twin-trial simulate to make one", location: { kind: "file" as const, file: join(folder, file) } }];
  });
}

function writeArchive(out: string, bytes: Uint8Array, options: { force: boolean; processId: number }): void {
  if (existsSync(out) && !options.force) throw new InputError([{ code: "OUTPUT_EXISTS", message: `the archive ${out} already exists`, hint: "add --force to replace it, or choose another file with -o", location: { kind: "flag", flag: "--out" } }]);
  const partial = `${out}.partial-${options.processId}`;
  try {
    writeFileSync(partial, bytes);
    renameSync(partial, out);
  } finally {
    rmSync(partial, { force: true });
  }
}

/** `twin-trial archive`: one deterministic .tgz with the results, the resolved spec and the cohort. */
export async function archiveCommand(folder: string, options: ArchiveOptions, io: CliIo): Promise<void> {
  const bundle = readResultsFolder(folder);
  const changed = changedOutputIssues(bundle, folder);
  if (changed.length > 0) throw new InputError(changed);
  const cohort = findCohort(bundle.manifest, options, io);
  const originalSpec = findOriginalSpec(bundle.manifest, options, io);
  const resolvedSpec = `${JSON.stringify(bundle.manifest.resolved_spec, null, 2)}\n`;
  const entries = archiveEntries(bundle, { cohort: cohort.bytes, resolvedSpec, ...(originalSpec === undefined ? {} : { originalSpec }) });
  const out = options.out ?? `${archiveFolderOf(bundle.manifest)}.tgz`;
  writeArchive(out, packTrialArchive(entries), { force: options.force, processId: io.processId });
  io.stdout.write(`${out}: ${entries.length} files (manifest, ${bundle.outputs.size} outputs, ${originalSpec === undefined ? "resolved spec" : "original and resolved spec"}, cohort ${cohort.path})\n`);
}

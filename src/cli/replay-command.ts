import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleFromEntries, canonicalJson, checkResultsFormat, cohortChangedIssue, compareOutput, isReplayIdentical, renderReplayVerdicts, sha256Hex, unpackTrialArchive, type ArchivedManifest, type OutputVerdict, type TrialBundle } from "../archive/index.js";
import { InputError, ReplayMismatch, RequirementNotMet } from "../errors.js";
import { RESULTS_FORMAT_VERSION } from "../report/index.js";
import { findCohort, readResultsFolder } from "./archive-command.js";
import { stageInputs } from "./stage-inputs.js";
import type { CliIo } from "./cli-io.js";
import { toolVersion } from "./tool-version.js";

export interface ReplayOptions {
  readonly cohort?: string;
  readonly allowChangedInputs: boolean;
  readonly workers?: string;
}

/** Manifest fields that name the run or the temporary spec, not the results (DESIGN.md: only the run block may differ; the spec block names the file replay wrote). */
const UNCOMPARED_MANIFEST_FIELDS = new Set(["run", "spec", "tool"]);

function readBundle(source: string): TrialBundle {
  let isFolder: boolean;
  try {
    isFolder = statSync(source).isDirectory();
  } catch {
    throw new InputError([{ code: "RESULTS_NOT_FOUND", message: `${source} does not exist`, hint: "name a results folder written by twin-trial simulate, or a .tgz made by twin-trial archive", location: { kind: "file", file: source } }]);
  }
  if (isFolder) return readResultsFolder(source);
  try {
    return bundleFromEntries(unpackTrialArchive(readFileSync(source)), source);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new InputError([{ code: "ARCHIVE_INVALID", message: `${source} is not a trial archive (${error.message})`, hint: "replay reads the .tgz that twin-trial archive writes, or a results folder", location: { kind: "file", file: source } }]);
  }
}

/** The cohort bytes: --cohort, else the archived cohort, else looked up like `archive` does; checked against the manifest's SHA-256. */
function cohortFor(bundle: TrialBundle, source: string, options: ReplayOptions, io: CliIo): Uint8Array {
  if (options.cohort !== undefined || bundle.cohort === undefined) return findCohort(bundle.manifest, options, io).bytes;
  const changed = cohortChangedIssue(bundle.manifest, `${source} (archived cohort)`, bundle.cohort);
  if (changed !== undefined && !options.allowChangedInputs) throw new InputError([changed]);
  if (changed !== undefined) io.stderr.write(`warning: ${source}: the archived cohort differs from the one the manifest pins (--allow-changed-inputs)\n`);
  return bundle.cohort;
}

/** Runs the same command that made the results (vpc when the outputs are vpc.*, sweep for a sweep), with the recorded seed and replicates, printing nothing on stdout. */
async function rerun(specPath: string, out: string, manifest: ArchivedManifest, io: CliIo, argv: readonly string[], workers: string | undefined): Promise<void> {
  // The datasets a run wrote on request (--adam, --nonmem) are in its outputs: ask for them again.
  const wrote = (folder: string): boolean => manifest.outputs.some(({ file }) => file.startsWith(`${folder}/`));
  // So is the HTML report (--format html): report.html, sweep.html or vpc.html.
  const html = manifest.outputs.some(({ file }) => file === "report.html" || file === "sweep.html" || file === "vpc.html");
  const options = { out, seed: String(manifest.seed), replicates: String(manifest.replicates), force: false, quiet: false, json: false, adam: wrote("adam"), nonmem: wrote("nonmem"), ...(html ? { format: "html" } : {}), ...(workers === undefined ? {} : { workers }) };
  const silentIo: CliIo = { ...io, stdout: { write: () => true } };
  if (manifest.kind === "sweep") {
    await rerunSweep(specPath, manifest, { ...options, quiet: true }, silentIo, argv);
    return;
  }
  if (manifest.outputs.some(({ file }) => file === "vpc.csv")) await (await import("./vpc-command.js")).vpcCommand(specPath, options, silentIo, argv);
  else await (await import("./simulate-command.js")).simulateCommand(specPath, options, silentIo, argv);
}

/** The grid and targets a sweep's manifest records. */
interface RecordedSweep {
  readonly fields: readonly { readonly path: string; readonly values: readonly (number | string | boolean)[] }[];
  readonly target_power: number | null;
  readonly fail_under_power: number | null;
}

/** Reruns a sweep from its recorded grid and targets; a power below --fail-under-power is part of what it recorded, not a failure of the replay. */
async function rerunSweep(specPath: string, manifest: ArchivedManifest, options: { out: string; seed: string; replicates: string; force: boolean; quiet: boolean; json: boolean; workers?: string; format?: string }, io: CliIo, argv: readonly string[]): Promise<void> {
  const sweep = manifest.sweep as RecordedSweep;
  const vary = sweep.fields.map((field) => `${field.path}=${field.values.map(String).join(",")}`);
  const targets = { ...(sweep.target_power === null ? {} : { targetPower: String(sweep.target_power) }), ...(sweep.fail_under_power === null ? {} : { failUnderPower: String(sweep.fail_under_power) }) };
  try {
    await (await import("./sweep-command.js")).sweepCommand(specPath, { ...options, vary, ...targets }, io, argv);
  } catch (error) {
    if (!(error instanceof RequirementNotMet)) throw error;
  }
}

/** Top-level manifest fields that differ (key order ignored), leaving out the run, spec and tool blocks. */
function differingManifestFields(archivedText: string, rerunText: string): string[] {
  const archived = JSON.parse(archivedText) as Record<string, unknown>;
  const rerun = JSON.parse(rerunText) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(archived), ...Object.keys(rerun)])].filter((key) => !UNCOMPARED_MANIFEST_FIELDS.has(key));
  return keys.filter((key) => canonicalJson(archived[key]) !== canonicalJson(rerun[key]));
}

/** One verdict per archived output, per output only the replay made, and for the manifest (without run, spec and tool). */
function compareRerun(bundle: TrialBundle, out: string): OutputVerdict[] {
  const rerunManifest = readFileSync(join(out, "manifest.json"), "utf8");
  const made = (JSON.parse(rerunManifest) as { outputs: { file: string }[] }).outputs.map(({ file }) => file);
  const verdicts: OutputVerdict[] = bundle.manifest.outputs.map(({ file }) =>
    made.includes(file) ? compareOutput(file, bundle.outputs.get(file) ?? new Uint8Array(), readFileSync(join(out, file))) : { file, verdict: "missing" },
  );
  for (const file of made) if (!bundle.outputs.has(file)) verdicts.push({ file, verdict: "extra" });
  const fields = differingManifestFields(new TextDecoder().decode(bundle.manifestBytes), rerunManifest);
  verdicts.push(fields.length === 0 ? { file: "manifest.json", verdict: "same" } : { file: "manifest.json", verdict: "different", where: `field ${fields.join(", ")} (run, spec and tool are not compared)` });
  return verdicts;
}

function warnAboutArchive(bundle: TrialBundle, io: CliIo): void {
  const { manifest } = bundle;
  if (manifest.tool.version !== toolVersion()) io.stderr.write(`note: the results were made by twin-trial ${manifest.tool.version}, this is ${toolVersion()} (same results format ${manifest.results_format_version})\n`);
  for (const { file, sha256 } of manifest.outputs) {
    const bytes = bundle.outputs.get(file);
    if (bytes !== undefined && sha256Hex(bytes) !== sha256) io.stderr.write(`warning: the archived ${file} is not the file the manifest pins (SHA-256 differs): it was edited after the run\n`);
  }
}

/** `twin-trial replay`: rerun an archived trial from its manifest and compare every output byte for byte. */
export async function replayCommand(source: string, options: ReplayOptions, io: CliIo, argv: readonly string[]): Promise<void> {
  const bundle = readBundle(source);
  checkResultsFormat(bundle.manifest, { formatVersion: RESULTS_FORMAT_VERSION, toolVersion: toolVersion() }, source);
  const cohort = cohortFor(bundle, source, options, io);
  warnAboutArchive(bundle, io);
  const folder = mkdtempSync(join(tmpdir(), "twin-trial-replay-"));
  try {
    const out = join(folder, "results");
    const specText = typeof bundle.manifest.spec_text === "string" ? bundle.manifest.spec_text : undefined;
    await rerun(stageInputs(folder, { resolvedSpec: bundle.manifest.resolved_spec, specFile: bundle.manifest.spec.file, ...(specText === undefined ? {} : { specText }) }, cohort, io), out, bundle.manifest, io, argv, options.workers);
    const verdicts = compareRerun(bundle, out);
    io.stdout.write(`replay of ${bundle.manifest.resolved_spec.trial.id} (seed ${bundle.manifest.seed}, ${bundle.manifest.replicates} replicates) from ${source}\n${renderReplayVerdicts(verdicts)}`);
    if (!isReplayIdentical(verdicts)) throw new ReplayMismatch(`replay found a difference: ${verdicts.filter((verdict) => verdict.verdict !== "same").length} of ${verdicts.length} files differ from ${source}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SHARD_MANIFEST, SHARD_OUTCOMES, parseShardManifest, sha256Hex, type ShardManifest } from "../archive/index.js";
import { InputError, InternalError, type Issue } from "../errors.js";
import { RESULTS_FORMAT_VERSION, checkOutputFolder } from "../report/index.js";
import { decodeOutcome, simulateReplicate, TrialAccumulator, type ReplicateOutcome, type TrialResult } from "../trial/index.js";
import type { CliIo } from "./cli-io.js";
import { prepareTrial } from "./prepare-trial.js";
import { ResultsWriter } from "./results-writer.js";
import { writeTrialResults } from "./simulate-command.js";
import { checkRequiredPower, parsePower } from "./required-power.js";
import { requestedDatasets } from "./dataset-flags.js";
import { shardSetIssues } from "./shard-set-issues.js";
import { stageInputs } from "./stage-inputs.js";
import { finishSweep } from "./sweep-command.js";
import { reportFormatOf } from "./report-format-flag.js";
import { isSweepShard, joinSweepShards } from "./sweep-shard.js";
import { toolVersion } from "./tool-version.js";

export interface MergeOptions {
  readonly out?: string;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
  readonly failUnderPower?: string;
  /** Write the ADaM-shaped datasets (adam/) of the kept replicates, as simulate --adam. */
  readonly adam?: boolean;
  /** Write the NONMEM-style dataset (nonmem/), as simulate --nonmem. */
  readonly nonmem?: boolean;
  /** --format: markdown, or html (also report.html or sweep.html, figures inline), as simulate --format. */
  readonly format?: string;
}

interface ReadShard {
  readonly folder: string;
  readonly manifest: ShardManifest;
  readonly outcomes: Uint8Array;
  readonly cohort: Uint8Array;
}

function shardIssue(code: string, file: string, message: string, hint: string): Issue {
  return { code, message, hint, location: { kind: "file", file } };
}

function readShard(folder: string): ReadShard {
  const manifestPath = join(folder, SHARD_MANIFEST);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new InputError([shardIssue("SHARD_NOT_FOUND", folder, `${folder} is not a folder`, "name the folders that `twin-trial simulate --shard K/N` wrote")]);
  if (!existsSync(manifestPath)) {
    const hint = existsSync(join(folder, "manifest.json")) ? "this is a results folder of a whole run, not a shard: it needs no merge" : "name the folders that `twin-trial simulate --shard K/N` wrote (each holds shard.json)";
    throw new InputError([shardIssue("SHARD_INVALID", folder, `no ${SHARD_MANIFEST} in ${folder}`, hint)]);
  }
  const manifest = parseShardManifest(readFileSync(manifestPath, "utf8"), manifestPath);
  const read = (file: string, what: string): Uint8Array => {
    const path = join(folder, file);
    if (!existsSync(path)) throw new InputError([shardIssue("SHARD_INCOMPLETE", path, `${what} is missing from the shard folder`, "copy the whole shard folder, or rerun that shard")]);
    return readFileSync(path);
  };
  const outcomes = read(SHARD_OUTCOMES, SHARD_OUTCOMES);
  if (sha256Hex(outcomes) !== manifest.outcomes.sha256) throw new InputError([shardIssue("SHARD_CHANGED", join(folder, SHARD_OUTCOMES), `${SHARD_OUTCOMES} is not the file shard.json pins (SHA-256 differs): it was changed after the shard ran`, "rerun that shard")]);
  const [input] = manifest.inputs;
  const cohort = read(input?.copy ?? "", `the cohort copy ${input?.copy ?? ""}`);
  if (sha256Hex(cohort) !== input?.sha256) throw new InputError([shardIssue("SHARD_CHANGED", join(folder, input?.copy ?? ""), "the cohort copy is not the cohort shard.json pins (SHA-256 differs)", "rerun that shard")]);
  return { folder, manifest, outcomes, cohort };
}

/** What every shard of one run shares: a shard with another value belongs to another run. */
function runKey(manifest: ShardManifest): Record<string, string | number> {
  return { "tool version": manifest.tool.version, "results format": manifest.results_format_version, seed: manifest.seed, replicates: manifest.replicates, "spec SHA-256": manifest.spec.sha256, "cohort SHA-256": manifest.inputs[0]?.sha256 ?? "", "shard count": manifest.shard.count };
}

/** Checks that the shards are the N shards of one run, each once, made by this version; returns them in shard order. */
function checkShards(shards: readonly ReadShard[]): ReadShard[] {
  const [first] = shards;
  // commander requires at least one folder (<shards...>).
  if (first === undefined) throw new InternalError("merge was called without shard folders");
  const issues: Issue[] = [];
  const expected = runKey(first.manifest);
  for (const shard of shards.slice(1)) {
    const key = runKey(shard.manifest);
    for (const [field, value] of Object.entries(expected)) {
      if (key[field] !== value) issues.push(shardIssue("SHARD_MISMATCH", join(shard.folder, SHARD_MANIFEST), `this shard has ${field} ${JSON.stringify(key[field])}, ${first.folder} has ${JSON.stringify(value)}: they are not shards of one run`, "merge the shards of one run (same spec, cohort, seed, replicates, --shard count and twin-trial version)"));
    }
  }
  if (first.manifest.tool.version !== toolVersion() || first.manifest.results_format_version !== RESULTS_FORMAT_VERSION) {
    issues.push(shardIssue("SHARD_VERSION", join(first.folder, SHARD_MANIFEST), `the shards were made by twin-trial ${first.manifest.tool.version} (results format ${first.manifest.results_format_version}), this is ${toolVersion()} (results format ${RESULTS_FORMAT_VERSION})`, `merge with the version that ran the shards: npx twin-trial@${first.manifest.tool.version} merge …`));
  }
  if (issues.length > 0) throw new InputError(issues);
  const { issues: setIssues, byIndex } = shardSetIssues(shards.map((shard) => ({ ...shard, index: shard.manifest.shard.index })), first.manifest.shard.count);
  if (setIssues.length > 0) throw new InputError(setIssues);
  return [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, shard]) => shard);
}

/** The outcomes of a shard, checked to be exactly its slice in order. */
function* shardOutcomes(shard: ReadShard): Generator<ReplicateOutcome> {
  const { from, to } = shard.manifest.shard;
  const file = join(shard.folder, SHARD_OUTCOMES);
  const lines = new TextDecoder().decode(shard.outcomes).split("\n");
  if (lines.at(-1) === "") lines.pop();
  const expected = Math.max(0, to - from + 1);
  if (lines.length !== expected) throw new InputError([shardIssue("SHARD_INVALID", file, `${SHARD_OUTCOMES} holds ${lines.length} replicates, the shard's slice ${from}–${to} has ${expected}`, "rerun that shard")]);
  for (const [at, line] of lines.entries()) {
    let outcome: ReplicateOutcome;
    try {
      outcome = decodeOutcome(line);
    } catch (error) {
      throw new InputError([{ code: "SHARD_INVALID", message: `line ${at + 1} is not a replicate outcome (${error instanceof Error ? error.message : String(error)})`, hint: "rerun that shard", location: { kind: "csv", file, row: at + 1 } }]);
    }
    if (outcome.replicate !== from + at) throw new InputError([{ code: "SHARD_INVALID", message: `line ${at + 1} is replicate ${outcome.replicate}, expected ${from + at}`, hint: "rerun that shard", location: { kind: "csv", file, row: at + 1 } }]);
    yield outcome;
  }
}

/**
 * `twin-trial merge`: joins the shard folders of one run into the results folder the
 * unsharded run writes, byte for byte (the manifest's run block apart). The trial is planned
 * again from the shards' recorded inputs; their outcomes are added in replicate order, and
 * the kept replicates' patients are simulated again (same streams, same numbers).
 */
export async function mergeCommand(folders: readonly string[], options: MergeOptions, io: CliIo, argv: readonly string[]): Promise<void> {
  const startedAt = io.now().toISOString();
  const required = parsePower(options.failUnderPower, "--fail-under-power", true);
  if (folders.some(isSweepShard)) {
    const joined = joinSweepShards(folders);
    const { runs } = joined;
    const record = required === undefined ? joined.record : { ...joined.record, failUnderPower: required };
    const out = options.out ?? `results/${record.trialId}-sweep`;
    checkOutputFolder(out, options.force);
    await finishSweep(record, runs, out, io, { startedAt, argv, force: options.force, quiet: options.quiet, json: options.json, format: reportFormatOf(options) });
    return;
  }
  const shards = checkShards(folders.map(readShard));
  const first = shards[0] as ReadShard;
  const recorded = first.manifest;
  const out = options.out ?? `results/${recorded.resolved_spec.trial.id}`;
  checkOutputFolder(out, options.force);
  const staging = mkdtempSync(join(tmpdir(), "twin-trial-merge-"));
  try {
    const specPath = stageInputs(staging, { resolvedSpec: recorded.resolved_spec, specFile: recorded.spec.file }, first.cohort, io);
    const prepared = prepareTrial(specPath, { seed: String(recorded.seed), replicates: String(recorded.replicates) });
    const datasets = requestedDatasets(options, prepared.plan.spec, io);
    const writer = ResultsWriter.open(out, { force: options.force, processId: io.processId });
    let result: TrialResult;
    try {
      const accumulator = new TrialAccumulator(prepared.plan, { onRows: (efficacy, safety) => writer.addRows(efficacy, safety) });
      for (const shard of shards) {
        for (const outcome of shardOutcomes(shard)) accumulator.add(outcome, accumulator.isKept(outcome.replicate) ? simulateReplicate(prepared.plan, outcome.replicate) : undefined);
        await new Promise((resolve) => setImmediate(resolve));
      }
      result = accumulator.result();
    } catch (error) {
      writer.abort();
      throw error;
    }
    const inputs = { spec: { file: recorded.spec.file, sha256: recorded.spec.sha256 }, cohort: { file: recorded.inputs[0]?.file ?? "", sha256: recorded.inputs[0]?.sha256 ?? "" }, resolvedSpec: recorded.resolved_spec };
    await writeTrialResults(result, inputs, writer, out, io, { startedAt, argv, quiet: options.quiet, json: options.json, datasets, format: reportFormatOf(options) });
    checkRequiredPower(result, required, out);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

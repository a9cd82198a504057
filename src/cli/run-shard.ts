import { SHARD_MANIFEST, SHARD_OUTCOMES, inputLayout, renderShardManifest, sha256Hex } from "../archive/index.js";
import { cohortFiles } from "../cohort/index.js";
import { InputError } from "../errors.js";
import { RESULTS_FORMAT_VERSION, writeResultsAtomically } from "../report/index.js";
import { encodeOutcome, shardSlice } from "../trial/index.js";
import type { CliIo } from "./cli-io.js";
import { computeReplicates, parallelWorthFromEnv } from "./compute-replicates.js";
import type { Overrides } from "./parse-overrides.js";
import type { PreparedTrial } from "./prepare-trial.js";
import { toolVersion } from "./tool-version.js";

/** The most shards a run may be cut into. */
export const MAX_SHARDS = 100_000;

/** One shard of a run: index K of count N, 1-based. */
export interface ShardChoice {
  readonly index: number;
  readonly count: number;
}

/** --shard K/N, e.g. 2/8; K from 1 to N. */
export function parseShard(text: string): ShardChoice {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match !== null && Number.isSafeInteger(index) && Number.isSafeInteger(count) && count >= 1 && count <= MAX_SHARDS && index >= 1 && index <= count) return { index, count };
  const hint = match !== null && index === 0 ? "shards count from 1: the first of 4 is --shard 1/4 (with a Kubernetes Indexed Job, use $((JOB_COMPLETION_INDEX + 1))/4)" : "e.g. --shard 2/8 runs the second of 8 slices of the replicates; join the 8 folders with twin-trial merge";
  throw new InputError([{ code: "USAGE_INVALID_VALUE", message: `--shard must be K/N with 1 ≤ K ≤ N ≤ ${MAX_SHARDS}, got ${JSON.stringify(text)}`, hint, location: { kind: "flag", flag: "--shard" } }]);
}

export interface ShardRun {
  readonly specFile: string;
  readonly overrides: Overrides;
  readonly startedAt: string;
  readonly argv: readonly string[];
  readonly workers: number;
  /** --workers not given: worker threads only when the slice is long (see computeReplicates). */
  readonly adaptive: boolean;
  readonly force: boolean;
  readonly quiet: boolean;
  readonly json: boolean;
}

/**
 * Computes one slice of the replicates and writes a shard folder: shard.json, the outcomes
 * (one exact JSON line per replicate) and a copy of the cohort under inputs/, so that merge
 * needs nothing but the shard folders.
 */
export async function runShard(prepared: PreparedTrial, shard: ShardChoice, out: string, io: CliIo, run: ShardRun): Promise<void> {
  const { spec } = prepared.plan;
  const files = cohortFiles(spec.cohort);
  if (files.length > 1) throw new InputError([{ code: "COHORT_SEVERAL_FILES", message: `--shard copies one cohort file into each shard folder, and this cohort is read from ${files.length} files (${files.join(", ")})`, hint: "run without --shard: --workers N still spreads the replicates over N threads", location: { kind: "flag", flag: "--shard" } }]);
  const slice = shardSlice(spec.trial.replicates, shard.index, shard.count);
  const lines: string[] = [];
  if (slice.from <= slice.to) {
    const options = { ...slice, workers: run.workers, adaptive: run.adaptive, ...parallelWorthFromEnv(io), quiet: run.quiet, label: `simulating ${spec.trial.id}, shard ${shard.index}/${shard.count}`, specFile: run.specFile, overrides: run.overrides };
    await computeReplicates(prepared, io, options, (outcome) => lines.push(`${encodeOutcome(outcome)}\n`));
  }
  const outcomes = new TextEncoder().encode(lines.join(""));
  const copy = inputLayout(prepared.cohort.specPath).cohortPath;
  const manifest = renderShardManifest({
    toolVersion: toolVersion(),
    resultsFormatVersion: RESULTS_FORMAT_VERSION,
    shard: { index: shard.index, count: shard.count, ...slice },
    spec: { file: prepared.loaded.file.split(/[\\/]/).pop() ?? prepared.loaded.file, sha256: prepared.loaded.sha256 },
    cohort: { file: prepared.cohort.specPath, sha256: prepared.cohort.sha256, copy },
    outcomes: { bytes: outcomes.length, sha256: sha256Hex(outcomes) },
    resolvedSpec: spec,
    run: { startedAt: run.startedAt, ...io.runtime, command: ["twin-trial", ...run.argv] },
  });
  writeResultsAtomically(out, [{ file: SHARD_OUTCOMES, content: outcomes }, { file: copy, content: prepared.cohort.bytes }, { file: SHARD_MANIFEST, content: manifest }], { force: run.force, processId: io.processId });
  const replicates = Math.max(0, slice.to - slice.from + 1);
  if (run.json) io.stdout.write(`${JSON.stringify({ shard: { index: shard.index, count: shard.count, from: slice.from, to: slice.to }, replicates, folder: out }, null, 2)}\n`);
  else if (run.quiet) io.stdout.write(`${out}\n`);
  else io.stdout.write(`shard ${shard.index} of ${shard.count}: replicates ${replicates === 0 ? "none" : `${slice.from}–${slice.to}`} of ${spec.trial.replicates} → ${out}\njoin all ${shard.count} shard folders with: twin-trial merge <folders...> --out <results folder>\n`);
}

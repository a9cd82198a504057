import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InputError, type Issue } from "../errors.js";
import { RESULTS_FORMAT_VERSION, writeResultsAtomically, type SweepPointRun } from "../report/index.js";
import { plainPointRun } from "../report/index.js";
import type { SweepField } from "../sweep/index.js";
import { decodeExact, encodeExact } from "../trial/index.js";
import type { CliIo } from "./cli-io.js";
import { shardSetIssues } from "./shard-set-issues.js";
import { toolVersion } from "./tool-version.js";

/** The file a sweep shard folder holds. */
export const SWEEP_SHARD_FILE = "sweep-shard.json";
const SWEEP_SHARD_KIND = "twin-trial sweep shard";

/** What a sweep is, apart from its points' results: what its outputs and manifest say. */
export interface SweepRecord {
  readonly trialId: string;
  readonly title: string;
  readonly seed: number;
  readonly replicates: number;
  readonly spec: { readonly file: string; readonly sha256: string };
  readonly cohort: { readonly file: string; readonly sha256: string };
  readonly fields: readonly SweepField[];
  /** Points of the whole grid. */
  readonly points: number;
  readonly targetPower: number | undefined;
  readonly failUnderPower: number | undefined;
  /** The spec file's text: the points are edits of it (replay reruns them from it). */
  readonly specText: string;
  /** The base spec resolved, with --seed and --replicates. */
  readonly resolvedSpec: unknown;
}

interface SweepShard {
  readonly kind: string;
  readonly tool: { readonly version: string };
  readonly results_format_version: number;
  readonly shard: { readonly index: number; readonly count: number; readonly from: number; readonly to: number };
  readonly record: SweepRecord;
  readonly runs: readonly SweepPointRun[];
}

/**
 * Writes a sweep shard folder: sweep-shard.json with the sweep's record and the operating
 * characteristics of its slice of points, every number exact, so that merge writes the bytes
 * of the unsharded sweep.
 */
export function writeSweepShard(record: SweepRecord, runs: readonly SweepPointRun[], shard: SweepShard["shard"], out: string, io: CliIo, run: { force: boolean; quiet: boolean; json: boolean }): void {
  const content: SweepShard = { kind: SWEEP_SHARD_KIND, tool: { version: toolVersion() }, results_format_version: RESULTS_FORMAT_VERSION, shard, record: { ...record, targetPower: record.targetPower, failUnderPower: record.failUnderPower }, runs: runs.map(plainPointRun) };
  writeResultsAtomically(out, [{ file: SWEEP_SHARD_FILE, content: `${encodeExact(content, 1)}\n` }], { force: run.force, processId: io.processId });
  const points = Math.max(0, shard.to - shard.from + 1);
  if (run.json) io.stdout.write(`${JSON.stringify({ shard, points, folder: out }, null, 2)}\n`);
  else if (run.quiet) io.stdout.write(`${out}\n`);
  else io.stdout.write(`sweep shard ${shard.index} of ${shard.count}: points ${points === 0 ? "none" : `${shard.from}–${shard.to}`} of ${record.points} → ${out}\njoin all ${shard.count} shard folders with: twin-trial merge <folders...> --out <results folder>\n`);
}

/** Whether a folder is a sweep shard (merge joins those differently from replicate shards). */
export function isSweepShard(folder: string): boolean {
  return existsSync(join(folder, SWEEP_SHARD_FILE));
}

function shardIssue(code: string, file: string, message: string, hint: string): Issue {
  return { code, message, hint, location: { kind: "file", file } };
}

function readSweepShard(folder: string): SweepShard & { folder: string } {
  const file = join(folder, SWEEP_SHARD_FILE);
  if (!existsSync(file)) throw new InputError([shardIssue("SHARD_MISMATCH", folder, `${folder} is not a sweep shard (no ${SWEEP_SHARD_FILE}), but other folders given are`, "merge the shards of one sweep, or the shards of one simulate run, not both")]);
  let shard: SweepShard;
  try {
    shard = decodeExact(readFileSync(file, "utf8")) as SweepShard;
  } catch {
    throw new InputError([shardIssue("SHARD_INVALID", file, `${SWEEP_SHARD_FILE} is not valid JSON`, "rerun that sweep shard")]);
  }
  if (shard.kind !== SWEEP_SHARD_KIND || !Array.isArray(shard.runs) || typeof shard.shard?.index !== "number") throw new InputError([shardIssue("SHARD_INVALID", file, `${SWEEP_SHARD_FILE} is not a twin-trial sweep shard`, "merge the folders `twin-trial sweep --shard K/N` wrote")]);
  return { ...shard, folder };
}

/**
 * Reads the sweep shard folders, checks they are the N shards of one sweep (same tool
 * version, spec, cohort, seed, replicates, grid and targets), each once, and returns the
 * record and every point's run in point order.
 */
export function joinSweepShards(folders: readonly string[]): { record: SweepRecord; runs: SweepPointRun[] } {
  const shards = folders.map(readSweepShard);
  const [first] = shards;
  if (first === undefined) throw new InputError([{ code: "SHARD_MISSING", message: "no sweep shard folders", hint: "name the folders `twin-trial sweep --shard K/N` wrote" }]);
  const key = (shard: SweepShard): string => JSON.stringify([shard.tool.version, shard.results_format_version, shard.shard.count, shard.record]);
  const issues: Issue[] = shards.filter((shard) => key(shard) !== key(first)).map((shard) => shardIssue("SHARD_MISMATCH", join(shard.folder, SWEEP_SHARD_FILE), `this sweep shard is not of the same sweep as ${first.folder} (tool version, spec, cohort, seed, replicates, grid, targets or shard count differ)`, "merge the N shards of one sweep"));
  issues.push(...shardSetIssues(shards.map((shard) => ({ ...shard, index: shard.shard.index })), first.shard.count).issues);
  if (first.tool.version !== toolVersion() || first.results_format_version !== RESULTS_FORMAT_VERSION) issues.push(shardIssue("SHARD_VERSION", first.folder, `the shards were made by twin-trial ${first.tool.version} (results format ${first.results_format_version}), this is ${toolVersion()} (results format ${RESULTS_FORMAT_VERSION})`, `merge with the version that ran the shards: npx twin-trial@${first.tool.version} merge …`));
  if (issues.length > 0) throw new InputError(issues);
  const runs = [...shards].sort((a, b) => a.shard.index - b.shard.index).flatMap((shard) => shard.runs);
  runs.forEach((run, at) => {
    if (run.point.index !== at + 1) throw new InputError([shardIssue("SHARD_INVALID", first.folder, `the shards hold point ${run.point.index} where point ${at + 1} was expected`, "rerun the sweep shards")]);
  });
  if (runs.length !== first.record.points) throw new InputError([shardIssue("SHARD_INVALID", first.folder, `the shards hold ${runs.length} points, the sweep has ${first.record.points}`, "rerun the sweep shards")]);
  return { record: first.record, runs };
}

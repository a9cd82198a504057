import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { resultFiles } from "../helpers/results-files.js";

/**
 * DESIGN.md: a replicate's results depend only on the spec, the cohort, the seed and the
 * replicate index — never on the number of worker threads, the shard that ran it or the
 * order replicates finished in. These tests run the built executable (worker threads load
 * dist/), so they cover the real thread pool and the real shard files.
 */
const BIN = new URL("../../bin/twin-trial.js", import.meta.url).pathname;
const SPECS = new URL("../../trial-specs/", import.meta.url).pathname;

function twinTrial(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function simulate(spec: string, out: string, extra: readonly string[]): void {
  const run = twinTrial(["simulate", join(SPECS, spec), "--out", out, "--quiet", ...extra]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
}

/** Every file of a results folder; manifest.json without its run block (DESIGN.md: the one block that may differ). */
function resultsOf(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const file of resultFiles(folder)) {
    const text = readFileSync(join(folder, file), "utf8");
    files.set(file, file === "manifest.json" ? text.replace(/\n {2}"run": \{[\s\S]*\n {2}\}\n\}\n$/, "\n}\n") : text);
  }
  return files;
}

function expectSameResults(actual: string, expected: string): void {
  const a = resultsOf(actual);
  const b = resultsOf(expected);
  expect([...a.keys()]).toEqual([...b.keys()]);
  expect(a.get("manifest.json")).toContain('"outputs"');
  expect(a.get("manifest.json")).not.toContain('"run": {');
  for (const [file, text] of b) expect(a.get(file), file).toBe(text);
}

const scratch = (): string => mkdtempSync(join(tmpdir(), "twin-trial-parallel-"));

describe("worker threads give the bytes of one thread", () => {
  // One spec per kind of outcome: PK + continuous visits + AEs, time to event + Cox, time-driven AEs with dose changes and dropout, the designs with matching and PROCOVA.
  it.each([
    ["pbc-phase2.yaml", "13"],
    ["pbc-survival.yaml", "9"],
    ["oncology-dose-modification.yaml", "5"],
    ["pbc-synthetic-control.yaml", "7"],
  ])("%s, %s replicates: --workers 3 = --workers 1", (spec, replicates) => {
    const folder = scratch();
    simulate(spec, join(folder, "one"), ["--replicates", replicates, "--workers", "1"]);
    simulate(spec, join(folder, "three"), ["--replicates", replicates, "--workers", "3"]);
    expectSameResults(join(folder, "three"), join(folder, "one"));
  }, 120_000);
});

describe("an adaptive run (no --workers) that hands the rest to worker threads gives the bytes of one thread", () => {
  it("oncology-dose-modification, 9 replicates, the switch forced after two 100 ms windows", () => {
    const folder = scratch();
    simulate("oncology-dose-modification.yaml", join(folder, "one"), ["--replicates", "9", "--workers", "1"]);
    const run = spawnSync(process.execPath, [BIN, "simulate", join(SPECS, "oncology-dose-modification.yaml"), "--replicates", "9", "--out", join(folder, "adaptive"), "--quiet"], { encoding: "utf8", env: { ...process.env, TWIN_TRIAL_PARALLEL_WORTH_MS: "0" } });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expectSameResults(join(folder, "adaptive"), join(folder, "one"));
  }, 60_000);
});

describe("shards and merge give the bytes of the unsharded run", () => {
  it("pbc-turnover, 6 replicates in 4 shards (the 2 kept replicates in two shards), merged in any order", () => {
    const folder = scratch();
    simulate("pbc-turnover.yaml", join(folder, "whole"), ["--replicates", "6", "--workers", "1"]);
    for (const k of [1, 2, 3, 4]) simulate("pbc-turnover.yaml", join(folder, `shard-${k}`), ["--replicates", "6", "--shard", `${k}/4`, "--workers", k % 2 === 0 ? "2" : "1"]);
    const slices = [1, 2, 3, 4].map((k) => (JSON.parse(readFileSync(join(folder, `shard-${k}`, "shard.json"), "utf8")) as { shard: { from: number; to: number } }).shard);
    expect(slices).toEqual([
      { index: 1, count: 4, from: 1, to: 1 },
      { index: 2, count: 4, from: 2, to: 3 },
      { index: 3, count: 4, from: 4, to: 4 },
      { index: 4, count: 4, from: 5, to: 6 },
    ]);
    const merge = twinTrial(["merge", ...[3, 1, 4, 2].map((k) => join(folder, `shard-${k}`)), "--out", join(folder, "merged"), "--quiet"]);
    expect(merge.stderr).toBe("");
    expect(merge.status).toBe(0);
    expectSameResults(join(folder, "merged"), join(folder, "whole"));
  }, 120_000);

  it("more shards than replicates: the empty shards merge too", () => {
    const folder = scratch();
    simulate("pbc-survival.yaml", join(folder, "whole"), ["--replicates", "2", "--workers", "1"]);
    for (const k of [1, 2, 3]) simulate("pbc-survival.yaml", join(folder, `shard-${k}`), ["--replicates", "2", "--shard", `${k}/3`]);
    expect(readFileSync(join(folder, "shard-1", "outcomes.jsonl"), "utf8")).toBe("");
    const merge = twinTrial(["merge", join(folder, "shard-1"), join(folder, "shard-2"), join(folder, "shard-3"), "--out", join(folder, "merged"), "--quiet"]);
    expect(merge.status).toBe(0);
    expectSameResults(join(folder, "merged"), join(folder, "whole"));
  }, 60_000);

  it("a merged run replays byte for byte with 2 workers, and so does a committed archive", () => {
    const folder = scratch();
    for (const k of [1, 2]) simulate("pbc-phase2.yaml", join(folder, `shard-${k}`), ["--replicates", "8", "--shard", `${k}/2`]);
    expect(twinTrial(["merge", join(folder, "shard-1"), join(folder, "shard-2"), "--out", join(folder, "merged"), "--quiet"]).status).toBe(0);
    const replay = twinTrial(["replay", join(folder, "merged"), "--cohort", join(SPECS, "../cohorts/pbc_baseline.csv"), "--workers", "2"]);
    expect(replay.stderr).toBe("");
    // 10 outputs and manifest.json, plus 4 figures (virtual cohort, concentration–time, exposure–response, forest).
    expect(replay.stdout).toContain("all 14 files are identical");
    expect(replay.status).toBe(0);
    const archive = new URL("../archives/pbc-survival.tgz", import.meta.url).pathname;
    const archived = twinTrial(["replay", archive, "--workers", "2"]);
    // pbc-survival's figures: virtual cohort, Kaplan–Meier, forest.
    expect(archived.stdout).toContain("all 13 files are identical");
    expect(archived.status).toBe(0);
  }, 120_000);
});

describe("merge refuses what is not one complete run", () => {
  function shards(folder: string): void {
    for (const k of [1, 2, 3]) simulate("power-check.yaml", join(folder, `shard-${k}`), ["--replicates", "30", "--shard", `${k}/3`, "--workers", "1"]);
  }

  it("names the missing shard, the duplicate, the foreign shard and the edited outcomes, each with exit 2", () => {
    const folder = scratch();
    shards(folder);
    const missing = twinTrial(["merge", join(folder, "shard-1"), join(folder, "shard-3"), "--out", join(folder, "out")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe("twin-trial: error SHARD_MISSING: shard 2 of 3 is missing\n  hint: merge needs all 3 shard folders; run the missing ones with --shard K/3\n");
    const duplicate = twinTrial(["merge", join(folder, "shard-1"), join(folder, "shard-2"), join(folder, "shard-2"), join(folder, "shard-3"), "--out", join(folder, "out")]);
    expect(duplicate.status).toBe(2);
    expect(duplicate.stderr).toContain(`error SHARD_DUPLICATE: shard 2/3 is given twice (also ${join(folder, "shard-2")})`);
    simulate("power-check.yaml", join(folder, "other-seed"), ["--replicates", "30", "--shard", "2/3", "--seed", "7", "--workers", "1"]);
    const foreign = twinTrial(["merge", join(folder, "shard-1"), join(folder, "other-seed"), join(folder, "shard-3"), "--out", join(folder, "out")]);
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toContain("error SHARD_MISMATCH: this shard has seed 7, ");
    const outcomes = join(folder, "shard-2", "outcomes.jsonl");
    writeFileSync(outcomes, readFileSync(outcomes, "utf8").replace(/"estimate":(-?[0-9])/, '"estimate":9$1'));
    const edited = twinTrial(["merge", join(folder, "shard-1"), join(folder, "shard-2"), join(folder, "shard-3"), "--out", join(folder, "out")]);
    expect(edited.status).toBe(2);
    expect(edited.stderr).toContain("error SHARD_CHANGED: outcomes.jsonl is not the file shard.json pins (SHA-256 differs): it was changed after the shard ran");
    expect(existsSync(join(folder, "out"))).toBe(false);
  }, 60_000);

  it("refuses bad --workers and --shard values before any work", () => {
    for (const [flag, value, message] of [
      ["--workers", "0", '--workers must be a whole number from 1 to 256, got "0"'],
      ["--workers", "two", '--workers must be a whole number from 1 to 256, got "two"'],
      ["--shard", "0/4", '--shard must be K/N with 1 ≤ K ≤ N ≤ 100000, got "0/4"'],
      ["--shard", "5/4", '--shard must be K/N with 1 ≤ K ≤ N ≤ 100000, got "5/4"'],
      ["--shard", "2", '--shard must be K/N with 1 ≤ K ≤ N ≤ 100000, got "2"'],
    ] as const) {
      const run = twinTrial(["simulate", join(SPECS, "power-check.yaml"), flag, value, "--out", join(scratch(), "never")]);
      expect(run.status, `${flag} ${value}`).toBe(2);
      expect(run.stderr).toContain(`error USAGE_INVALID_VALUE: ${message}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(twinTrial(["simulate", join(SPECS, "power-check.yaml"), "--shard", "0/4"]).stderr).toContain("hint: shards count from 1: the first of 4 is --shard 1/4 (with a Kubernetes Indexed Job, use $((JOB_COMPLETION_INDEX + 1))/4)");
  }, 60_000);
});

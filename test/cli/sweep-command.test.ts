import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleSpecText, makeWorkspace, runCli, writeWorkspaceFile } from "../helpers/cli.js";

const TRIAL = JSON.parse(readFileSync(new URL("../reference/trial.json", import.meta.url), "utf8")) as {
  analytic: { n50: { pwr_t_test: number }; n100: { pwr_t_test: number } };
  sample_size: { power_80: { pwr_t_test_n_per_arm: number } };
};
const BIN = new URL("../../bin/twin-trial.js", import.meta.url).pathname;

function csvRows(text: string): string[][] {
  return text.trimEnd().split("\n").map((line) => line.split(","));
}

describe("twin-trial sweep", () => {
  it("W1/W2 (power-check at 50 and 100 per arm): each point's power is within 3 MCSE of the exact noncentral-t power (pwr::pwr.t.test)", async () => {
    const root = makeWorkspace();
    const spec = writeWorkspaceFile(root, "specs/power.yaml", exampleSpecText("power-check.yaml"));
    const run = await runCli(["sweep", spec, "--vary", "population.n_per_arm=50,100", "--replicates", "4000", "--out", join(root, "sweep"), "--json"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { ok: boolean; points: { values: Record<string, number>; primary: { rate: number; mcse: number }[] }[] };
    expect(json.ok).toBe(true);
    const exact = [TRIAL.analytic.n50.pwr_t_test, TRIAL.analytic.n100.pwr_t_test];
    json.points.forEach((point, at) => {
      const [primary] = point.primary;
      const p = exact[at] as number;
      expect(Math.abs((primary?.rate ?? 0) - p)).toBeLessThan(3 * Math.sqrt((p * (1 - p)) / 4000));
    });
    expect(json.points.map((point) => point.values["population.n_per_arm"])).toEqual([50, 100]);
  });

  it("a point's summary.csv rows are the bytes simulate writes for the spec with that value (same seed: common random numbers)", async () => {
    const root = makeWorkspace();
    const text = exampleSpecText("power-check.yaml");
    const spec = writeWorkspaceFile(root, "specs/power.yaml", text);
    expect((await runCli(["sweep", spec, "--vary", "population.n_per_arm=30,70", "--replicates", "300", "--out", join(root, "sweep"), "--quiet"])).code).toBe(0);
    const edited = writeWorkspaceFile(root, "specs/power-70.yaml", text.replace("n_per_arm: 50", "n_per_arm: 70"));
    expect((await runCli(["simulate", edited, "--replicates", "300", "--out", join(root, "plain"), "--quiet"])).code).toBe(0);
    const sweep = csvRows(readFileSync(join(root, "sweep", "summary.csv"), "utf8"));
    const plain = csvRows(readFileSync(join(root, "plain", "summary.csv"), "utf8"));
    expect(sweep[0]?.slice(0, 2)).toEqual(["point", "population.n_per_arm"]);
    expect(sweep[0]?.slice(2)).toEqual(plain[0]);
    expect(sweep.filter((row) => row[0] === "2").map((row) => row.slice(2))).toEqual(plain.slice(1));
    expect(sweep.filter((row) => row[0] === "2").every((row) => row[1] === "70")).toBe(true);
  });

  it("--target-power: the 80% crossing of a 40..100 curve brackets the exact 63.77 per arm, and sweep.md says so", async () => {
    const root = makeWorkspace();
    const spec = writeWorkspaceFile(root, "specs/power.yaml", exampleSpecText("power-check.yaml"));
    const run = await runCli(["sweep", spec, "--vary", "population.n_per_arm=40..100 step 10", "--replicates", "3000", "--target-power", "0.8", "--out", join(root, "sweep"), "--json"]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as { targets: { smallest: { value: number }; crossing: { estimate: number; lower: number; upper: number } }[] };
    const [target] = json.targets;
    const exact = TRIAL.sample_size.power_80.pwr_t_test_n_per_arm;
    expect(target?.smallest.value).toBe(70);
    expect(target?.crossing.lower).toBeLessThan(exact);
    expect(target?.crossing.upper).toBeGreaterThan(exact);
    expect((target?.crossing.upper ?? 0) - (target?.crossing.lower ?? 0)).toBeLessThan(10);
    const report = readFileSync(join(root, "sweep", "sweep.md"), "utf8");
    expect(report).toContain("## Target power 80.0%");
    expect(report).toMatch(/\| population\.n_per_arm \| outcome treatment vs placebo, welch \| — \| 70 \| \d+\.\d% ± \d\.\d \| \d+\.\d+ \(\d+\.\d+–\d+\.\d+\) \|/);
  });

  it("reads the spec's sweep block; --fail-under-power exits 4 after writing, naming the point", async () => {
    const root = makeWorkspace();
    const spec = writeWorkspaceFile(root, "specs/power.yaml", `${exampleSpecText("power-check.yaml")}\nsweep:\n  vary:\n    - {path: population.n_per_arm, values: [20, 100]}\n  target_power: 0.8\n`);
    const run = await runCli(["sweep", spec, "--replicates", "400", "--fail-under-power", "0.8", "--out", join(root, "sweep")]);
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(/^power below the required 0\.8: 1 primary hypothesis-point pair, e\.g\. point 1 \(population\.n_per_arm=20\): outcome treatment vs placebo, welch has power 0\.\d+ \(results written to .*sweep\)\n$/);
    expect(run.stdout).toContain("target 0.8: outcome treatment vs placebo, welch: smallest population.n_per_arm = 100");
    expect(readFileSync(join(root, "sweep", "sweep.md"), "utf8")).toContain("Not met at point 1: the sweep exits with code 4.");
  });

  it.each([
    [["--vary", "arms.treatmnt.regimen.dose_mg=1,2"], '--vary: error USAGE_INVALID_VALUE: point 1 (arms.treatmnt.regimen.dose_mg=1): arms has no item "treatmnt"\n  hint: name an item by its id (placebo, treatment) or its position from 0\n'],
    [["--vary", "population.n_per_arm=1,50"], "--vary: error SPEC_INVALID_VALUE: point 1 (population.n_per_arm=1): "],
    [["--vary", "population.n_per_arm"], '--vary: error USAGE_INVALID_VALUE: "population.n_per_arm" is not PATH=VALUES'],
    [["--vary", "population.n_per_arm=90..30 step 10"], "the range \"90..30 step 10\" ends before it starts"],
    [[], "--vary: error USAGE_INVALID_VALUE: sweep needs at least one field to vary"],
    [["--vary", "population.n_per_arm=50", "--target-power", "80"], '--target-power must be a power between 0 and 1, got "80"'],
  ])("refuses %j with exit 2 before any work", async (args, message) => {
    const root = makeWorkspace();
    const spec = writeWorkspaceFile(root, "specs/power.yaml", exampleSpecText("power-check.yaml"));
    const run = await runCli(["sweep", spec, ...args, "--out", join(root, "sweep")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("--shard K/N slices the points; merge joins the sweep shards into the unsharded bytes, and refuses shards of another sweep", async () => {
    const root = makeWorkspace();
    const spec = writeWorkspaceFile(root, "specs/power.yaml", exampleSpecText("power-check.yaml"));
    const args = ["--vary", "population.n_per_arm=30..70 step 10", "--replicates", "150", "--target-power", "0.5"];
    expect((await runCli(["sweep", spec, ...args, "--out", join(root, "whole"), "--quiet"])).code).toBe(0);
    for (const k of [1, 2, 3]) expect((await runCli(["sweep", spec, ...args, "--shard", `${k}/3`, "--out", join(root, `shard-${k}`), "--quiet"])).code).toBe(0);
    const merge = await runCli(["merge", join(root, "shard-3"), join(root, "shard-1"), join(root, "shard-2"), "--out", join(root, "merged"), "--quiet"]);
    expect(merge.stderr).toBe("");
    expect(merge.code).toBe(0);
    for (const file of ["summary.csv", "sweep.md"]) expect(readFileSync(join(root, "merged", file), "utf8")).toBe(readFileSync(join(root, "whole", file), "utf8"));
    const withoutRun = (folder: string) => readFileSync(join(root, folder, "manifest.json"), "utf8").replace(/"run": \{[\s\S]*$/, "");
    expect(withoutRun("merged")).toBe(withoutRun("whole"));
    expect((await runCli(["sweep", spec, ...args.slice(0, -1), "0.6", "--shard", "2/3", "--out", join(root, "other"), "--quiet"])).code).toBe(0);
    const mismatch = await runCli(["merge", join(root, "shard-1"), join(root, "other"), join(root, "shard-3"), "--out", join(root, "bad")]);
    expect(mismatch.code).toBe(2);
    expect(mismatch.stderr).toContain("error SHARD_MISMATCH: this sweep shard is not of the same sweep as");
    expect((await runCli(["simulate", spec, "--replicates", "10", "--shard", "2/3", "--out", join(root, "run-shard"), "--quiet"])).code).toBe(0);
    const mixed = await runCli(["merge", join(root, "shard-1"), join(root, "run-shard"), join(root, "shard-3"), "--out", join(root, "bad")]);
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("is not a sweep shard (no sweep-shard.json), but other folders given are");
  });

  it("simulate --fail-under-power guards one design: exit 4 after writing, exit 0 when met; refused on a shard, checked by merge", async () => {
    const root = makeWorkspace();
    const spec = writeWorkspaceFile(root, "specs/power.yaml", exampleSpecText("power-check.yaml"));
    const failed = await runCli(["simulate", spec, "--replicates", "400", "--fail-under-power", "0.8", "--out", join(root, "run"), "--quiet"]);
    expect(failed.code).toBe(4);
    expect(failed.stderr).toMatch(/^power below the required 0\.8: outcome treatment vs placebo, welch has power 0\.\d+ \(results written to .*run\)\n$/);
    expect(readFileSync(join(root, "run", "summary.csv"), "utf8")).toContain("power");
    expect((await runCli(["simulate", spec, "--replicates", "400", "--fail-under-power", "0.5", "--out", join(root, "run"), "--force", "--quiet"])).code).toBe(0);
    const shard = await runCli(["simulate", spec, "--shard", "1/2", "--fail-under-power", "0.5", "--out", join(root, "shard")]);
    expect(shard.code).toBe(2);
    expect(shard.stderr).toContain("--fail-under-power needs the whole run, and a shard has a slice of it");
    for (const k of [1, 2]) expect((await runCli(["simulate", spec, "--replicates", "400", "--shard", `${k}/2`, "--out", join(root, `shard-${k}`), "--quiet"])).code).toBe(0);
    const merged = await runCli(["merge", join(root, "shard-1"), join(root, "shard-2"), "--fail-under-power", "0.8", "--out", join(root, "merged"), "--quiet"]);
    expect(merged.code).toBe(4);
    expect(readFileSync(join(root, "merged", "summary.csv"), "utf8")).toBe(readFileSync(join(root, "run", "summary.csv"), "utf8"));
  });

  it("replays byte for byte from its folder and from its archive (the points are edits of the recorded spec text), and finds an edited sweep.md", async () => {
    const root = makeWorkspace();
    const spec = writeWorkspaceFile(root, "specs/power.yaml", exampleSpecText("power-check.yaml"));
    const cohort = join(root, "cohorts", "pbc_baseline.csv");
    const out = join(root, "sweep");
    expect((await runCli(["sweep", spec, "--vary", "population.n_per_arm=30,40", "--vary", "analysis.alternative=two-sided,greater", "--replicates", "60", "--target-power", "0.5", "--fail-under-power", "0.9", "--out", out, "--quiet"])).code).toBe(4);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { kind: string; spec_text: string; sweep: { target_power: number; fail_under_power: number } };
    expect(manifest.kind).toBe("sweep");
    expect(manifest.spec_text).toBe(exampleSpecText("power-check.yaml"));
    expect(manifest.sweep).toMatchObject({ target_power: 0.5, fail_under_power: 0.9 });
    const replay = await runCli(["replay", out, "--cohort", cohort]);
    expect(replay.stderr).toBe("");
    // summary.csv, sweep.md, manifest.json and the power curve of the numeric field (figures/power-population.n_per_arm.svg).
    expect(replay.stdout).toContain("all 4 files are identical");
    expect(replay.code).toBe(0);
    expect((await runCli(["archive", out, "-o", join(root, "sweep.tgz"), "--cohort", cohort, "--spec", spec])).code).toBe(0);
    const archived = await runCli(["replay", join(root, "sweep.tgz")]);
    expect(archived.stdout).toContain("all 4 files are identical");
    expect(archived.code).toBe(0);
    writeFileSync(join(out, "sweep.md"), readFileSync(join(out, "sweep.md"), "utf8").replace("| 1 | 30 |", "| 1 | 31 |"));
    const edited = await runCli(["replay", out, "--cohort", cohort]);
    expect(edited.code).toBe(3);
    expect(edited.stdout).toMatch(/^sweep\.md +DIFFERENT$/m);
  });

  it("gives the same bytes with 2 worker threads as with 1 (the built executable)", () => {
    const root = makeWorkspace();
    const spec = writeWorkspaceFile(root, "specs/phase2.yaml", exampleSpecText());
    const outputs = ["1", "2"].map((workers) => {
      const out = join(root, `sweep-${workers}`);
      const run = spawnSync(process.execPath, [BIN, "sweep", spec, "--vary", "population.n_per_arm=20,30", "--vary", "arms.high.regimen.dose_mg=100,200", "--replicates", "12", "--workers", workers, "--out", out, "--quiet"], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      return ["summary.csv", "sweep.md"].map((file) => readFileSync(join(out, file), "utf8"));
    });
    expect(outputs[1]).toEqual(outputs[0]);
  }, 60_000);
});

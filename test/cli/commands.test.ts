import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleSpecText, makeWorkspace, runCli, writeWorkspaceFile } from "../helpers/cli.js";

const VERSION = (JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }).version;

describe("twin-trial --help and --version", () => {
  it("prints the version", async () => {
    const run = await runCli(["--version"]);
    expect(run).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: "" });
  });

  it("prints help with examples and exit codes", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: twin-trial [options] [command]");
    expect(run.stdout).toContain("simulate [options] <spec>");
    expect(run.stdout).toContain("validate [options] <spec>");
    expect(run.stdout).toContain("$ twin-trial simulate trial-specs/pbc-phase2.yaml --replicates 2000 --seed 7 --out results/run-7");
    expect(run.stdout).toContain("Exit codes: 0 success, 1 internal error, 2 usage/spec/cohort error, 3 replay difference, 130 interrupted.");
    const simulate = await runCli(["simulate", "--help"]);
    expect(simulate.stdout).toContain("--replicates <n>");
    expect(simulate.stdout).toContain("$ twin-trial simulate trial-specs/pbc-phase2.yaml --replicates 200");
  });

  it("with no arguments shows help and exits 2", async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("Usage: twin-trial");
  });
});

describe("twin-trial validate", () => {
  it("says what a run would do, and exits 0", async () => {
    const run = await runCli(["validate", "trial-specs/pbc-phase2.yaml"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(
      [
        "trial-specs/pbc-phase2.yaml: ok",
        "trial pbc-phase2: Phase 2 dose-ranging trial of a hypothetical drug in primary biliary cholangitis",
        "cohort ../cohorts/pbc_baseline.csv: 312 patients, 273 eligible (age from 18 to 75: −3; bili ≤ 10: −24; no ascites: −12)",
        "population: smoothed-bootstrap, 180 virtual patients per trial, each treated patient with a twin under control",
        "arms:",
        "  placebo (control): no drug, 60 patients per trial",
        "  low (treatment): 50 mg oral every 24 h × 84 doses, 60 patients per trial",
        "  high (treatment): 200 mg oral every 24 h × 84 doses, 60 patients per trial",
        "endpoints: albumin_change (continuous: welch, ancova; two-sided); alpha 0.05, multiplicity none",
        "adverse events: nausea, alt_increased",
        "replicates: 500, seed 20261127, results folder: results/pbc-phase2",
        "",
      ].join("\n"),
    );
  });

  it("--json and overrides", async () => {
    const run = await runCli(["validate", "trial-specs/pbc-phase2.yaml", "--json", "--replicates", "7", "--seed", "3"]);
    const summary = JSON.parse(run.stdout) as { replicates: number; seed: number; patients_per_trial: number; arms: { id: string; doses: number }[] };
    expect(summary.replicates).toBe(7);
    expect(summary.seed).toBe(3);
    expect(summary.patients_per_trial).toBe(180);
    expect(summary.arms.map((arm) => [arm.id, arm.doses])).toEqual([["placebo", 0], ["low", 84], ["high", 84]]);
  });

  it("exits 2 on a bad spec", async () => {
    const root = makeWorkspace();
    const path = writeWorkspaceFile(root, join("specs", "bad.yaml"), exampleSpecText().replace("n_per_arm: 60", "n_per_arm: 1"));
    const run = await runCli(["validate", path]);
    expect(run.code).toBe(2);
    expect(run.stderr.replaceAll(root, "<tmp>")).toBe("<tmp>/specs/bad.yaml:39:14: error SPEC_INVALID_VALUE: population.n_per_arm must be >= 2, got 1\n  hint: n_per_arm — virtual patients in every arm\n");
  });
});

describe("twin-trial simulate output modes", () => {
  it("--json prints only JSON on stdout", async () => {
    const root = makeWorkspace();
    const run = await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "3", "--json", "--out", join(root, "r")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const summary = JSON.parse(run.stdout) as { ok: boolean; replicates: number; report: string; summary: { method: string; quantity: string }[] };
    expect(summary.ok).toBe(true);
    expect(summary.replicates).toBe(3);
    expect(summary.report).toBe(join(root, "r", "report.md"));
    expect(summary.summary.map((entry) => `${entry.method}:${entry.quantity}`)).toEqual(["welch:power", "ancova:power", "welch:power", "ancova:power"]);
  });

  it("--quiet prints only the report path", async () => {
    const root = makeWorkspace();
    const run = await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "2", "--quiet", "--out", join(root, "r")], { isTTY: true });
    expect(run).toEqual({ code: 0, stdout: `${join(root, "r", "report.md")}\n`, stderr: "" });
  });

  it("--force replaces an earlier results folder", async () => {
    const root = makeWorkspace();
    const out = join(root, "r");
    expect((await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "2", "--quiet", "--out", out])).code).toBe(0);
    expect((await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "3", "--quiet", "--out", out, "--force"])).code).toBe(0);
    expect(readFileSync(join(out, "summary.csv"), "utf8")).toContain(",3,power,");
  });
});

describe("progress display", () => {
  it("shows an ora spinner with replicate progress on a terminal, on stderr only", async () => {
    const root = makeWorkspace();
    const run = await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "3", "--out", join(root, "r")], { isTTY: true, columns: 100 });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("simulating pbc-phase2");
    expect(run.stdout).not.toContain("simulating");
  });

  it("stays silent on a terminal that reports no width (ora would clear lines without end)", async () => {
    const root = makeWorkspace();
    const run = await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "3", "--out", join(root, "r")], { isTTY: true, columns: 0 });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
  });
});

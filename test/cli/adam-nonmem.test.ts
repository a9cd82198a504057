import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readCsv } from "../helpers/kept-replicates.js";
import { runCli } from "../helpers/cli.js";

const DATASET_FILES = ["adam/adsl.csv", "adam/adae.csv", "adam/adtte.csv", "adam/adpc.csv", "adam/define.md", "nonmem/dataset.csv", "nonmem/define.md"];
const NO_SAMPLES_WARNING = "warning: --nonmem: pk.sampling_times_h is empty, so nonmem/dataset.csv holds dose records only (nothing to fit)\n";

const root = mkdtempSync(join(tmpdir(), "twin-trial-adam-"));
const read = (folder: string, file: string): string => readFileSync(join(root, folder, file), "utf8");

describe("simulate --adam --nonmem", () => {
  it("writes adam/ and nonmem/ into the results folder, hashed in the manifest, and replay reproduces them", async () => {
    const run = await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "2", "--adam", "--nonmem", "--out", join(root, "phase2"), "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(NO_SAMPLES_WARNING);
    const manifest = JSON.parse(read("phase2", "manifest.json")) as { outputs: { file: string; sha256: string }[] };
    const listed = manifest.outputs.map(({ file }) => file);
    expect(listed.slice(-DATASET_FILES.length)).toEqual(DATASET_FILES);
    for (const { file, sha256 } of manifest.outputs) expect(createHash("sha256").update(readFileSync(join(root, "phase2", file))).digest("hex"), file).toBe(sha256);
    // keep_replicates 1: the first simulated trial's 180 patients
    expect(readCsv(read("phase2", "adam/adsl.csv")).rows).toHaveLength(180);
    expect(read("phase2", "nonmem/dataset.csv").split("\n")[0]).toBe("ID,TIME,AMT,RATE,EVID,CMT,DV,MDV,SIMREP,SUBJID,ARMN,AGE,SEX,BILI,ALBUMIN,AST,PLATELET,PROTIME,STAGE,ASCITES");

    const replay = await runCli(["replay", join(root, "phase2")]);
    expect(replay.code).toBe(0);
    for (const file of DATASET_FILES) expect(replay.stdout).toMatch(new RegExp(`^${file} +same$`, "m"));
    expect(replay.stdout).toMatch(/^all \d+ files are identical$/m);
  });

  it("an archive of such a folder replays too (outputs in subfolders)", async () => {
    const archive = join(root, "phase2.tgz");
    expect((await runCli(["archive", join(root, "phase2"), "-o", archive, "--cohort", "cohorts/pbc_baseline.csv"])).code).toBe(0);
    const replay = await runCli(["replay", archive]);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toMatch(/^adam\/adsl\.csv +same$/m);
  });

  it("merge --adam --nonmem writes the bytes of the unsharded run", async () => {
    for (const shard of ["1", "2"]) expect((await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "2", "--shard", `${shard}/2`, "--out", join(root, `shard-${shard}`), "--quiet"])).code).toBe(0);
    const merge = await runCli(["merge", join(root, "shard-1"), join(root, "shard-2"), "--adam", "--nonmem", "--out", join(root, "merged"), "--quiet"]);
    expect(merge.code).toBe(0);
    for (const file of DATASET_FILES) expect(read("merged", file), file).toBe(read("phase2", file));
  });

  it("a time-to-event trial gets its ADTTE (pbc-survival)", async () => {
    const run = await runCli(["simulate", "trial-specs/pbc-survival.yaml", "--replicates", "1", "--adam", "--out", join(root, "survival"), "--quiet"]);
    expect(run.code).toBe(0);
    expect(existsSync(join(root, "survival", "nonmem"))).toBe(false);
    const adtte = readCsv(read("survival", "adam/adtte.csv")).rows;
    const patients = readCsv(read("survival", "patients.csv")).rows.filter((row) => row.is_twin === "false");
    expect(adtte.map((row) => [row.USUBJID, row.PARAMCD, row.AVAL, row.CNSR])).toEqual(patients.map((row) => [`pbc-survival-R1-${row.patient_id}`, "DEATH_OR", row.death_or_transplant_time_days, row.death_or_transplant_event === "true" ? "0" : "1"]));
  });
});

describe("--adam and --nonmem mistakes, verbatim", () => {
  it("USAGE_NO_KEPT_REPLICATES and USAGE_NONMEM_NEEDS_PK, before anything runs", async () => {
    // power-check.yaml keeps no replicate (keep_replicates: 0) and has no pk section
    const out = join(root, "power-check");
    const run = await runCli(["simulate", "trial-specs/power-check.yaml", "--adam", "--nonmem", "--out", out]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      "--adam: error USAGE_NO_KEPT_REPLICATES: --adam writes the patients of the kept replicates, and outputs.keep_replicates is 0\n" +
        "  hint: set outputs.keep_replicates to 1 or more in the spec: the datasets hold the first keep_replicates simulated trials\n" +
        "--nonmem: error USAGE_NO_KEPT_REPLICATES: --nonmem writes the patients of the kept replicates, and outputs.keep_replicates is 0\n" +
        "  hint: set outputs.keep_replicates to 1 or more in the spec: the datasets hold the first keep_replicates simulated trials\n" +
        "--nonmem: error USAGE_NONMEM_NEEDS_PK: --nonmem writes dose and concentration records, and the spec has no pk section\n" +
        "  hint: add a pk section (model, parameters, sampling_times_h), or leave out --nonmem\n",
    );
    expect(existsSync(out)).toBe(false);
  });

  it("USAGE_INVALID_VALUE for --adam on a shard", async () => {
    const run = await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--shard", "1/2", "--adam", "--out", join(root, "adam-shard")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("--adam: error USAGE_INVALID_VALUE: --adam needs the whole run, and a shard has a slice of it\n  hint: give --adam to twin-trial merge, which joins the shards and writes the datasets\n");
  });

  it("the options are in simulate's and merge's help", async () => {
    for (const command of ["simulate", "merge"]) {
      const help = await runCli([command, "--help"]);
      expect(help.stdout).toContain("--adam");
      expect(help.stdout).toContain("--nonmem");
    }
  });
});

import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatNumber } from "../../src/report/index.js";
import { makeWorkspace, runCli, writeWorkspaceFile } from "../helpers/cli.js";

/** test/reference/cohort-describe.json (R 4.2.2 on cohorts/pbc.csv), for a few numbers as the CSV writes them. */
const REFERENCE = JSON.parse(readFileSync(new URL("../reference/cohort-describe.json", import.meta.url), "utf8")) as { groups: { name: string; columns: Record<string, { numbers?: Record<string, number> }> }[] };
const rMean = (group: string, column: string): number => REFERENCE.groups.find((candidate) => candidate.name === group)?.columns[column]?.numbers?.mean ?? Number.NaN;

const root = makeWorkspace();
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A user mistake: exit 2, nothing on stdout, no stack trace. */
async function stderrOfRefused(argv: string[]): Promise<string> {
  const run = await runCli(["cohort", "describe", ...argv]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).not.toMatch(/\n\s+at /);
  return run.stderr.replaceAll(root, "<tmp>");
}

describe("twin-trial cohort describe", () => {
  it("describes every patient of cohorts/pbc.csv with inferred column types", async () => {
    const run = await runCli(["cohort", "describe", "cohorts/pbc.csv"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "# Cohort description: cohorts/pbc.csv",
      "",
      '312 patients; column types inferred from the file (id column "id").',
      "",
      "| variable | statistic | overall (n = 312) |",
      "| --- | --- | ---: |",
    ]);
    // R 4.2.2 (cohorts/README.md): sex 276 f / 36 m; stage 16 / 67 / 120 / 109; platelet 4 missing.
    expect(lines).toContain("| age (number) | n | 312 |");
    expect(lines).toContain("|  | f | 276 (88.5%) |");
    expect(lines).toContain("|  | 4 | 109 (34.9%) |");
    expect(lines).toContain("| platelet (integer) | n | 308 |");
    expect(lines).toContain("|  | missing | 4 (1.3%) |");
  });

  it("--spec trial-specs/pbc-phase2.yaml --by arm: the 273 eligible patients, overall and per arm", async () => {
    const run = await runCli(["cohort", "describe", "cohorts/pbc.csv", "--spec", "trial-specs/pbc-phase2.yaml", "--by", "arm"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines.slice(2, 7)).toEqual([
      "273 of 312 patients are eligible under the cohort section of trial-specs/pbc-phase2.yaml (age from 18 to 75: −3; bili ≤ 10: −24; no ascites: −12).",
      "Grouped by arm.",
      "",
      "| variable | statistic | overall (n = 273) | D-penicillamine (n = 138) | placebo (n = 135) |",
      "| --- | --- | ---: | ---: | ---: |",
    ]);
    expect(lines).toContain("| serum bilirubin (bili, number, mg/dL) | n | 273 | 138 | 135 |");
    expect(lines.filter((line) => line.startsWith("| ") && !line.startsWith("|  |")).map((line) => line.split(" | ")[0])).toEqual([
      "| variable", "| ---", "| age (number, years)", "| sex (category)", "| serum bilirubin (bili, number, mg/dL)", "| serum albumin (albumin, number, g/dL)",
      "| AST (ast, number, U/mL)", "| platelet (number, 10^3/µL)", "| prothrombin time (protime, number, s)", "| histologic stage (stage, integer)", "| ascites (boolean)",
    ]);
  });

  it("--format csv: the long table, with R's numbers through formatNumber", async () => {
    const run = await runCli(["cohort", "describe", "cohorts/pbc.csv", "--spec", "trial-specs/pbc-phase2.yaml", "--by", "arm", "--format", "csv"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.slice(0, 4)).toEqual(["group,column,level,statistic,value", "overall,,,patients,273", "overall,arm,,missing,0", "overall,age,,n,273"]);
    expect(lines).toContain(`overall,age,,mean,${formatNumber(rMean("eligible", "age"))}`);
    expect(lines).toContain(`placebo,albumin,,mean,${formatNumber(rMean("eligible/arm=placebo", "albumin"))}`);
    expect(lines).toContain("D-penicillamine,stage,1,count,12");
    expect(run.stdout.endsWith("\n")).toBe(true);
  });

  it("--out writes the same text to a file and nothing to stdout", async () => {
    const out = join(root, "tables", "pbc.md");
    const run = await runCli(["cohort", "describe", "cohorts/pbc.csv", "--by", "sex", "-o", out]);
    expect(run).toEqual({ code: 0, stdout: "", stderr: "" });
    const printed = await runCli(["cohort", "describe", "cohorts/pbc.csv", "--by", "sex"]);
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
  });

  it("is listed in the help", async () => {
    const run = await runCli(["cohort", "describe", "--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Usage: twin-trial cohort describe [options] <cohort>");
    expect(run.stdout).toMatch(/--format <format>\s+output format \(choices: "markdown", "csv", default:\s+"markdown"\)/);
    expect((await runCli(["--help"])).stdout).toContain("$ twin-trial cohort describe cohorts/pbc.csv");
    expect((await runCli(["cohort", "--help"])).stdout).toContain("describe [options] <cohort>");
  });
});

describe("twin-trial cohort describe refuses bad input with exit 2", () => {
  it("a missing file (COHORT_NOT_FOUND) names the path", async () => {
    expect(await stderrOfRefused(["cohorts/missing.csv"])).toBe(
      "cohorts/missing.csv: error COHORT_NOT_FOUND: cohort file not found\n  hint: check the path (relative to the current folder); shipped cohorts are in cohorts/, e.g. cohorts/pbc.csv\n",
    );
  });

  it("a folder (COHORT_NOT_A_FILE)", async () => {
    expect(await stderrOfRefused(["cohorts"])).toBe("cohorts: error COHORT_NOT_A_FILE: the cohort path is a folder, not a file\n  hint: name a .csv file inside it\n");
  });

  it("an unknown --by column, with the closest name", async () => {
    expect(await stderrOfRefused(["cohorts/pbc_baseline.csv", "--by", "sexx"])).toBe(
      '--by: error USAGE_INVALID_VALUE: --by column "sexx" is not in cohorts/pbc_baseline.csv\n' +
        "  hint: did you mean \"sex\"? the file has: id, age, sex, bili, albumin, ast, platelet, protime, edema, stage, ascites, hepato, spiders, chol, copper, alk_phos, trig\n",
    );
  });

  it("--by a number column, the id column, or a column with too many levels", async () => {
    expect(await stderrOfRefused(["cohorts/pbc.csv", "--by", "age"])).toBe('--by: error USAGE_INVALID_VALUE: --by column "age" is a number column\n  hint: group by a category, boolean or integer column, e.g. --by sex\n');
    expect(await stderrOfRefused(["cohorts/pbc.csv", "--by", "id"])).toBe('--by: error USAGE_INVALID_VALUE: --by column "id" identifies the patients\n  hint: choose a column that groups them, e.g. --by sex\n');
    expect(await stderrOfRefused(["cohorts/pbc.csv", "--by", "time"])).toBe('--by: error USAGE_INVALID_VALUE: --by column "time" has 301 levels among the described patients (at most 20)\n  hint: group by a column with few levels, e.g. --by sex\n');
  });

  it("an unknown --format (commander's message)", async () => {
    expect(await stderrOfRefused(["cohorts/pbc.csv", "--format", "json"])).toBe("error: option '--format <format>' argument 'json' is invalid. Allowed choices are markdown, csv.\n  hint: `twin-trial --help` lists the commands, `twin-trial <command> --help` a command's arguments and options\n");
  });

  it("a missing --spec, and a cohort that lacks a column the spec declares", async () => {
    expect(await stderrOfRefused(["cohorts/pbc.csv", "--spec", "missing.yaml"])).toBe("missing.yaml: error SPEC_NOT_FOUND: spec file not found\n  hint: check the path; example specs are in trial-specs/, e.g. trial-specs/pbc-phase2.yaml\n");
    const theoph = await stderrOfRefused(["cohorts/theoph.csv", "--spec", "trial-specs/pbc-phase2.yaml"]);
    expect(theoph).toMatch(/^cohorts\/theoph\.csv row 1, column "id": error COHORT_MISSING_COLUMN: column "id" is not in the header\n/);
  });

  it("--out naming a folder", async () => {
    mkdirSync(join(root, "folder.md"));
    expect(await stderrOfRefused(["cohorts/pbc.csv", "-o", join(root, "folder.md")])).toBe("--out: error USAGE_INVALID_VALUE: the output path <tmp>/folder.md is a folder, not a file\n  hint: name a file, e.g. --out cohort-table.md\n");
  });

  it("a file with repeated ids and no spec: one issue with the way out", async () => {
    const path = writeWorkspaceFile(root, "repeated.csv", "subject,conc\n1,0.7\n1,2.8\n2,0\n");
    expect(await stderrOfRefused([path])).toBe(
      '<tmp>/repeated.csv row 3, column "subject": error COHORT_DUPLICATE_ID: patient id "1" already appears on row 2\n' +
        '  hint: without --spec every row is one patient, identified by column "subject" (the column "id", else the first one); to describe each patient\'s first row, pass a spec with cohort.rows_per_patient: many\n',
    );
  });
});

describe("bin/twin-trial.js cohort describe as a process (dist/, built by `npm test`'s pretest)", () => {
  const BIN = new URL("../../bin/twin-trial.js", import.meta.url).pathname;

  it("exits 0 and prints the table", () => {
    const run = spawnSync(process.execPath, [BIN, "cohort", "describe", "cohorts/pbc.csv"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("| variable | statistic | overall (n = 312) |");
    expect(run.stderr).toBe("");
  });

  it("exits 2 for a missing file, with the path and no stack trace", () => {
    const run = spawnSync(process.execPath, [BIN, "cohort", "describe", "nowhere/pbc.csv"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("nowhere/pbc.csv: error COHORT_NOT_FOUND: cohort file not found\n  hint: check the path (relative to the current folder); shipped cohorts are in cohorts/, e.g. cohorts/pbc.csv\n");
  });
});

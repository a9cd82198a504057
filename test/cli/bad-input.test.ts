import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleSpecText, makeWorkspace, runCli, writeWorkspaceFile } from "../helpers/cli.js";
import { editSpecText } from "../helpers/plan.js";

/**
 * Every bad input: exit code 2, a message with the place and a hint, no stack trace, and
 * an earlier results folder left byte for byte as it was (DESIGN.md "Errors").
 */
let root = "";
let results = "";
const SENTINEL = "earlier results\n";

beforeAll(() => {
  root = makeWorkspace();
  results = join(root, "results");
  mkdirSync(results);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

function spec(name: string, text: string): string {
  return writeWorkspaceFile(root, join("specs", name), text);
}

/** Runs a bad command against a results folder holding earlier results, with --force. */
async function expectRefused(argv: string[], expectedStderr: string): Promise<void> {
  writeFileSync(join(results, "report.md"), SENTINEL);
  const run = await runCli([...argv, "--out", results, "--force"]);
  expect(run.stderr.replaceAll(root, "<tmp>")).toBe(expectedStderr);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(readFileSync(join(results, "report.md"), "utf8")).toBe(SENTINEL);
  expect(existsSync(`${results}.partial-4242`)).toBe(false);
}

const EXAMPLE = (): string => exampleSpecText();

describe("simulate refuses bad input with exit 2 and leaves earlier results untouched", () => {
  it("missing spec file", async () => {
    await expectRefused(["simulate", join(root, "specs", "nope.yaml")], "<tmp>/specs/nope.yaml: error SPEC_NOT_FOUND: spec file not found\n  hint: check the path; example specs are in trial-specs/, e.g. trial-specs/pbc-phase2.yaml\n");
  });

  it("YAML syntax error with line and column", async () => {
    const path = spec("syntax.yaml", EXAMPLE().replace("  seed: 20261127", "  seed: 20261127\n oops: 1"));
    await expectRefused(["simulate", path], "<tmp>/specs/syntax.yaml:14:1: error SPEC_YAML_SYNTAX: all mapping items must start at the same column\n  hint: check the indentation (keys of one mapping start in the same column) and the ':' after each key near this line\n");
  });

  it("unknown key with a did-you-mean", async () => {
    const path = spec("unknown.yaml", EXAMPLE().replace("  replicates: 500", "  replicats: 500"));
    await expectRefused(
      ["simulate", path],
      '<tmp>/specs/unknown.yaml:11:3: error SPEC_MISSING_KEY: trial.replicates is missing\n  hint: replicates — number of simulated trials\n' +
        '<tmp>/specs/unknown.yaml:14:3: error SPEC_UNKNOWN_KEY: unknown key "replicats" in trial\n  hint: did you mean "replicates"? allowed keys: id, title, seed, replicates, alpha, duration_days\n',
    );
  });

  it("wrong type", async () => {
    const path = spec("type.yaml", EXAMPLE().replace("  alpha: 0.05 ", '  alpha: "5%" '));
    await expectRefused(["simulate", path], '<tmp>/specs/type.yaml:15:10: error SPEC_WRONG_TYPE: trial.alpha must be a number, got "5%"\n  hint: alpha — significance level of each test\n');
  });

  it("negative and zero doses", async () => {
    for (const [dose, shown] of [["-50", "-50"], ["0", "0"]]) {
      const path = spec(`dose${dose}.yaml`, EXAMPLE().replace("dose_mg: 50,", `dose_mg: ${dose},`));
      await expectRefused(["simulate", path], `<tmp>/specs/dose${dose}.yaml:47:37: error SPEC_INVALID_VALUE: arms[1].regimen.dose_mg must be > 0, got ${shown}\n  hint: dose_mg — amount per administration (mg)\n`);
    }
  });

  it("missing cohort file", async () => {
    const path = spec("nocohort.yaml", EXAMPLE().replace("../cohorts/pbc_baseline.csv", "../cohorts/pbc_basline.csv"));
    await expectRefused(["simulate", path], "<tmp>/cohorts/pbc_basline.csv: error COHORT_NOT_FOUND: cohort file not found\n  hint: cohort.file is resolved relative to the spec file; shipped cohorts are in cohorts/, e.g. ../cohorts/pbc_baseline.csv from trial-specs/\n");
  });

  it("missing cohort column", async () => {
    const path = spec("column.yaml", editSpecText(EXAMPLE(), [[["cohort", "columns", "weight"], { type: "number", unit: "kg" }]]));
    await expectRefused(["simulate", path], '<tmp>/cohorts/pbc_baseline.csv row 1, column "weight": error COHORT_MISSING_COLUMN: column "weight" is not in the header\n  hint: the file has: id, age, sex, bili, albumin, ast, platelet, protime, edema, stage, ascites, hepato, spiders, chol, copper, alk_phos, trig\n');
  });

  it("non-numeric value in a number column names the row and column", async () => {
    // Row 212 of the file (the header is row 1) gets a decimal comma in "albumin" (5th cell).
    const lines = readFileSync(join(root, "cohorts", "pbc_baseline.csv"), "utf8").split("\n");
    lines[211] = (lines[211] ?? "").split(",").map((cell, index) => (index === 4 ? '"3,5"' : cell)).join(",");
    writeWorkspaceFile(root, join("cohorts", "broken.csv"), lines.join("\n"));
    const path = spec("cell.yaml", EXAMPLE().replace("file: ../cohorts/pbc_baseline.csv", "file: ../cohorts/broken.csv"));
    await expectRefused(["simulate", path], '<tmp>/cohorts/broken.csv row 212, column "albumin": error COHORT_NOT_A_NUMBER: expected a number, got "3,5"\n  hint: use a dot as the decimal separator\n');
  });

  it("eligibility that leaves no patients", async () => {
    const path = spec("eligible.yaml", EXAMPLE().replace("{column: age, min: 18, max: 75}", "{column: age, min: 90}"));
    await expectRefused(["simulate", path], "<tmp>/cohorts/pbc_baseline.csv: error COHORT_NO_ELIGIBLE_PATIENTS: eligibility leaves 0 of 312 patients (at least 2 are needed)\n  hint: loosen cohort.eligibility (age ≥ 90: −312; bili ≤ 10: −0; no ascites: −0)\n");
  });

  it("bad --seed and --replicates", async () => {
    const path = spec("ok.yaml", EXAMPLE());
    await expectRefused(["simulate", path, "--seed", "-3", "--replicates", "many"], '--seed: error USAGE_INVALID_VALUE: --seed must be a whole number from 0 to 9007199254740991, got "-3"\n  hint: e.g. --seed 42\n--replicates: error USAGE_INVALID_VALUE: --replicates must be a whole number from 1 to 10000000, got "many"\n  hint: e.g. --replicates 1000\n');
  });

  it("results folder exists without --force", async () => {
    writeFileSync(join(results, "report.md"), SENTINEL);
    const run = await runCli(["simulate", spec("ok.yaml", EXAMPLE()), "--out", results, "--replicates", "2"]);
    expect(run.code).toBe(2);
    expect(run.stderr.replaceAll(root, "<tmp>")).toBe("--out: error OUTPUT_EXISTS: the results folder <tmp>/results already exists\n  hint: add --force to replace it, or choose another folder with --out\n");
    expect(readFileSync(join(results, "report.md"), "utf8")).toBe(SENTINEL);
  });

  it("an output path that is a file", async () => {
    const file = writeWorkspaceFile(root, "a-file", "x");
    const run = await runCli(["simulate", spec("ok.yaml", EXAMPLE()), "--out", file, "--replicates", "2", "--force"]);
    expect(run.code).toBe(2);
    expect(run.stderr.replaceAll(root, "<tmp>")).toBe("--out: error OUTPUT_IS_A_FILE: the output path <tmp>/a-file is a file, not a folder\n  hint: choose another --out folder\n");
  });

  it("--json puts machine-readable issues on stdout", async () => {
    const run = await runCli(["simulate", join(root, "specs", "nope.yaml"), "--json"]);
    expect(run.code).toBe(2);
    const parsed = JSON.parse(run.stdout) as { ok: boolean; exit_code: number; issues: { code: string; where: string }[] };
    expect(parsed.ok).toBe(false);
    expect(parsed.exit_code).toBe(2);
    expect(parsed.issues.map((issue) => issue.code)).toEqual(["SPEC_NOT_FOUND"]);
  });
});

describe("usage errors", () => {
  it("unknown option and unknown command exit 2 with commander's suggestion", async () => {
    const option = await runCli(["simulate", "x.yaml", "--sed", "3"]);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe("error: unknown option '--sed'\n(Did you mean --seed?)\n  hint: `twin-trial --help` lists the commands, `twin-trial <command> --help` a command's arguments and options\n");
    const command = await runCli(["simulat", "x.yaml"]);
    expect(command.code).toBe(2);
    expect(command.stderr).toBe("error: unknown command 'simulat'\n(Did you mean simulate?)\n  hint: `twin-trial --help` lists the commands, `twin-trial <command> --help` a command's arguments and options\n");
  });

  it("a missing argument exits 2", async () => {
    const run = await runCli(["simulate"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("error: missing required argument 'spec'\n  hint: `twin-trial --help` lists the commands, `twin-trial <command> --help` a command's arguments and options\n");
  });
});

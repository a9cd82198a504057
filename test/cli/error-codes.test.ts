import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exampleSpecText, makeWorkspace, runCli, writeWorkspaceFile } from "../helpers/cli.js";
import { editSpecText } from "../helpers/plan.js";

/**
 * The error codes not already asserted verbatim elsewhere (STYLE.md §4: each code has a
 * test of its exact text). SPEC_UNREADABLE and COHORT_UNREADABLE are left out: tests run
 * as root here, and root reads files whatever their permissions.
 */
const root = makeWorkspace();

async function stderrOf(name: string, text: string): Promise<string> {
  const path = writeWorkspaceFile(root, join("specs", name), text);
  const run = await runCli(["validate", path]);
  expect(run.code).toBe(2);
  return run.stderr.replaceAll(root, "<tmp>");
}

describe("error codes, verbatim", () => {
  it("SPEC_NOT_A_FILE", async () => {
    mkdirSync(join(root, "specs", "folder.yaml"));
    const run = await runCli(["validate", join(root, "specs", "folder.yaml")]);
    expect(run.stderr.replaceAll(root, "<tmp>")).toBe("<tmp>/specs/folder.yaml: error SPEC_NOT_A_FILE: the spec path is a folder, not a file\n  hint: name a .yaml file inside it\n");
  });

  it("COHORT_NOT_A_FILE", async () => {
    mkdirSync(join(root, "cohorts", "folder.csv"));
    expect(await stderrOf("cohort-folder.yaml", exampleSpecText().replace("file: ../cohorts/pbc_baseline.csv", "file: ../cohorts/folder.csv"))).toBe(
      "<tmp>/cohorts/folder.csv: error COHORT_NOT_A_FILE: the cohort path is a folder, not a file\n  hint: cohort.file names a .csv file, relative to the spec file\n",
    );
  });

  it("SPEC_COLUMN_TYPE", async () => {
    const text = editSpecText(exampleSpecText(), [[["endpoints", 0, "baseline_column"], "sex"]]);
    expect(await stderrOf("column-type.yaml", text)).toBe(
      '<tmp>/specs/column-type.yaml:76:22: error SPEC_COLUMN_TYPE: column "sex" is declared as category but is used as a baseline\n  hint: only number or integer columns can enter a model\n',
    );
  });

  it("SPEC_ELIGIBILITY", async () => {
    const text = editSpecText(exampleSpecText(), [[["cohort", "eligibility", 1], { column: "bili" }]]);
    expect(await stderrOf("eligibility.yaml", text)).toBe(
      '<tmp>/specs/eligibility.yaml:36:7: error SPEC_ELIGIBILITY: cohort.eligibility[1] names column "bili" but no condition\n  hint: add min, max, in or not_missing: true\n',
    );
    const both = editSpecText(exampleSpecText(), [[["cohort", "eligibility", 1], { column: "bili", max: 3, expression: "bili < 3" }]]);
    expect(await stderrOf("eligibility-both.yaml", both)).toBe(
      '<tmp>/specs/eligibility-both.yaml:36:7: error SPEC_ELIGIBILITY: cohort.eligibility[1] needs exactly one of column and expression\n  hint: write {column: age, min: 18} or {expression: "age >= 18"}\n',
    );
  });

  it("SPEC_UNKNOWN_ARM and SPEC_POPULATION_SIZE for a too-small arm", async () => {
    const unknown = editSpecText(exampleSpecText(), [[["population"], { method: "bootstrap", n_total: 60, allocation: { placebo: 1, low: 1, hi: 1 } }]]);
    expect(await stderrOf("allocation.yaml", unknown)).toBe(
      '<tmp>/specs/allocation.yaml:44:5: error SPEC_MISSING_KEY: population.allocation has no ratio for arm "high"\n  hint: give every arm a whole-number ratio, e.g. placebo: 1\n' +
        '<tmp>/specs/allocation.yaml:46:5: error SPEC_UNKNOWN_ARM: population.allocation names arm "hi", which is not in arms\n  hint: arms: placebo, low, high\n',
    );
    const tiny = editSpecText(exampleSpecText(), [[["population"], { method: "bootstrap", n_total: 4, allocation: { placebo: 1, low: 1, high: 2 } }]]);
    expect(await stderrOf("tiny.yaml", tiny)).toBe(
      '<tmp>/specs/tiny.yaml:42:12: error SPEC_POPULATION_SIZE: population.n_total 4 gives arm "placebo" fewer than 2 patients\n  hint: every arm needs at least 2 patients for its analysis: use n_total >= 8\n',
    );
  });

  it("COHORT_NOT_POSITIVE", async () => {
    const text = editSpecText(exampleSpecText(), [[["pk", "parameters", "volume_l", "covariates"], [{ column: "stage", model: "power", reference: 3, exponent: 1 }]], [["cohort", "columns", "stage", "type"], "integer"]]);
    const csv = writeWorkspaceFile(root, join("cohorts", "stage0.csv"), "id,age,sex,bili,albumin,ast,platelet,protime,stage,ascites\n1,50,f,1,3.5,100,200,10,0,0\n2,51,f,1,3.6,100,200,10,2,0\n3,52,m,1,3.4,100,200,10,3,0\n");
    expect(csv).toContain("stage0.csv");
    expect(await stderrOf("stage0.yaml", text.replace("file: ../cohorts/pbc_baseline.csv", "file: ../cohorts/stage0.csv"))).toBe(
      '<tmp>/cohorts/stage0.csv row 2, column "stage": error COHORT_NOT_POSITIVE: stage is used as a power covariate of volume_l and must be > 0, but is 0 here (1 eligible patient(s))\n  hint: add {column: stage, min: <a positive value>} to cohort.eligibility\n',
    );
  });

  it("COHORT_EXPRESSION when a row's types do not fit the expression", async () => {
    const text = exampleSpecText().replace('expression: "not ascites"', 'expression: "sex > 1"');
    expect(await stderrOf("expression.yaml", text)).toBe(
      '<tmp>/cohorts/pbc_baseline.csv row 3: error COHORT_EXPRESSION: cohort.eligibility[2].expression fails on this row: expression `sex > 1` expects a string (like `sex`) for `1`, got 1\n  hint: compare category columns with strings, e.g. sex == "f"\n',
    );
  });

  it("SPEC_YAML_ALIASES", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let level = 1; level < 5; level++) levels.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(10).fill(`*${String.fromCharCode(96 + level)}`).join(", ")}]`);
    expect(await stderrOf("bomb.yaml", `${levels.join("\n")}\n`)).toBe(
      "<tmp>/specs/bomb.yaml:1:1: error SPEC_YAML_ALIASES: the spec expands too many aliases (excessive alias count indicates a resource exhaustion attack)\n  hint: a spec may expand at most 100 aliases; write the values out\n",
    );
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEMPLATE_NAMES } from "../../src/cli/init-command.js";
import { specJsonSchemaText } from "../../src/spec/json-schema.js";
import { runCli } from "../helpers/cli.js";

const COHORTS = new URL("../../cohorts/", import.meta.url);

function folder(): string {
  return mkdtempSync(join(tmpdir(), "twin-trial-init-"));
}

describe("twin-trial init", () => {
  it.each(TEMPLATE_NAMES)("the %s template: init --copy-cohort, then simulate, gives a report (two commands)", async (template) => {
    const root = folder();
    const spec = join(root, "trial.yaml");
    const init = await runCli(["init", "--template", template, "--out", spec, "--copy-cohort"]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain(`next: twin-trial simulate ${spec} --format html`);
    const text = readFileSync(spec, "utf8");
    expect(text.split("\n")[0]).toBe("# yaml-language-server: $schema=./trial-spec.schema.json");
    expect(text).not.toContain("trial-specs/");
    expect(readFileSync(join(root, "trial-spec.schema.json"), "utf8")).toBe(specJsonSchemaText());
    const cohort = /^ {2}file: (cohorts\/\S+)/m.exec(text)?.[1];
    expect(cohort).toMatch(/^cohorts\/pbc(_baseline)?\.csv$/);
    expect(readFileSync(join(root, cohort as string))).toEqual(readFileSync(new URL(cohort!.slice("cohorts/".length), COHORTS)));
    expect(readFileSync(join(root, "cohorts", "README.md"), "utf8")).toBe(readFileSync(new URL("README.md", COHORTS), "utf8"));
    const run = await runCli(["simulate", spec, "--replicates", "2", "--out", join(root, "results"), "-q", "--format", "html"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${join(root, "results")}/report.md\n`);
    expect(readFileSync(join(root, "results", "report.html"), "utf8")).toContain("<svg");
  });

  it("without --copy-cohort, the spec reads the shipped cohort by a relative path", async () => {
    const root = folder();
    const spec = join(root, "nested", "my-trial.yaml");
    const init = await runCli(["init", "--out", spec]);
    expect(init.code, init.stderr).toBe(0);
    expect(init.stdout).toContain("add --copy-cohort to copy it");
    expect(readFileSync(spec, "utf8")).toMatch(/^ {2}file: (\.\.\/)+.*cohorts\/pbc_baseline\.csv {3}# the real patients/m);
    const validate = await runCli(["validate", spec]);
    expect(validate.code, validate.stderr).toBe(0);
    expect(validate.stdout).toContain("312 patients, 309 eligible");
  });

  it("refuses to replace a file without --force (exit 2, the file untouched), and replaces it with --force", async () => {
    const root = folder();
    const spec = join(root, "trial.yaml");
    writeFileSync(spec, "mine\n");
    const refused = await runCli(["init", "--out", spec]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("error OUTPUT_EXISTS");
    expect(refused.stderr).toContain("hint: add --force");
    expect(readFileSync(spec, "utf8")).toBe("mine\n");
    expect((await runCli(["init", "--out", spec, "--force"])).code).toBe(0);
    expect(readFileSync(spec, "utf8")).toContain("id: two-arm");
  });

  it("names the templates when given an unknown one (exit 2)", async () => {
    const run = await runCli(["init", "--template", "three-arm"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("two-arm, dose-ranging, synthetic-control, survival");
  });
});

import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

/** The two specs of test/fixtures that import their cohort, run end to end through the CLI. */
const FIXTURES = new URL("../fixtures/", import.meta.url).pathname;
const FHIR_SPEC = join(FIXTURES, "fhir", "fhir-trial.yaml");
const SYNTHEA_SPEC = join(FIXTURES, "synthea", "synthea-trial.yaml");
const root = mkdtempSync(join(tmpdir(), "twin-trial-import-"));

function manifestInputs(folder: string): unknown {
  return (JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as { inputs: unknown }).inputs;
}

describe("a trial on a cohort imported from a FHIR Bundle", () => {
  const out = join(root, "fhir");

  it("simulates, pinning the Bundle's SHA-256, then archives and replays byte for byte", async () => {
    const run = await runCli(["simulate", FHIR_SPEC, "--out", out, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${out}/report.md\n`);
    const bundle = join(FIXTURES, "fhir", "tiny-bundle.json");
    expect(manifestInputs(out)).toEqual([{ role: "cohort", file: "tiny-bundle.json", sha256: createHash("sha256").update(readFileSync(bundle)).digest("hex") }]);
    expect(readFileSync(join(out, "report.md"), "utf8")).toContain("tiny-bundle.json");

    const archive = join(root, "fhir.tgz");
    const archived = await runCli(["archive", out, "-o", archive, "--cohort", bundle, "--spec", FHIR_SPEC]);
    expect(archived.stderr).toBe("");
    expect(archived.code).toBe(0);
    const replay = await runCli(["replay", archive]);
    expect(replay.stderr).toBe("");
    expect(replay.code).toBe(0);
    expect(replay.stdout).toMatch(/^all \d+ files are identical$/m);
    expect(replay.stdout).not.toContain("DIFFERENT");
  });

  it("describes the imported cohort under the spec", async () => {
    const run = await runCli(["cohort", "describe", join(FIXTURES, "fhir", "tiny-bundle.json"), "--spec", FHIR_SPEC]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("9 of 10 patients are eligible under the cohort section");
    expect(run.stdout).toContain("| serum albumin (albumin, number, g/dL) | n | 9 |");
    // p04's creatinine has a dataAbsentReason: one eligible patient without a value.
    expect(run.stdout).toContain("| creatinine (number, mg/dL) | n | 8 |");
  });

  it("stops with exit 2 and the entry's place on a unit the spec does not declare, writing nothing", async () => {
    const text = readFileSync(join(FIXTURES, "fhir", "tiny-bundle.json"), "utf8").replace('"value": 3.9, "unit": "g/dL", "system": "http://unitsofmeasure.org", "code": "g/dL"', '"value": 39, "unit": "g/L", "system": "http://unitsofmeasure.org", "code": "g/L"');
    writeFileSync(join(root, "grams-per-litre.json"), text);
    writeFileSync(join(root, "grams-per-litre.yaml"), readFileSync(FHIR_SPEC, "utf8").replace("file: tiny-bundle.json", "file: grams-per-litre.json"));
    const run = await runCli(["simulate", join(root, "grams-per-litre.yaml"), "--out", join(root, "not-written")]);
    expect(run.code).toBe(2);
    expect(run.stderr.replaceAll(root, "<tmp>")).toBe(
      '<tmp>/grams-per-litre.json:18:5: error COHORT_UNIT_MISMATCH: entry[12] valueQuantity.unit (LOINC 1751-7) is "g/L", but cohort.import.covariates.albumin.unit is "g/dL"\n' +
        '  hint: twin-trial does not convert units: convert the values in the file, or declare the file\'s unit and convert with a derived covariate, e.g. derived: {albumin_converted: {expression: "albumin * <factor>"}}\n',
    );
    expect(existsSync(join(root, "not-written"))).toBe(false);
  });
});

describe("a trial on a cohort imported from Synthea's CSV export", () => {
  const out = join(root, "synthea");
  const severalFiles =
    "patients.csv: error COHORT_SEVERAL_FILES: the trial read its cohort from 2 files (patients.csv, observations.csv), and archive and replay carry one cohort file\n" +
    "  hint: keep the Synthea files with the results: the manifest pins their joint SHA-256 (sha256sum patients.csv observations.csv | sha256sum); to check a run, simulate the spec again with the recorded seed and compare\n";

  it("simulates, pinning both files in one SHA-256", async () => {
    const run = await runCli(["simulate", SYNTHEA_SPEC, "--out", out, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // test/cohort/synthea-cohort.test.ts: sha256sum patients.csv observations.csv | sha256sum
    expect(manifestInputs(out)).toEqual([{ role: "cohort", file: "patients.csv", sha256: "6be43a8fe33e01374084a9598abc041dfa6061d5616ecafc353916b73cd3afd2" }]);
    const again = await runCli(["simulate", SYNTHEA_SPEC, "--out", join(root, "synthea-again"), "--quiet"]);
    expect(again.code).toBe(0);
    for (const file of ["patients.csv", "efficacy.csv", "summary.csv", "report.md"]) expect(readFileSync(join(root, "synthea-again", file), "utf8")).toBe(readFileSync(join(out, file), "utf8"));
  });

  it("COHORT_SEVERAL_FILES: archive and replay refuse it (they carry one cohort file)", async () => {
    const archived = await runCli(["archive", out, "-o", join(root, "synthea.tgz")]);
    expect(archived.code).toBe(2);
    expect(archived.stderr).toBe(severalFiles);
    expect(existsSync(join(root, "synthea.tgz"))).toBe(false);
    const replay = await runCli(["replay", out]);
    expect(replay.code).toBe(2);
    expect(replay.stderr).toBe(severalFiles);
  });

  it("COHORT_SEVERAL_FILES: --shard refuses it (a shard folder carries one cohort file)", async () => {
    const run = await runCli(["simulate", SYNTHEA_SPEC, "--shard", "1/2", "--out", join(root, "shard-1")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "--shard: error COHORT_SEVERAL_FILES: --shard copies one cohort file into each shard folder, and this cohort is read from 2 files (patients.csv, observations.csv)\n  hint: run without --shard: --workers N still spreads the replicates over N threads\n",
    );
    expect(existsSync(join(root, "shard-1"))).toBe(false);
  });
});

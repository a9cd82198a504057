import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packTrialArchive, unpackTrialArchive, type TarEntry } from "../../src/archive/index.js";
import { runCli } from "../helpers/cli.js";

const ARCHIVES = ["power-check", "pbc-survival", "oncology-dose-modification"];
const OUTPUTS = ["patients.csv", "visits.csv", "concentrations.csv", "adverse_events.csv", "efficacy.csv", "safety.csv", "summary.csv", "fidelity.csv", "report.md", "manifest.json"];

function archivePath(name: string): string {
  return new URL(`../archives/${name}.tgz`, import.meta.url).pathname;
}

/** The figures an archive's manifest lists (figures/<name>.svg: which ones depends on the spec). */
function figuresOf(name: string): string[] {
  const manifest = unpackTrialArchive(readFileSync(archivePath(name))).find((entry) => entry.name === `${name}/manifest.json`);
  return (JSON.parse(new TextDecoder().decode(manifest?.bytes)) as { outputs: { file: string }[] }).outputs.map(({ file }) => file).filter((file) => file.startsWith("figures/"));
}

/** A copy of a committed archive with some entries changed, written to a temporary file. */
function editedArchive(name: string, edit: (entry: TarEntry) => TarEntry): string {
  const entries = unpackTrialArchive(readFileSync(archivePath(name))).map(edit);
  const path = join(mkdtempSync(join(tmpdir(), "twin-trial-archive-")), `${name}.tgz`);
  writeFileSync(path, packTrialArchive(entries));
  return path;
}

function editText(entry: TarEntry, name: string, change: (text: string) => string): TarEntry {
  return entry.name === name ? { name, bytes: new TextEncoder().encode(change(new TextDecoder().decode(entry.bytes))) } : entry;
}

describe("twin-trial replay of the committed archives", () => {
  it.each(ARCHIVES)("%s replays byte for byte and exits 0", async (name) => {
    const run = await runCli(["replay", archivePath(name)]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const files = [...OUTPUTS, ...figuresOf(name)];
    expect(figuresOf(name).length).toBeGreaterThan(0);
    for (const file of files) expect(run.stdout).toMatch(new RegExp(`^${file.replace(/\./g, "\\.")} +same$`, "m"));
    expect(run.stdout).toContain(`all ${files.length} files are identical`);
  });
});

describe("twin-trial replay finds differences", () => {
  it("a tampered output exits 3 and names the first differing row and column", async () => {
    const tampered = editedArchive("power-check", (entry) => editText(entry, "power-check/summary.csv", (text) => text.replace(/\n([^,\n]*),/, "\n$1-edited,")));
    const expected = unpackTrialArchive(readFileSync(archivePath("power-check"))).find((entry) => entry.name === "power-check/summary.csv");
    const [header, firstRow] = new TextDecoder().decode(expected?.bytes).split("\n");
    const firstCell = firstRow?.split(",")[0] ?? "";
    const run = await runCli(["replay", tampered]);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^summary\.csv +DIFFERENT$/m);
    expect(run.stdout).toContain(`  first difference: row 2, column "${header?.split(",")[0]}": expected "${firstCell}-edited", got "${firstCell}"`);
    expect(run.stdout).toMatch(/^efficacy\.csv +same$/m);
    const total = OUTPUTS.length + figuresOf("power-check").length;
    expect(run.stdout).toContain(`1 of ${total} files differ`);
    expect(run.stderr).toContain("warning: the archived summary.csv is not the file the manifest pins (SHA-256 differs): it was edited after the run\n");
    expect(run.stderr).toContain(`replay found a difference: 1 of ${total} files differ from ${tampered}\n`);
  });

  it("a changed figure names the first differing line of its SVG", async () => {
    const tampered = editedArchive("power-check", (entry) => editText(entry, "power-check/figures/virtual-cohort.svg", (text) => text.replace('fill="white"', 'fill="black"')));
    const run = await runCli(["replay", tampered]);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^figures\/virtual-cohort\.svg +DIFFERENT\n {2}first difference: line 1: expected "<svg /m);
  });

  it("a changed report.md names the first differing line", async () => {
    const tampered = editedArchive("power-check", (entry) => editText(entry, "power-check/report.md", (text) => text.replace("\n", "\nextra line\n")));
    const run = await runCli(["replay", tampered]);
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(/^report\.md +DIFFERENT\n {2}first difference: line 2: expected "extra line", got /m);
  });

  it("refuses a changed cohort with exit 2, and replays it with --allow-changed-inputs", async () => {
    const changed = editedArchive("power-check", (entry) => editText(entry, "power-check/inputs/cohorts/pbc_baseline.csv", (text) => `${text}\n`));
    const refused = await runCli(["replay", changed]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(new RegExp(`^${changed.replaceAll(".", "\\.")} \\(archived cohort\\): error INPUT_CHANGED: the cohort's SHA-256 is [0-9a-f]{64}, but the manifest records [0-9a-f]{64}: this is not the cohort the trial ran on\n  hint: use the cohort file the trial ran on \\(--cohort <path>\\), or add --allow-changed-inputs to go on with this one\n$`));
    const allowed = await runCli(["replay", changed, "--allow-changed-inputs"]);
    expect(allowed.stderr).toContain("the archived cohort differs from the one the manifest pins (--allow-changed-inputs)");
    // A blank line at the end changes the bytes, not the patients: every output is the same,
    // but the rerun manifest pins another cohort SHA-256, so the replay still exits 3.
    expect(allowed.stdout).toMatch(/^summary\.csv +same$/m);
    expect(allowed.stdout).toMatch(/^manifest\.json +DIFFERENT\n {2}first difference: field inputs \(run, spec and tool are not compared\)$/m);
    expect(allowed.code).toBe(3);
  });

  it("refuses an archive of another results-format version with exit 2", async () => {
    const older = editedArchive("power-check", (entry) => editText(entry, "power-check/manifest.json", (text) => text.replace(/"results_format_version": \d+/, '"results_format_version": 1')));
    const run = await runCli(["replay", older]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/error REPLAY_FORMAT_VERSION: the results were made by twin-trial [\d.]+ in results format version 1, but this twin-trial [\d.]+ writes version \d+\n {2}hint: replay with the version that made them: npx twin-trial@[\d.]+ replay /);
  });

  it("refuses a file that is not an archive with exit 2", async () => {
    const run = await runCli(["replay", "package.json"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error ARCHIVE_INVALID: package.json is not a trial archive");
  });
});

describe("twin-trial archive", () => {
  async function simulated(): Promise<string> {
    const out = join(mkdtempSync(join(tmpdir(), "twin-trial-results-")), "power-check");
    const run = await runCli(["simulate", "trial-specs/power-check.yaml", "--replicates", "5", "-o", out, "-q"]);
    expect(run.code).toBe(0);
    return out;
  }

  it("gives the same bytes for the same results, and the archive replays", async () => {
    const results = await simulated();
    const first = `${results}-1.tgz`;
    const second = `${results}-2.tgz`;
    expect((await runCli(["archive", results, "-o", first])).code).toBe(0);
    expect((await runCli(["archive", results, "-o", second])).code).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
    const names = unpackTrialArchive(readFileSync(first)).map((entry) => entry.name);
    expect(names).toContain("power-check/inputs/spec/power-check.yaml");
    expect(names).toContain("power-check/inputs/spec/spec.resolved.json");
    expect(names).toContain("power-check/inputs/cohorts/pbc_baseline.csv");
    expect((await runCli(["replay", first])).code).toBe(0);
    expect((await runCli(["replay", results])).code).toBe(0);
    expect((await runCli(["archive", results, "-o", first])).stderr).toContain("error OUTPUT_EXISTS: the archive");
  });

  it("refuses a missing or changed cohort with exit 2", async () => {
    const results = await simulated();
    const missing = await runCli(["archive", results, "-o", `${results}.tgz`, "--cohort", "cohorts/nowhere.csv"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe("--cohort: error INPUT_NOT_FOUND: the cohort ../cohorts/pbc_baseline.csv the trial ran on was not found (looked at cohorts/nowhere.csv)\n  hint: the manifest records cohort.file relative to the spec; name the cohort with --cohort <path>, e.g. --cohort cohorts/pbc_baseline.csv\n");
    const changed = await runCli(["archive", results, "-o", `${results}.tgz`, "--cohort", "cohorts/pbc.csv"]);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toContain("cohorts/pbc.csv: error INPUT_CHANGED: the cohort's SHA-256 is");
  });

  it("refuses a results folder whose outputs were edited after the run", async () => {
    const results = await simulated();
    writeFileSync(join(results, "summary.csv"), "edited\n");
    const run = await runCli(["archive", results, "-o", `${results}.tgz`]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error RESULTS_CHANGED: summary.csv is not the file the manifest pins (SHA-256 differs): it was edited after the run\n  hint: archive an unedited results folder; rerun twin-trial simulate to make one\n");
  });
});

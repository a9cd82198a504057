import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

/**
 * Golden runs (STYLE.md §7): every shipped example, run end to end with 20 replicates,
 * must write byte-identical files to the committed copies under test/golden/. Only the
 * manifest's documented volatile block ("run": start time, Node version, platform,
 * command) is left out. Update with `npx vitest run -u` and review the diff like code;
 * with CI set, a missing golden file fails.
 */
const EXAMPLES = ["pbc-phase2", "pbc-turnover", "theophylline", "power-check", "pbc-survival", "pbc-endpoints", "pbc-synthetic-control", "oncology-dose-modification"];
/** Files only a spec with a designs section writes. */
const DESIGN_FILES = new Set(["pbc-synthetic-control"]);
const scratch = mkdtempSync(join(tmpdir(), "twin-trial-golden-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function withoutVolatileFields(manifest: string): string {
  const parsed = JSON.parse(manifest) as Record<string, unknown>;
  expect(parsed.volatile_fields).toEqual(["run"]);
  delete parsed.run;
  return `${JSON.stringify(parsed, null, 2)}\n`;
}

describe.each(EXAMPLES)("golden run of trial-specs/%s.yaml", (name) => {
  const out = join(scratch, name);
  const argv = ["simulate", `trial-specs/${name}.yaml`, "--replicates", "20", "--out", out];
  const first = runCli(argv);

  it("prints the summary and exits 0", async () => {
    const run = await first;
    const transcript = `$ twin-trial ${argv.join(" ").replace(scratch, "<tmp>")}\n\n## stdout\n\n${run.stdout.replaceAll(scratch, "<tmp>")}\n## stderr\n\n${run.stderr}\nExit code: ${run.code}\n`;
    await expect(transcript).toMatchFileSnapshot(`./${name}/cli.md`);
    expect(run.code).toBe(0);
  });

  it("writes exactly the outputs contract's files", async () => {
    await first;
    const designs = DESIGN_FILES.has(name) ? ["designs.csv"] : [];
    expect(readdirSync(out).sort()).toEqual(["adverse_events.csv", "concentrations.csv", ...designs, "efficacy.csv", "fidelity.csv", "figures", "manifest.json", "patients.csv", "report.md", "safety.csv", "summary.csv", "visits.csv"]);
  });

  it("every figure (figures/*.svg, as the manifest lists them) is byte-identical to its golden copy", async () => {
    await first;
    const figures = readdirSync(join(out, "figures")).sort();
    const listed = (JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as { outputs: { file: string }[] }).outputs.map(({ file }) => file).filter((file) => file.startsWith("figures/"));
    expect(listed.map((file) => file.slice("figures/".length)).sort()).toEqual(figures);
    for (const file of figures) await expect(readFileSync(join(out, "figures", file), "utf8")).toMatchFileSnapshot(`./${name}/figures/${file}`);
  });

  it.each(["patients.csv", "visits.csv", "concentrations.csv", "adverse_events.csv", "efficacy.csv", "safety.csv", "summary.csv", "designs.csv", "fidelity.csv", "report.md"])("%s is byte-identical to its golden copy", async (file) => {
    await first;
    if (file === "designs.csv" && !DESIGN_FILES.has(name)) return;
    await expect(readFileSync(join(out, file), "utf8")).toMatchFileSnapshot(`./${name}/${file}`);
  });

  it("manifest.json is identical apart from its volatile block", async () => {
    await first;
    await expect(withoutVolatileFields(readFileSync(join(out, "manifest.json"), "utf8"))).toMatchFileSnapshot(`./${name}/manifest.json`);
  });

  it("a second run writes the same bytes", async () => {
    await first;
    const again = join(scratch, `${name}-again`);
    expect((await runCli(argv.map((arg) => (arg === out ? again : arg)))).code).toBe(0);
    for (const file of [...readdirSync(out).filter((entry) => entry !== "figures"), ...readdirSync(join(out, "figures")).map((entry) => `figures/${entry}`)]) {
      const a = readFileSync(join(out, file), "utf8");
      const b = readFileSync(join(again, file), "utf8");
      if (file === "manifest.json") expect(withoutVolatileFields(b)).toBe(withoutVolatileFields(a));
      else expect(b, file).toBe(a);
    }
  });
});

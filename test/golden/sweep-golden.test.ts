import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

/**
 * Golden sweep (STYLE.md §7): a small two-field sweep of the shipped phase 2 example must
 * write byte-identical files to the committed copies under test/golden/sweep-pbc-phase2/
 * (the manifest without its volatile run block). Update with `npx vitest run -u` and
 * review the diff like code.
 */
const scratch = mkdtempSync(join(tmpdir(), "twin-trial-golden-sweep-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("golden sweep of trial-specs/pbc-phase2.yaml", () => {
  const out = join(scratch, "sweep");
  const argv = ["sweep", "trial-specs/pbc-phase2.yaml", "--vary", "population.n_per_arm=30,60", "--vary", "arms.high.regimen.dose_mg=100,200", "--replicates", "20", "--target-power", "0.5", "--out", out];
  const run = runCli(argv);

  it("prints the summary and exits 0", async () => {
    const result = await run;
    const transcript = `$ twin-trial ${argv.join(" ").replace(scratch, "<tmp>")}\n\n## stdout\n\n${result.stdout.replaceAll(scratch, "<tmp>")}\n## stderr\n\n${result.stderr}\nExit code: ${result.code}\n`;
    await expect(transcript).toMatchFileSnapshot("./sweep-pbc-phase2/cli.md");
    expect(result.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["figures", "manifest.json", "summary.csv", "sweep.md"]);
    expect(readdirSync(join(out, "figures")).sort()).toEqual(["power-arms.high.regimen.dose_mg.svg", "power-population.n_per_arm.svg"]);
  });

  it.each(["power-population.n_per_arm.svg", "power-arms.high.regimen.dose_mg.svg"])("figures/%s is byte-identical to its golden copy", async (file) => {
    await run;
    await expect(readFileSync(join(out, "figures", file), "utf8")).toMatchFileSnapshot(`./sweep-pbc-phase2/figures/${file}`);
  });

  it.each(["summary.csv", "sweep.md"])("%s is byte-identical to its golden copy", async (file) => {
    await run;
    await expect(readFileSync(join(out, file), "utf8")).toMatchFileSnapshot(`./sweep-pbc-phase2/${file}`);
  });

  it("manifest.json is identical apart from its volatile block", async () => {
    await run;
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8")) as Record<string, unknown>;
    expect(manifest.volatile_fields).toEqual(["run"]);
    delete manifest.run;
    await expect(`${JSON.stringify(manifest, null, 2)}\n`).toMatchFileSnapshot("./sweep-pbc-phase2/manifest.json");
  });
});

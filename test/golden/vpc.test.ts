import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

/**
 * The real-data check of the PK model (issue: a pharmacometrician's trust): the visual
 * predictive check of trial-specs/theophylline.yaml — the population model fitted to this
 * data by Pinheiro & Bates (2000) — against the 132 observed concentrations of the 12
 * subjects. A well-specified model puts about 90% of observations inside the simulated
 * 90% prediction band; the test accepts 80–98% (a misspecified model, e.g. half the
 * clearance or no variability, falls outside).
 */
const scratch = mkdtempSync(join(tmpdir(), "twin-trial-vpc-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("twin-trial vpc trial-specs/theophylline.yaml", () => {
  const out = join(scratch, "vpc");
  const run = runCli(["vpc", "trial-specs/theophylline.yaml", "--out", out, "--json"]);

  it("puts 80–98% of the observed concentrations inside the simulated 90% band (500 replicates)", async () => {
    const result = await run;
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout) as { observed: number; inside_band: number; share_inside_band: number; replicates: number };
    expect(summary.replicates).toBe(500);
    expect(summary.observed).toBe(132);
    expect(summary.share_inside_band).toBeGreaterThanOrEqual(0.8);
    expect(summary.share_inside_band).toBeLessThanOrEqual(0.98);
  });

  it.each(["vpc.csv", "vpc.md"])("%s is byte-identical to its golden copy", async (file) => {
    await run;
    await expect(readFileSync(join(out, file), "utf8")).toMatchFileSnapshot(`./theophylline-vpc/${file}`);
  });

  it("fails a misspecified model: half the clearance moves most late observations out of the band", async () => {
    const spec = readFileSync("trial-specs/theophylline.yaml", "utf8").replace("typical: 2.7767", "typical: 1.388").replace("file: ../cohorts/theoph.csv", `file: ${join(process.cwd(), "cohorts", "theoph.csv")}`);
    const path = join(scratch, "half-clearance.yaml");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(path, spec);
    const result = await runCli(["vpc", path, "--out", join(scratch, "bad"), "--json", "--replicates", "200"]);
    const summary = JSON.parse(result.stdout) as { share_inside_band: number };
    expect(summary.share_inside_band).toBeLessThan(0.8);
  });
});

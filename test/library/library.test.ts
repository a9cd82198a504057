import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InputError, loadSpec, simulate } from "../../src/index.js";
import { makeWorkspace, runCli } from "../helpers/cli.js";

const ROOT = new URL("../../", import.meta.url);
const POWER_CHECK = "trial-specs/power-check.yaml";
/** W1's exact power (noncentral t; pwr, power.t.test and rpact agree): ../shared/reference/WORKLOADS.md. */
const W1_EXACT_POWER = 0.69689;

describe("the library API: import { loadSpec, simulate } from 'twin-trial'", () => {
  it("loadSpec returns the validated spec with its defaults, and throws InputError naming the place", () => {
    const loaded = loadSpec(POWER_CHECK);
    expect(loaded.spec.trial.id).toBe("power-check");
    expect(loaded.spec.analysis.confidence_level).toBe(0.95);
    expect(loaded.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(() => loadSpec("trial-specs/no-such-spec.yaml")).toThrow(InputError);
    try {
      loadSpec("trial-specs/no-such-spec.yaml");
    } catch (error) {
      expect((error as InputError).issues[0]).toMatchObject({ code: "SPEC_NOT_FOUND", location: { kind: "file", file: "trial-specs/no-such-spec.yaml" } });
    }
  });

  it("simulate gives the CLI's numbers, within Monte Carlo error of the exact power", async () => {
    const progress: number[] = [];
    const simulation = await simulate(loadSpec(POWER_CHECK), { replicates: 400, workers: 1, onProgress: (done) => progress.push(done) });
    const cli = await runCli(["simulate", POWER_CHECK, "--replicates", "400", "--workers", "1", "--json", "--out", join(makeWorkspace(), "out")]);
    const printed = JSON.parse(cli.stdout) as { summary: { rejection_rate: number; rejection_rate_mcse: number; mean_estimate: number }[] };
    expect(simulation.trial).toEqual({ id: "power-check", title: expect.any(String) as string, seed: 42, replicates: 400 });
    expect(simulation.out).toBeUndefined();
    expect(progress).toEqual(Array.from({ length: 400 }, (_, index) => index + 1));
    const [hypothesis] = simulation.hypotheses;
    expect(hypothesis).toMatchObject({ endpoint: "outcome", treatmentArm: "treatment", controlArm: "placebo", method: "welch", quantity: "power" });
    expect(hypothesis?.rejectionRate).toBe(printed.summary[0]?.rejection_rate);
    expect(hypothesis?.meanEstimate).toBe(printed.summary[0]?.mean_estimate);
    expect(hypothesis?.rejectionRateMcse).toBeCloseTo(Math.sqrt((hypothesis!.rejectionRate * (1 - hypothesis!.rejectionRate)) / 400), 15);
    expect(Math.abs((hypothesis?.rejectionRate ?? 0) - W1_EXACT_POWER)).toBeLessThan(3 * Math.sqrt((W1_EXACT_POWER * (1 - W1_EXACT_POWER)) / 400));
  });

  it("simulate with out writes the folder `twin-trial simulate --out` writes, byte for byte", async () => {
    const root = makeWorkspace();
    const library = join(root, "library");
    const command = join(root, "command");
    const simulation = await simulate("trial-specs/pbc-phase2.yaml", { replicates: 5, workers: 1, out: library, format: "html", adam: true, nonmem: true });
    expect(simulation.out).toBe(library);
    expect((await runCli(["simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "5", "--workers", "1", "--out", command, "-q", "--format", "html", "--adam", "--nonmem"])).code).toBe(0);
    expect(readdirSync(library)).toEqual(expect.arrayContaining(["report.html", "adam", "nonmem", "figures"]));
    const files = readdirSync(command, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(command.length + 1)).sort();
    expect(readdirSync(library, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name).slice(library.length + 1)).sort()).toEqual(files);
    for (const file of files.filter((name) => name !== "manifest.json")) expect(readFileSync(join(library, file), "utf8"), file).toBe(readFileSync(join(command, file), "utf8"));
    const outputsOf = (folder: string) => (JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as { outputs: unknown }).outputs;
    expect(outputsOf(library)).toEqual(outputsOf(command));
  });

  it("refuses file options without an out folder", async () => {
    await expect(simulate(POWER_CHECK, { replicates: 5, workers: 1, format: "html" })).rejects.toThrow(InputError);
  });

  it("is what the package exports: a Node process imports it by name, with its types", () => {
    const pkg = JSON.parse(readFileSync(new URL("package.json", ROOT), "utf8")) as { exports: Record<string, { types: string; import: string }> };
    expect(pkg.exports["."]).toEqual({ types: "./dist/index.d.ts", import: "./dist/index.js" });
    expect(readFileSync(new URL("dist/index.d.ts", ROOT), "utf8")).toContain("export declare function simulate(spec: string | LoadedSpec, options?: SimulateOptions): Promise<Simulation>;");
    const script = `import { loadSpec, simulate } from "twin-trial"; const s = await simulate(loadSpec("${POWER_CHECK}"), { replicates: 20 }); console.log(JSON.stringify(s.hypotheses.map((h) => h.method)));`;
    expect(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: new URL(".", ROOT), encoding: "utf8" })).toBe('["welch"]\n');
  });
});

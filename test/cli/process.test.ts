import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

/** The real executable (bin/twin-trial.js → dist/, built by `npm test`'s pretest). */
const BIN = new URL("../../bin/twin-trial.js", import.meta.url).pathname;

describe("bin/twin-trial.js as a process", () => {
  it("prints the version and exits 0", () => {
    const run = spawnSync(process.execPath, [BIN, "--version"], { encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("sets exit code 2 for a user mistake, without a stack trace", () => {
    const run = spawnSync(process.execPath, [BIN, "simulate", "missing.yaml"], { encoding: "utf8" });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("missing.yaml: error SPEC_NOT_FOUND: spec file not found\n  hint: check the path; example specs are in trial-specs/, e.g. trial-specs/pbc-phase2.yaml\n");
  });

  it.each([["1"], ["2"]])("exits 130 on SIGINT with %s worker(s) and leaves no results folder, partial or whole", async (workers) => {
    const scratch = mkdtempSync(join(tmpdir(), "twin-trial-sigint-"));
    const out = join(scratch, "results");
    const child = spawn(process.execPath, [BIN, "simulate", "trial-specs/pbc-phase2.yaml", "--replicates", "1000000", "--out", out, "--workers", workers], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    child.kill("SIGINT");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
    expect(code).toBe(130);
    expect(stderr).toBe("interrupted: no results were written\n");
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(scratch)).toEqual([]);
  }, 20_000);
});

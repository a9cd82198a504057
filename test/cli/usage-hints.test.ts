import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { editedSpecText } from "../helpers/plan.js";
import { makeWorkspace, runCli, writeWorkspaceFile } from "../helpers/cli.js";

/** Mistakes commander catches (unknown option, command or a missing argument) also end with a hint, exit 2. */
describe("command-line usage mistakes", () => {
  it.each([
    [["simulate", "--bogus", "x"], "error: unknown option '--bogus'"],
    [["simulat"], "error: unknown command 'simulat'"],
    [["simulate"], "error: missing required argument 'spec'"],
  ])("%j gets commander's message and a hint", async (argv, message) => {
    const run = await runCli(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain("  hint: `twin-trial --help` lists the commands, `twin-trial <command> --help` a command's arguments and options");
  });

  it("validate refuses --replicates that would keep more than 1 GB of patient rows, as simulate does", async () => {
    const root = makeWorkspace();
    const file = writeWorkspaceFile(root, join("specs", "spec.yaml"), editedSpecText("pbc-phase2.yaml", [[["outputs", "keep_replicates"], 10_000_000]]));
    for (const command of ["validate", "simulate"]) {
      const run = await runCli([command, file, "--replicates", "10000000", ...(command === "simulate" ? ["--out", join(root, "out")] : [])]);
      expect(run.code, command).toBe(2);
      expect(run.stderr, command).toContain("--replicates: error SPEC_INVALID_VALUE");
    }
  });
});

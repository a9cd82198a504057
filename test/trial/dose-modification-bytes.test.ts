import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { editedSpecText } from "../helpers/plan.js";
import { makeWorkspace, runCli, writeWorkspaceFile } from "../helpers/cli.js";
import { resultFiles } from "../helpers/results-files.js";

/**
 * A dose modification rule that never fires must leave every output as it is without the
 * rule (issue 6): the rules take no random numbers and change nothing until an event fits
 * them. The shipped oncology spec with its ordinal model made unable to reach grade 3 (θ3 =
 * θ4 = θ5 = −100) is run with its rules and without them.
 */
async function outputs(spec: string): Promise<Map<string, string>> {
  const root = makeWorkspace();
  const file = writeWorkspaceFile(root, join("specs", "spec.yaml"), spec);
  const out = join(root, "out");
  const run = await runCli(["simulate", file, "--replicates", "5", "--out", out]);
  expect(run.code, run.stderr).toBe(0);
  return new Map(resultFiles(out).map((name) => [name, readFileSync(join(out, name), "utf8")]));
}

describe("dose modification rules that never fire", () => {
  it("give the same bytes as the same spec without rules (every file but the manifest, which records the spec)", async () => {
    const neverSevere = editedSpecText("oncology-dose-modification.yaml", [[["adverse_events", 0, "ordinal", "intercepts"], [1, -100, -100, -100]]]);
    const withRules = await outputs(neverSevere);
    const withoutText = neverSevere.replace(/^dose_modifications:\n(?: .*\n)+/m, "");
    expect(neverSevere).toContain("dose_modifications:");
    expect(withoutText).not.toContain("dose_modifications:");
    const withoutRules = await outputs(withoutText);
    expect(withoutRules.size).toBeGreaterThan(0);
    expect([...withRules.keys()].sort()).toEqual([...withoutRules.keys()].sort());
    for (const [name, content] of withRules) {
      if (name === "manifest.json") continue;
      expect(content, name).toBe(withoutRules.get(name));
    }
  });
});

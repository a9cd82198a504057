import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareTrial } from "../../src/cli/prepare-trial.js";
import { formatIssues } from "../../src/cli/format-issues.js";
import { InputError } from "../../src/errors.js";
import { makeWorkspace, runCli, writeWorkspaceFile } from "../helpers/cli.js";
import { PBC_TWIN_SPEC } from "./pbc-twin-fixture.js";
import reference from "../reference/twin-models.json" with { type: "json" };

const root = makeWorkspace();

function specFile(name: string, text: string): string {
  return writeWorkspaceFile(root, join("specs", name), text);
}

describe("prepareTrial with twin models", () => {
  it("reads the raw outcome columns, fits every twin model and plans the fitted spec", () => {
    const prepared = prepareTrial(specFile("twin.yaml", PBC_TWIN_SPEC), {});
    expect(prepared.plan.twinFits.map((fit) => [fit.endpoint, fit.model, fit.fittedCount])).toEqual([
      ["albumin_change", "linear", 154],
      ["death", "logistic", 154],
      ["death_time", "weibull", 154],
      ["death_time_exponential", "exponential", 154],
    ]);
    const [continuous, binary, weibull] = prepared.plan.spec.endpoints;
    expect(continuous?.residual_sd).toBe(prepared.plan.twinFits[0]?.residualSd);
    // The same numbers as the pure fit (fit-twin-model.test.ts compares them with R): 1e-12 is rounding.
    expect(continuous?.residual_sd).toBeCloseTo(reference.linear.sigma, 12);
    expect(binary?.logistic?.intercept).toBeCloseTo(reference.logistic.intercept_at_reference, 12);
    expect(weibull?.baseline_hazard?.scale_days).toBeCloseTo(reference.weibull.scale_days, 8);
    expect(prepared.plan.endpoints).toHaveLength(4);
  });

  it("names the spec place of a twin-model column missing from the CSV header", () => {
    const text = PBC_TWIN_SPEC.replace("time_column: time\n      event_column: status\n      event_values: [2]\n      covariates", "time_column: followup\n      event_column: status\n      event_values: [2]\n      covariates");
    const path = specFile("missing-column.yaml", text);
    let lines: string[] = [];
    try {
      prepareTrial(path, {});
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      lines = formatIssues(error.issues).replaceAll(root, "<tmp>").trimEnd().split("\n");
    }
    expect(lines[0]).toBe('<tmp>/cohorts/pbc.csv row 1, column "followup": error COHORT_MISSING_COLUMN: column "followup" is not in the header (endpoints[2].twin_model.time_column names it)');
    expect(lines).toHaveLength(2);
  });

  it("simulates from the fitted twin models end to end", async () => {
    const out = join(root, "results-twin");
    const run = await runCli(["simulate", specFile("simulate.yaml", PBC_TWIN_SPEC), "--replicates", "2", "--out", out, "--quiet"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
  });
});

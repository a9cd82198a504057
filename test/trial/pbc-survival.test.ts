import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/format-issues.js";
import { prepareTrial } from "../../src/cli/prepare-trial.js";
import { InputError } from "../../src/errors.js";
import { observedSurvivalByArm, survivalPoint } from "../../src/trial/index.js";
import { exampleSpecText, makeWorkspace, writeWorkspaceFile } from "../helpers/cli.js";
import { editedSpecText, planFromText } from "../helpers/plan.js";

/** test/reference/pbc-survival-fit.json, made by test/reference/pbc-survival-fit.R (R 4.2.2, survival 3.5-3). */
interface ArmReference {
  readonly n: number;
  readonly events: number;
  readonly n_risk: readonly number[];
  readonly lower: readonly number[];
  readonly upper: readonly number[];
  readonly median: number;
  readonly median_lower: number;
  readonly median_upper: number;
}
interface FitReference {
  readonly ph: { readonly shape: number; readonly median_days: number; readonly log_hazard_ratio: Record<string, number> };
  readonly real_trial: {
    readonly logrank: { readonly chisq: number; readonly p: number };
    readonly km_at_days: Record<string, { readonly days: readonly number[]; readonly survival: readonly number[] }>;
    readonly log_log: Record<string, ArmReference>;
  };
}
const reference = JSON.parse(readFileSync(new URL("../reference/pbc-survival-fit.json", import.meta.url), "utf8")) as FitReference;

function relative(actual: number, expected: number): number {
  return Math.abs(actual - expected) / Math.abs(expected);
}

describe("trial-specs/pbc-survival.yaml", () => {
  const plan = planFromText(editedSpecText("pbc-survival.yaml", []));

  it("uses the Weibull model fitted to the real trial (rounded to 6 significant digits in the spec)", () => {
    const endpoint = plan.spec.endpoints[0];
    const hazard = endpoint?.baseline_hazard;
    expect(relative(hazard?.median_days ?? 0, reference.ph.median_days)).toBeLessThan(5e-6);
    expect(relative(hazard?.shape ?? 0, reference.ph.shape)).toBeLessThan(5e-5);
    const coefficients = Object.fromEntries((endpoint?.covariates ?? []).map((term) => [term.transform === "log" ? `log_${term.column}` : term.column, term.coefficient]));
    for (const name of ["age", "log_bili", "albumin"]) expect(relative(coefficients[name] ?? 0, reference.ph.log_hazard_ratio[name] ?? Number.NaN)).toBeLessThan(5e-5);
  });

  it("reads the real trial's outcome and matches R's survfit and survdiff on it", () => {
    const observed = plan.observed.find((entry) => entry.endpoint === "death_or_transplant");
    expect(observed?.arms.map((arm) => arm.label)).toEqual(["D-penicillamine", "placebo"]);
    if (observed === undefined) return;
    const { arms, logRank } = observedSurvivalByArm(observed, 0.95);
    // survdiff: chi-square and its p to 1e-12 relative.
    expect(relative(logRank.chiSquare, reference.real_trial.logrank.chisq)).toBeLessThan(1e-12);
    expect(relative(logRank.pValue, reference.real_trial.logrank.p)).toBeLessThan(1e-12);
    for (const arm of arms) {
      const km = reference.real_trial.km_at_days[arm.label];
      const ref = reference.real_trial.log_log[arm.label];
      if (km === undefined || ref === undefined) throw new Error(`no reference for ${arm.label}`);
      expect([arm.patients, arm.events]).toEqual([ref.n, ref.events]);
      km.days.forEach((day, index) => {
        const point = survivalPoint(arm, day, 0.95);
        // S(t) and the log-log limits of summary(survfit(conf.type = "log-log"), times): 1e-13 relative (R prints 15 digits).
        expect(relative(point.survival, km.survival[index] ?? Number.NaN)).toBeLessThan(1e-13);
        expect(relative(point.ciLower, ref.lower[index] ?? Number.NaN)).toBeLessThan(1e-13);
        expect(relative(point.ciUpper, ref.upper[index] ?? Number.NaN)).toBeLessThan(1e-13);
        expect(point.atRisk).toBe(ref.n_risk[index]);
      });
      // quantile(survfit, 0.5): event days, so exact.
      expect([arm.median.median, arm.median.ciLower, arm.median.ciUpper]).toEqual([ref.median, ref.median_lower, ref.median_upper]);
    }
  });
});

describe("the real trial's outcome columns (endpoint.observed)", () => {
  function messagesFor(edit: (lines: string[]) => void): string {
    const root = makeWorkspace();
    const lines = readFileSync(join(root, "cohorts", "pbc.csv"), "utf8").split("\n");
    edit(lines);
    writeWorkspaceFile(root, join("cohorts", "pbc.csv"), lines.join("\n"));
    const spec = writeWorkspaceFile(root, join("specs", "spec.yaml"), exampleSpecText("pbc-survival.yaml"));
    try {
      prepareTrial(spec, {});
    } catch (error) {
      if (error instanceof InputError) return formatIssues(error.issues).replaceAll(`${join(root, "cohorts")}/`, "");
      throw error;
    }
    return "no issues";
  }
  // Row 1 of pbc.csv is the header; columns: id,time,status,trt,...,arm (time is the 2nd).
  const setCell = (lines: string[], row: number, column: number, value: string) => {
    const cells = (lines[row - 1] ?? "").split(",");
    cells[column] = value;
    lines[row - 1] = cells.join(",");
  };

  it("names row and column of a follow-up time that is not a number", () => {
    expect(messagesFor((lines) => setCell(lines, 4, 1, "4500d"))).toBe(
      'pbc.csv row 4, column "time": error COHORT_NOT_A_NUMBER: time must be a follow-up time in days (a number >= 0), got "4500d"\n  hint: write the time as a plain number such as 1460 (days since randomisation)\n',
    );
  });

  it("names row and column of a missing outcome and says how to exclude the patient", () => {
    expect(messagesFor((lines) => setCell(lines, 7, 2, "NA"))).toBe(
      'pbc.csv row 7, column "status": error COHORT_MISSING_VALUE: status holds the real trial\'s outcome of death_or_transplant but is missing here\n  hint: add {column: status, not_missing: true} to cohort.eligibility, or fill the value\n',
    );
  });
});

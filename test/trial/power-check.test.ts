import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runTrial, type TrialResult } from "../../src/trial/index.js";
import { editedSpecText, planFromText } from "../helpers/plan.js";

/**
 * trial-specs/power-check.yaml is WORKLOADS.md's W1 (../shared/reference/WORKLOADS.md):
 * N(0, 1) vs N(0.5, 1), 50 per arm, Welch's t test one-sided at 2.5%. Its exact power is
 * 0.69689 (trial.json analytic.n50: pwr::pwr.t.test = stats::power.t.test =
 * rpact::getPowerMeans = 0.69688881910372, noncentral t with 2n − 2 df), and with 100 per arm
 * (W2) 0.94043 (analytic.n100: 0.940427182324771). trial.json is copied to test/reference.
 * The example is run as shipped, 10,000 simulated trials with its own seed, and the power
 * must lie within 3 Monte Carlo SEs √(p(1 − p)/R) of the exact value: 0.0138 for W1 and
 * 0.0071 for W2 — a test at the wrong alpha (one-sided 5% gives about 0.80 for W1), in the
 * wrong direction (power near 0) or with a wrong SE would fail. (Welch's test loses a negligible amount of power
 * against the pooled test behind these values at equal n and equal variances.)
 */
const TRIAL = JSON.parse(readFileSync(new URL("../reference/trial.json", import.meta.url), "utf8")) as {
  analytic: { n50: { n_per_arm: number; pwr_t_test: number }; n100: { n_per_arm: number; pwr_t_test: number } };
};

function expectPower(result: TrialResult, exact: number): void {
  const replicates = 10_000;
  const [summary] = result.summary;
  expect(result.summary).toHaveLength(1);
  expect(summary?.method).toBe("welch");
  expect(summary?.isNull).toBe(false);
  const c = summary?.characteristics;
  expect(c?.replicates).toBe(replicates);
  expect(c?.failedAnalyses).toBe(0);
  expect(Math.abs((c?.rejectionRate ?? Number.NaN) - exact)).toBeLessThan(3 * Math.sqrt((exact * (1 - exact)) / replicates));
}

describe("power-check.yaml against the exact power of WORKLOADS.md W1 and W2", () => {
  it("the reference values are the ones the spec's comment cites", () => {
    expect(TRIAL.analytic.n50.n_per_arm).toBe(50);
    expect(TRIAL.analytic.n50.pwr_t_test).toBeCloseTo(0.69689, 5);
    expect(TRIAL.analytic.n100.n_per_arm).toBe(100);
    expect(TRIAL.analytic.n100.pwr_t_test).toBeCloseTo(0.94043, 5);
  });

  it("the shipped spec is the W1 design", () => {
    const { spec } = planFromText(editedSpecText("power-check.yaml", []));
    expect([spec.trial.replicates, spec.trial.alpha, spec.population.n_per_arm, spec.analysis.methods, spec.analysis.alternative]).toEqual([10_000, 0.025, 50, ["welch"], "greater"]);
    const [endpoint] = spec.endpoints;
    expect([endpoint?.type, endpoint?.drug_effect?.model, endpoint?.drug_effect?.value, endpoint?.residual_sd, endpoint?.baseline_slope, endpoint?.placebo_response]).toEqual(["continuous", "constant", 0.5, 1, 0, 0]);
  });

  it("W1, 50 per arm: power within 3 MCSE (0.0138) of 0.69689", () => {
    expectPower(runTrial(planFromText(editedSpecText("power-check.yaml", []))), TRIAL.analytic.n50.pwr_t_test);
  });

  it("W2, 100 per arm: power within 3 MCSE (0.0071) of 0.94043", () => {
    expectPower(runTrial(planFromText(editedSpecText("power-check.yaml", [[["population", "n_per_arm"], 100]]))), TRIAL.analytic.n100.pwr_t_test);
  });
});

import { describe, expect, it } from "vitest";
import { runTrial } from "../../src/trial/index.js";
import { editedSpecText, planFromText } from "../helpers/plan.js";

/**
 * Calibration under the null: with no drug effect, every test must reject at its nominal
 * level and every CI cover at its nominal level, within 3 Monte Carlo SEs (Morris et al.
 * 2019). A deterministic run (fixed seed) of 2,000 simulated trials.
 */
describe("calibration with the drug effect set to zero", () => {
  const replicates = 2000;
  const text = editedSpecText("pbc-phase2.yaml", [
    [["arms"], [{ id: "placebo", control: true }, { id: "high", regimen: { route: "oral", dose_mg: 200, interval_h: 24 } }]],
    [["population", "n_per_arm"], 20],
    [["endpoints", 0, "drug_effect", "emax"], 0],
    [["outputs", "keep_replicates"], 0],
  ]);
  const result = runTrial(planFromText(text, { replicates: String(replicates) }));

  it("knows the truth is exactly zero in every replicate", () => {
    expect(result.summary.map((summary) => [summary.method, summary.isNull, summary.characteristics.meanTrueEffect])).toEqual([
      ["welch", true, 0],
      ["ancova", true, 0],
    ]);
  });

  for (const method of ["welch", "ancova"] as const) {
    it(`${method}: type I error within 3 MCSE of alpha = 0.05 and 95% CI coverage within 3 MCSE of 0.95`, () => {
      const summary = result.summary.find((entry) => entry.method === method);
      const c = summary?.characteristics;
      expect(c?.replicates).toBe(replicates);
      expect(c?.failedAnalyses).toBe(0);
      const mcseAlpha = Math.sqrt((0.05 * 0.95) / replicates);
      expect(Math.abs((c?.rejectionRate ?? 1) - 0.05)).toBeLessThan(3 * mcseAlpha);
      expect(Math.abs((c?.coverage ?? 0) - 0.95)).toBeLessThan(3 * mcseAlpha);
      // Coverage and rejection are complements under the null (the CI excludes 0 iff p < alpha).
      expect((c?.coverage ?? 0) + (c?.rejectionRate ?? 0)).toBeCloseTo(1, 12);
    });
  }
});

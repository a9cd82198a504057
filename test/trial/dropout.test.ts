import { describe, expect, it } from "vitest";
import { runTrial, simulateReplicate } from "../../src/trial/index.js";
import { editSpecText, planFromText } from "../helpers/plan.js";

/** Two arms, a continuous endpoint with visits on days 28, 56 and 84, a constant drug effect of 0.5 (SD 1). */
const SPEC = `
trial: {id: dropout, title: Dropout, seed: 3, replicates: 400, alpha: 0.05, duration_days: 84}
cohort:
  file: ../cohorts/pbc_baseline.csv
  id_column: id
  columns:
    albumin: {type: number}
population: {method: bootstrap, n_per_arm: 100}
arms:
  - {id: placebo, control: true}
  - {id: drug, regimen: {route: oral, dose_mg: 1, interval_h: 24}}
endpoints:
  - id: y
    type: continuous
    baseline_column: albumin
    visits_days: [28, 56, 84]
    drug_effect: {model: constant, value: 0.5}
    residual_sd: 1
analysis: {methods: [welch], ancova_covariates: []}
outputs: {keep_replicates: 0}
dropout:
  rate_per_year: 2
`;

describe("dropout", () => {
  it("missing completely at random: the share who leave by the end is 1 − exp(−rate·T) (within 4 binomial SEs)", () => {
    const plan = planFromText(SPEC);
    let left = 0;
    let total = 0;
    for (let replicate = 1; replicate <= 20; replicate++) {
      const simulation = simulateReplicate(plan, replicate);
      simulation.dropout?.day.forEach((day) => {
        total += 1;
        left += day < 84 ? 1 : 0;
      });
      expect(simulation.dropout?.reason.every((reason) => reason === undefined || reason === "withdrawal")).toBe(true);
    }
    const expected = 1 - Math.exp((-2 * 84) / 365.25);
    expect(Math.abs(left / total - expected)).toBeLessThan(4 * Math.sqrt((expected * (1 - expected)) / total));
  });

  it("completers only: unbiased when missing at random by design, biased when it depends on the unseen outcome", () => {
    const mcar = runTrial(planFromText(SPEC)).summary[0]?.characteristics;
    const mnar = runTrial(planFromText(editSpecText(SPEC, [[["dropout", "missing_not_at_random"], { endpoint: "y", coefficient: 1.5 }]]))).summary[0]?.characteristics;
    expect(Math.abs(mcar?.bias ?? Number.NaN)).toBeLessThan(3 * (mcar?.biasMcse ?? 0));
    // Patients with higher changes leave more often: the completers' mean change falls, more on drug (0.5 higher).
    expect(mnar?.bias ?? Number.NaN).toBeLessThan(-3 * (mnar?.biasMcse ?? 0));
  });

  it("lack of efficacy: every patient below the threshold at the visit leaves right after it", () => {
    const plan = planFromText(editSpecText(SPEC, [[["dropout"], { lack_of_efficacy: { endpoint: "y", visit_day: 28, threshold: -1, direction: "below" } }]]));
    const simulation = simulateReplicate(plan, 1);
    const outcome = simulation.endpoints[0];
    if (outcome?.type !== "continuous") throw new Error("continuous expected");
    outcome.visitChanges[0]?.forEach((change, patient) => {
      expect(simulation.dropout?.day[patient]).toBe(change < -1 ? 28 : Infinity);
      expect(outcome.observed?.[patient]).toBe(change < -1 ? 0 : 1);
    });
  });
});

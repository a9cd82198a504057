import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { TrialRunner, simulateReplicate } from "../../src/trial/index.js";
import { editSpecText, planFromText } from "../helpers/plan.js";

/**
 * End-to-end check of cohort → PK → PD → Welch → power against an independent reference:
 * WORKLOADS.md W3, whose semi-analytic power and mean drug effect were computed in R
 * (../shared/reference/trial.json, copied to test/reference/trial.json).
 */
const TRIAL = JSON.parse(readFileSync(new URL("../reference/trial.json", import.meta.url), "utf8")) as {
  pk_trial: { semi_analytic_power: { power: number; mean_effect: number; sd_effect: number }; loop_t_test: { mean_auc_mg_h_per_L: number } };
};
const W3_TEXT = readFileSync(new URL("../../bench/workloads/w3-pk-emax.yaml", import.meta.url), "utf8");
const AGES = readFileSync(new URL("../../cohorts/pbc_baseline.csv", import.meta.url), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((row) => Number(row.split(",")[1]));

function planW3(replicates: number) {
  // The bench spec points at ../../cohorts; the test workspace has specs/ beside cohorts/.
  const text = editSpecText(W3_TEXT, [[["cohort", "file"], "../cohorts/pbc_baseline.csv"]]);
  return planFromText(text, { replicates: String(replicates) });
}

describe("W3: the PK-driven two-arm trial against R", () => {
  it("the bench spec is the one tested", () => {
    expect(W3_TEXT).toContain("file: ../../cohorts/pbc_baseline.csv");
  });

  it("power and mean drug effect agree with the semi-analytic R values within Monte Carlo error", () => {
    const replicates = 1000;
    const runner = new TrialRunner(planW3(replicates));
    for (let replicate = 0; replicate < replicates; replicate++) runner.runNext();
    const [summary] = runner.result().summary;
    const reference = TRIAL.pk_trial.semi_analytic_power;
    const power = summary?.characteristics.rejectionRate ?? Number.NaN;
    // MCSE of a power near 0.806 over 1,000 trials is 0.0125: within 3 MCSE.
    expect(Math.abs(power - reference.power)).toBeLessThan(3 * Math.sqrt((reference.power * (1 - reference.power)) / replicates));
    // The true effect is the mean over 200,000 treated patients of Emax·AUC/(EC50+AUC):
    // SE = sd_effect / √200,000 = 0.00042; within 4 SE.
    const meanEffect = summary?.characteristics.meanTrueEffect ?? Number.NaN;
    expect(Math.abs(meanEffect - reference.mean_effect)).toBeLessThan(4 * (reference.sd_effect / Math.sqrt(200 * replicates)));
  });

  it("mean steady-state AUC equals its closed form over the real ages", () => {
    // AUC = F·D/CL = (100/3)·(age/50)^0.5·exp(−η), η ~ N(0, ln 1.09): E = (100/3)·mean(√(age/50))·exp(ln(1.09)/2).
    const closedForm = (100 / 3) * (AGES.reduce((sum, age) => sum + Math.sqrt(age / 50), 0) / AGES.length) * Math.sqrt(1.09);
    const plan = planW3(200);
    let sum = 0;
    let count = 0;
    for (let replicate = 1; replicate <= 200; replicate++) {
      for (const metrics of simulateReplicate(plan, replicate).exposure) {
        if (metrics === null) continue;
        sum += metrics.metrics.aucTauMgHPerL;
        count++;
      }
    }
    // 40,000 treated patients; AUC SD ≈ 11 mg·h/L → SE ≈ 0.055; within 4 SE. R's own mean (34.6149, MC) agrees.
    expect(count).toBe(40_000);
    expect(Math.abs(sum / count - closedForm)).toBeLessThan(4 * 0.055);
    expect(Math.abs(closedForm - TRIAL.pk_trial.loop_t_test.mean_auc_mg_h_per_L)).toBeLessThan(0.1);
  });
});

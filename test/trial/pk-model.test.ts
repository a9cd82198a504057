import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hasAreaMetrics, selectMetrics } from "../../src/trial/pk-model.js";
import { simulateReplicate, type TrialPlan } from "../../src/trial/index.js";
import { continuousOutcome } from "../helpers/outcomes.js";
import { editSpecText, planFromText } from "../helpers/plan.js";

// areaMetrics leaves out the extremes search where nothing reads the extremes; every metric it
// does give must be the very double of metrics (toBe is Object.is: bit for bit).

const W3_TEXT = readFileSync(new URL("../../bench/workloads/w3-pk-emax.yaml", import.meta.url), "utf8");

function planW3(edits: readonly [path: (string | number)[], value: unknown][] = []): TrialPlan {
  return planFromText(editSpecText(W3_TEXT, [[["cohort", "file"], "../cohorts/pbc_baseline.csv"], [["trial", "replicates"], 3], ...edits]));
}

describe("linear PK model: areaMetrics and windowMetrics", () => {
  it("give the doubles of metrics for AUCτ, Cavg, Ctrough (and the cumulative AUC), and NaN extremes", () => {
    const plan = planW3();
    const model = plan.pkModel;
    if (model === undefined || !hasAreaMetrics(model)) throw new Error("W3 has a closed-form PK model");
    const simulation = simulateReplicate(plan, 1);
    const values = (patient: number) => simulation.parameters?.values.map((column) => column[patient] as number) ?? [];
    const treated = simulation.exposure.flatMap((exposure, patient) => (exposure === null ? [] : [{ exposure, patient }]));
    expect(treated.length).toBe(200);
    const window = { lastDoseH: 648, intervalH: 24 };
    for (const { exposure, patient } of treated) {
      const full = model.metrics(values(patient), exposure.doses, window);
      const area = model.areaMetrics(values(patient), exposure.doses, window);
      const windowOnly = model.windowMetrics(values(patient), exposure.doses, window);
      for (const key of ["ctroughMgPerL", "aucTauMgHPerL", "cavgMgPerL", "aucCumulativeMgHPerL"] as const) expect(area[key], key).toBe(full[key]);
      for (const key of ["ctroughMgPerL", "aucTauMgHPerL", "cavgMgPerL"] as const) expect(windowOnly[key], key).toBe(full[key]);
      expect([area.cmaxMgPerL, area.tmaxAfterDoseH, area.cminMgPerL, area.timeAboveThresholdH]).toEqual([Number.NaN, Number.NaN, Number.NaN, Number.NaN]);
      expect(windowOnly.aucCumulativeMgHPerL).toBeNaN();
      expect(exposure.metrics.aucTauMgHPerL).toBe(full.aucTauMgHPerL);
    }
  });
});

describe("selectMetrics", () => {
  it("searches the extremes and sums the cumulative AUC only where an output or a driver can read them", () => {
    const plan = planW3();
    const model = plan.pkModel;
    if (model === undefined) throw new Error("W3 has a PK model");
    const window = { lastDoseH: 648, intervalH: 24 };
    const doses = plan.arms[1]?.dosing?.fullDoses ?? [];
    const measured = (spec: TrialPlan["spec"], replicate: number) => selectMetrics(model, spec, replicate)([1, 3, 40], doses, window);
    const hasExtremes = (spec: TrialPlan["spec"], replicate: number) => !Number.isNaN(measured(spec, replicate).cmaxMgPerL);
    expect(hasExtremes(plan.spec, 1)).toBe(false); // keep_replicates: 0, only auc_tau read
    expect(measured(plan.spec, 1).aucCumulativeMgHPerL).toBeNaN();
    expect(measured(planW3([[["endpoints", 0, "drug_effect", "exposure"], "auc_cumulative"]]).spec, 1).aucCumulativeMgHPerL).toBeGreaterThan(0);
    expect(hasExtremes({ ...plan.spec, outputs: { ...plan.spec.outputs, keep_replicates: 1 } }, 1)).toBe(true);
    expect(hasExtremes({ ...plan.spec, outputs: { ...plan.spec.outputs, keep_replicates: 1 } }, 2)).toBe(false);
    expect(hasExtremes(planW3([[["endpoints", 0, "drug_effect", "exposure"], "cmin"]]).spec, 3)).toBe(true);
    expect(hasExtremes(planW3([[["pk", "threshold_mg_per_l"], 0.5]]).spec, 3)).toBe(true);
  });

  it("changes no efficacy number: a kept replicate and an unkept one give the same patients", () => {
    const unkept = planW3();
    const kept = planW3([[["outputs", "keep_replicates"], 2]]);
    const numbers = (plan: TrialPlan) => {
      const simulation = simulateReplicate(plan, 2);
      const outcome = continuousOutcome(simulation.endpoints[0]);
      return [Array.from(outcome.change), Array.from(outcome.twinChange), simulation.exposure.map((exposure) => exposure?.metrics.aucTauMgHPerL ?? null)];
    };
    expect(numbers(unkept)).toEqual(numbers(kept));
  });
});

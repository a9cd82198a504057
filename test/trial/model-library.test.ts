import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prepareTrial } from "../../src/cli/prepare-trial.js";
import { simulateReplicate, type TrialPlan } from "../../src/trial/index.js";
import { makeWorkspace, writeWorkspaceFile } from "../helpers/cli.js";
import { continuousOutcome } from "../helpers/outcomes.js";

/**
 * The PK/PD library through the whole pipeline (spec → plan → replicate), against the R
 * deSolve references of test/reference/pk-extra.json (made by pk-extra.R, rtol 1e-10):
 * no between-patient variability and no residual error, so every virtual patient is the
 * reference patient.
 */
const REFERENCE = JSON.parse(readFileSync(new URL("../reference/pk-extra.json", import.meta.url), "utf8")) as {
  regimens: Record<string, Record<string, number[]> & { parameters: Record<string, number> }>;
};
const GRID = Array.from({ length: 337 }, (_, index) => index / 2);

/** A one-patient cohort with a baseline of 10 and a weight of 70 kg. */
function planOf(specBody: string): TrialPlan {
  const root = makeWorkspace();
  writeWorkspaceFile(root, join("cohorts", "one.csv"), "id,baseline,weight\n1,10,70\n2,10,70\n");
  const path = writeWorkspaceFile(root, join("specs", "spec.yaml"), `trial: {id: t, title: t, seed: 1, replicates: 1, duration_days: 7}
cohort:
  file: ../cohorts/one.csv
  id_column: id
  columns: {baseline: {type: number}, weight: {type: number}}
population: {method: cohort}
${specBody}`);
  return prepareTrial(path, {}).plan;
}

function expectClose(got: ArrayLike<number>, expected: readonly number[], tolerance: number, label: string): void {
  for (let index = 0; index < expected.length; index++) {
    const want = expected[index] as number;
    const value = got[index] as number;
    // Points where the reference is ~0 are compared absolutely.
    const error = Math.abs(want) < 1e-9 ? Math.abs(value - want) : Math.abs(value / want - 1);
    expect(error, `${label} at index ${index}: got ${value}, expected ${want}`).toBeLessThan(tolerance);
  }
}

describe("PK models through the pipeline, against deSolve", () => {
  it("three compartments, 2 h infusions every 12 h (pk-extra f): concentrations.csv's true values", () => {
    const plan = planOf(`arms:
  - id: drug
    regimen: {route: infusion, dose_mg: 500, interval_h: 12, n_doses: 14, infusion_duration_h: 2}
pk:
  model: three-compartment
  parameters: {clearance_l_per_h: {typical: 4}, volume_l: {typical: 10}, q2_l_per_h: {typical: 3}, volume2_l: {typical: 30}, q3_l_per_h: {typical: 0.5}, volume3_l: {typical: 100}}
  sampling_times_h: [${GRID.join(", ")}]
`);
    const simulation = simulateReplicate(plan, 1);
    // deSolve rtol 1e-10: the engine agrees to ~1e-10 (test/pk); 1e-8 leaves room for lsoda's own error.
    expectClose(simulation.concentrations?.trueMgPerL[0] ?? [], REFERENCE.regimens.f_three_cmt_infusion?.conc_lsoda ?? [], 1e-8, "3-cmt infusion");
  });

  it("a two-compartment titration with lag (pk-extra h): loading dose and dose increase from the regimen", () => {
    const plan = planOf(`arms:
  - id: drug
    regimen: {route: oral, dose_mg: 100, interval_h: 12, n_doses: 14, loading_doses_mg: [400], titration: [{from_day: 3, dose_mg: 200}]}
pk:
  model: two-compartment
  bioavailability: 0.9
  parameters: {ka_per_h: {typical: 0.8}, lag_time_h: {typical: 0.25}, clearance_l_per_h: {typical: 4}, volume_l: {typical: 20}, q2_l_per_h: {typical: 3}, volume2_l: {typical: 50}}
  sampling_times_h: [${GRID.join(", ")}]
`);
    const simulation = simulateReplicate(plan, 1);
    expect(simulation.exposure[0]?.doses.map((dose) => dose.amountMg)).toEqual([400, 100, 100, 100, 100, 100, 200, 200, 200, 200, 200, 200, 200, 200]);
    expectClose(simulation.concentrations?.trueMgPerL[0] ?? [], REFERENCE.regimens.h_two_cmt_oral_titration?.conc_lsoda ?? [], 1e-8, "titration");
  });

  it("an ODE model (Michaelis–Menten, pk-extra i) written in the spec", () => {
    const plan = planOf(`arms:
  - id: drug
    regimen: {route: iv-bolus, dose_mg: 500, interval_h: 24, n_doses: 7}
pk:
  model: ode
  parameters: {vmax: {typical: 40}, km: {typical: 5}, v: {typical: 25}}
  ode:
    compartments: [central]
    equations: {central: "-vmax * (central / v) / (km + central / v)"}
    concentration: "central / v"
    dose_compartments: {iv-bolus: central}
    relative_tolerance: 1e-10
    absolute_tolerance: 1e-12
  sampling_times_h: [${GRID.join(", ")}]
`);
    // Both solvers at rtol 1e-10; test/ode measured 9.7e-10 against lsoda.
    expectClose(simulateReplicate(plan, 1).concentrations?.trueMgPerL[0] ?? [], REFERENCE.regimens.i_michaelis_menten_iv?.conc_lsoda ?? [], 1e-8, "Michaelis-Menten");
  });
});

describe("PD models through the pipeline, against deSolve (pk-extra pd_on_case_a)", () => {
  const PK = `arms:
  - {id: placebo, control: true}
  - id: drug
    regimen: {route: oral, dose_mg: 320, interval_h: 12, n_doses: 14}
pk:
  model: one-compartment
  parameters: {ka_per_h: {typical: 1.5}, clearance_l_per_h: {typical: 2.8}, volume_l: {typical: 32}}
`;
  const visits = [1, 2, 3.5, 7]; // days: grid indexes 48, 96, 168, 336
  const atVisits = (series: readonly number[]): number[] => visits.map((day) => series[day * 48] as number);
  const reference = REFERENCE.regimens.pd_on_case_a as unknown as Record<string, number[]>;

  for (const type of [1, 2, 3, 4] as const) {
    it(`indirect response type ${type}: change = R(t) − R0 at the visits`, () => {
      const fields = type <= 2 ? "imax: 0.8, ic50_mg_per_l: 5" : "emax: 1.5, ec50_mg_per_l: 6";
      const plan = planOf(`${PK}endpoints:
  - {id: r, type: continuous, model: indirect-response, baseline_column: baseline, visits_days: [${visits.join(", ")}], residual_sd: 0, indirect_response: {type: ${type}, kout_per_h: 0.2, ${fields}}}
`);
      const simulation = simulateReplicate(plan, 1);
      const drugPatient = Array.from(simulation.arm).indexOf(1);
      const expected = atVisits(reference[`idr_type_${type}`] ?? []).map((value) => value - 10);
      // PD solver at its default rtol 1e-8 (test/pd measured ≤ 5.6e-9 at 1e-10): 1e-6 relative.
      expectClose(continuousOutcome(simulation.endpoints[0]).visitChanges.map((changes: Float64Array) => changes[drugPatient] as number) ?? [], expected, 1e-6, `IDR ${type}`);
      // The twin under placebo stays at its baseline: change 0.
      expect(continuousOutcome(simulation.endpoints[0]).twinVisitChanges.map((changes: Float64Array) => changes[drugPatient])).toEqual([0, 0, 0, 0]);
    });
  }

  it("effect compartment: a linear effect on Ce at the visits", () => {
    const plan = planOf(`${PK}endpoints:
  - {id: e, type: continuous, baseline_column: baseline, visits_days: [${visits.join(", ")}], residual_sd: 0, drug_effect: {model: linear, exposure: effect-site, ke0_per_h: 0.3, slope: 1}}
`);
    const simulation = simulateReplicate(plan, 1);
    const drugPatient = Array.from(simulation.arm).indexOf(1);
    expectClose(continuousOutcome(simulation.endpoints[0]).visitChanges.map((changes: Float64Array) => changes[drugPatient] as number) ?? [], atVisits(reference.effect_site_conc ?? []), 1e-6, "effect site");
  });
});

describe("dosing through the pipeline", () => {
  it("doses per kg use each patient's weight", () => {
    const plan = planOf(`arms:
  - id: drug
    regimen: {route: oral, dose_mg_per_kg: 4, weight_column: weight, interval_h: 24, n_doses: 2}
pk:
  model: one-compartment
  parameters: {ka_per_h: {typical: 1.5}, clearance_l_per_h: {typical: 2.8}, volume_l: {typical: 32}}
`);
    expect(simulateReplicate(plan, 1).exposure[0]?.doses.map((dose) => dose.amountMg)).toEqual([280, 280]);
  });

  it("constant adherence: the share of doses taken is 1 − p within 5 binomial SEs", () => {
    const plan = planOf(`adherence: {model: constant, missed_dose_probability: 0.2}
arms:
  - {id: placebo, control: true}
  - id: drug
    regimen: {route: oral, dose_mg: 100, interval_h: 12, n_doses: 200}
pk:
  model: one-compartment
  parameters: {ka_per_h: {typical: 1.5}, clearance_l_per_h: {typical: 2.8}, volume_l: {typical: 32}}
`);
    let taken = 0;
    let scheduled = 0;
    for (let replicate = 1; replicate <= 50; replicate++) {
      const exposure = simulateReplicate(plan, replicate).exposure.find((entry) => entry !== null);
      taken += exposure?.doses.length ?? 0;
      scheduled += 200;
    }
    // 10,000 Bernoulli(0.8) doses: SE = √(0.8·0.2/10,000) = 0.004.
    expect(Math.abs(taken / scheduled - 0.8)).toBeLessThan(5 * 0.004);
  });
});

describe("time above a threshold", () => {
  it("is the exact time with C above pk.threshold_mg_per_l over the last dosing interval (IV bolus closed form)", () => {
    // One 100 mg bolus into V = 10 L with k = CL/V = 0.5 /h: C(t) = 10·e^(−0.5 t) > 2 until t = ln 5 / 0.5 = 3.2189 h.
    const plan = planOf(`arms:
  - id: drug
    regimen: {route: iv-bolus, dose_mg: 100, interval_h: 24, n_doses: 1}
pk:
  model: one-compartment
  parameters: {clearance_l_per_h: {typical: 5}, volume_l: {typical: 10}}
  threshold_mg_per_l: 2
`);
    const metrics = simulateReplicate(plan, 1).exposure[0]?.metrics;
    expect(Math.abs((metrics?.timeAboveThresholdH ?? 0) - Math.log(5) / 0.5)).toBeLessThan(1e-9);
  });
});

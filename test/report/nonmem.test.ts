import { describe, expect, it } from "vitest";
import { renderNonmemDefine } from "../../src/report/nonmem-define.js";
import { compartmentNumbers, renderNonmemDataset } from "../../src/report/nonmem.js";
import { renderConcentrations } from "../../src/report/render-concentrations.js";
import { renderPatients } from "../../src/report/render-patients.js";
import type { TrialPlan } from "../../src/trial/index.js";
import { keptReplicates, readCsv } from "../helpers/kept-replicates.js";

type Row = Record<string, string>;

/** pbc-turnover: loading dose 50 mg, 10 mg daily, 25 mg from day 28, beta adherence, 7 samples after the first dose, 2 kept replicates. */
const turnover = keptReplicates("pbc-turnover.yaml");
const dataset = readCsv(renderNonmemDataset(turnover.plan, turnover.kept));
const patients = readCsv(renderPatients(turnover.plan, turnover.kept)).rows.filter((row) => row.is_twin === "false");

function recordsOf(rows: readonly Row[], id: string): Row[] {
  return rows.filter((row) => row.ID === id);
}

describe("NONMEM-style dataset", () => {
  it("has NONMEM's data items, then the replicate, patient, arm and the cohort covariates", () => {
    expect(dataset.header).toEqual(["ID", "TIME", "AMT", "RATE", "EVID", "CMT", "DV", "MDV", "SIMREP", "SUBJID", "ARMN", "AGE", "SEX", "BILI", "ALK_PHOS", "ALP_ULN"]);
    const define = renderNonmemDefine(turnover.plan);
    expect([...define.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((match) => match[1])).toEqual(dataset.header);
    expect(define).toContain("$INPUT ID TIME AMT RATE EVID CMT DV MDV SIMREP SUBJID ARMN AGE SEX BILI ALK_PHOS ALP_ULN");
    expect(define).toContain("cohort column `sex` as a code: 1 = f, 2 = m");
  });

  it("is sorted by ID, then TIME, a dose before an observation at the same time", () => {
    const rows = dataset.rows;
    let sameTimeDoseFirst = 0;
    for (let index = 1; index < rows.length; index++) {
      const [before, row] = [rows[index - 1] as Row, rows[index] as Row];
      expect(Number(row.ID)).toBeGreaterThanOrEqual(Number(before.ID));
      if (row.ID !== before.ID) continue;
      expect(Number(row.TIME)).toBeGreaterThanOrEqual(Number(before.TIME));
      if (row.TIME === before.TIME) expect([before.EVID, row.EVID]).not.toEqual(["0", "1"]);
      if (row.TIME === before.TIME && before.EVID === "1" && row.EVID === "0") sameTimeDoseFirst++;
    }
    // the sample at 24 h meets the second dose (when taken)
    expect(sameTimeDoseFirst).toBeGreaterThan(50);
  });

  it("follows NONMEM's EVID / MDV rules, with . for missing", () => {
    for (const row of dataset.rows) {
      if (row.EVID === "1") expect([row.MDV, row.DV, row.RATE, row.CMT, Number(row.AMT) > 0]).toEqual(["1", ".", "0", "1", true]);
      else expect([row.EVID, row.MDV, row.AMT, row.RATE, row.CMT, Number.isFinite(Number(row.DV))]).toEqual(["0", "0", ".", ".", "2", true]);
    }
  });

  it("leaves out placebo patients; ID is unique across replicates", () => {
    const drug = patients.filter((row) => row.arm === "drug");
    expect(new Set(dataset.rows.map((row) => row.ID))).toEqual(new Set(drug.map((row) => String((Number(row.replicate) - 1) * 100 + Number(row.patient_id)))));
    expect(new Set(dataset.rows.map((row) => row.ARMN))).toEqual(new Set(["2"]));
  });

  it("has concentrations.csv's observed concentrations as DV, in its order", () => {
    const observations = dataset.rows.filter((row) => row.EVID === "0");
    const samples = readCsv(renderConcentrations(turnover.plan, turnover.kept)).rows;
    expect(observations.map((row) => [row.SIMREP, row.SUBJID, row.TIME, row.DV])).toEqual(samples.map((row) => [row.replicate, row.patient_id, row.time_h, row.observed_mg_per_l]));
  });

  it("has the regimen's doses: schedule, loading dose, titration, without the doses adherence skipped", () => {
    let missedSomewhere = 0;
    for (const patient of patients.filter((row) => row.arm === "drug")) {
      const id = String((Number(patient.replicate) - 1) * 100 + Number(patient.patient_id));
      const missed = new Set((patient.missed_doses ?? "").split(";").filter((text) => text !== "").map(Number));
      missedSomewhere += missed.size;
      const expected = Array.from({ length: Number(patient.doses_planned) }, (_, index) => index)
        .filter((index) => !missed.has(index + 1))
        // pbc-turnover.yaml: loading_doses_mg [50], 10 mg every 24 h, 25 mg from day 28 (672 h)
        .map((index) => [String(index * 24), index === 0 ? "50" : index * 24 >= 672 ? "25" : "10"]);
      const doses = recordsOf(dataset.rows, id).filter((row) => row.EVID === "1");
      expect(doses.map((row) => [row.TIME, row.AMT]), `patient ${id}`).toEqual(expected);
      expect(doses).toHaveLength(Number(patient.doses_taken));
    }
    expect(missedSomewhere).toBeGreaterThan(100);
  });

  it("gives an infusion its rate (amount / duration) into the central compartment", () => {
    const infusion = keptReplicates("pbc-phase2.yaml", [
      [["arms", 2, "regimen"], { route: "infusion", dose_mg: 200, interval_h: 24, infusion_duration_h: 2 }],
      [["pk", "sampling_times_h"], [1, 24]],
    ]);
    const rows = readCsv(renderNonmemDataset(infusion.plan, infusion.kept)).rows;
    const doses = rows.filter((row) => row.EVID === "1");
    expect(new Set(doses.filter((row) => row.ARMN === "3").map((row) => [row.AMT, row.RATE, row.CMT].join()))).toEqual(new Set(["200,100,2"]));
    expect(new Set(doses.filter((row) => row.ARMN === "2").map((row) => [row.AMT, row.RATE, row.CMT].join()))).toEqual(new Set(["50,0,1"]));
    expect(rows.filter((row) => row.EVID === "0")).toHaveLength(120 * 2);
  });

  it("numbers an ode model's compartments by their position", () => {
    const plan = { spec: { pk: { model: "ode", ode: { compartments: ["gut", "central", "peripheral"], dose_compartments: { oral: "gut", infusion: "central" } } } } } as unknown as TrialPlan;
    const numbers = compartmentNumbers(plan);
    expect([numbers.dose("oral"), numbers.dose("infusion"), numbers.dose("iv-bolus"), numbers.observation]).toEqual([1, 2, null, 2]);
  });
});

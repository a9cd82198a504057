// prepareArmDosing, patientAmountMg and patientDoses against hand-computed amounts: fixed, per kg
// of weight and from a cohort column (mg, or mg/kg with a weight column); missed doses by schedule
// index; infusion durations amount / rate. All amounts below are exact in binary, so comparisons
// are exact unless stated.
import { describe, expect, it } from "vitest";
import type { PatientAdherence } from "../../src/dosing/index.js";
import type { VirtualPopulation } from "../../src/population/index.js";
import { regimenSchema, type Regimen } from "../../src/spec/schema.js";
import { patientAmountMg, patientDoses, prepareArmDosing } from "../../src/trial/arm-dosing.js";

/** A regimen as the spec adapter gives it (defaults filled; n_doses resolved). */
function regimen(fields: Record<string, unknown>): Regimen {
  return regimenSchema.parse({ route: "oral", interval_h: 24, n_doses: 4, ...fields });
}

/** Two virtual patients: weights 50 and 80.5 kg, a dose column in mg and one in mg/kg. */
const POPULATION: VirtualPopulation = {
  size: 2,
  sourceRow: Int32Array.from([0, 1]),
  numeric: new Map([
    ["wt", Float64Array.from([50, 80.5])],
    ["dose_mg", Float64Array.from([150, 250])],
    ["dose_mg_kg", Float64Array.from([2, 3])],
  ]),
  categorical: new Map(),
};

const allTaken = (patient: number, dosing: ReturnType<typeof prepareArmDosing>) => patientDoses(dosing, { population: POPULATION, patient, adherence: undefined });

describe("prepareArmDosing", () => {
  it("expands the schedule at the regimen's amount and records the start of the last interval", () => {
    const dosing = prepareArmDosing(regimen({ dose_mg: 100, interval_h: 12, n_doses: 3 }));
    expect(dosing.scheduled.map((dose) => [dose.timeH, dose.amountMg])).toEqual([[0, 100], [12, 100], [24, 100]]);
    expect(dosing.lastDoseH).toBe(24); // (3 − 1)·12
    expect(dosing.amount).toEqual({ kind: "fixed" });
  });

  it("gives lastDoseH 0 for a single dose", () => {
    expect(prepareArmDosing(regimen({ dose_mg: 100, n_doses: 1 })).lastDoseH).toBe(0);
  });

  it("turns titration days into hours: from_day 1 changes the doses at or after 24 h", () => {
    // q12h × 4: doses at 0, 12 (100 mg) and 24, 36 (150 mg).
    const dosing = prepareArmDosing(regimen({ dose_mg: 100, interval_h: 12, titration: [{ from_day: 1, dose_mg: 150 }] }));
    expect(dosing.scheduled.map((dose) => dose.amountMg)).toEqual([100, 100, 150, 150]);
  });

  it("schedules per-patient sources at 1 mg (patientDoses scales them)", () => {
    const dosing = prepareArmDosing(regimen({ dose_mg_per_kg: 4, weight_column: "wt" }));
    expect(dosing.scheduled.map((dose) => dose.amountMg)).toEqual([1, 1, 1, 1]);
    expect(dosing.amount).toEqual({ kind: "per-kg", mgPerKg: 4, weightColumn: "wt" });
  });
});

describe("patientAmountMg", () => {
  it("fixed: dose_mg for every patient", () => {
    const dosing = prepareArmDosing(regimen({ dose_mg: 100 }));
    expect([0, 1].map((patient) => patientAmountMg(dosing, POPULATION, patient))).toEqual([100, 100]);
  });

  it("per kg: 4 mg/kg × 50 kg = 200 mg, × 80.5 kg = 322 mg", () => {
    const dosing = prepareArmDosing(regimen({ dose_mg_per_kg: 4, weight_column: "wt" }));
    expect([0, 1].map((patient) => patientAmountMg(dosing, POPULATION, patient))).toEqual([200, 322]);
  });

  it("column without weight: the column's mg (150, 250)", () => {
    const dosing = prepareArmDosing(regimen({ dose_column: "dose_mg" }));
    expect([0, 1].map((patient) => patientAmountMg(dosing, POPULATION, patient))).toEqual([150, 250]);
  });

  it("column with weight: mg/kg × kg = 2 × 50 = 100 mg, 3 × 80.5 = 241.5 mg", () => {
    const dosing = prepareArmDosing(regimen({ dose_column: "dose_mg_kg", weight_column: "wt" }));
    expect([0, 1].map((patient) => patientAmountMg(dosing, POPULATION, patient))).toEqual([100, 241.5]);
  });

  it("is NaN for a column the population lacks (the spec rules check columns first)", () => {
    const dosing = prepareArmDosing(regimen({ dose_column: "absent" }));
    expect(patientAmountMg(dosing, POPULATION, 0)).toBeNaN();
  });
});

describe("patientDoses", () => {
  it("fixed: every scheduled dose at its scheduled amount (loading dose included), none missed", () => {
    const dosing = prepareArmDosing(regimen({ dose_mg: 100, n_doses: 3, loading_doses_mg: [300] }));
    const result = allTaken(1, dosing);
    expect(result.doses).toEqual([
      { route: "oral", timeH: 0, amountMg: 300 },
      { route: "oral", timeH: 24, amountMg: 100 },
      { route: "oral", timeH: 48, amountMg: 100 },
    ]);
    expect(result.missedIndexes).toEqual([]);
    expect(result.amountMg).toBe(100);
  });

  it("per kg: each dose at mg/kg × weight (322 mg for 80.5 kg)", () => {
    const result = allTaken(1, prepareArmDosing(regimen({ dose_mg_per_kg: 4, weight_column: "wt", n_doses: 2 })));
    expect(result.doses.map((dose) => dose.amountMg)).toEqual([322, 322]);
    expect(result.amountMg).toBe(322);
  });

  it("column without and with weight: 250 mg; 3 mg/kg × 80.5 kg = 241.5 mg", () => {
    expect(allTaken(1, prepareArmDosing(regimen({ dose_column: "dose_mg", n_doses: 2 }))).doses.map((dose) => dose.amountMg)).toEqual([250, 250]);
    expect(allTaken(1, prepareArmDosing(regimen({ dose_column: "dose_mg_kg", weight_column: "wt", n_doses: 2 }))).doses.map((dose) => dose.amountMg)).toEqual([241.5, 241.5]);
  });

  it("skips the doses whose adherence uniform is not below the take probability, by schedule index", () => {
    // Probability 0.5: uniforms 0.1, 0.7, 0.2, 0.9 → doses 0 and 2 taken, 1 and 3 missed.
    const adherence: PatientAdherence = { takeProbability: 0.5, uniforms: Float64Array.from([0.1, 0.7, 0.2, 0.9]) };
    const result = patientDoses(prepareArmDosing(regimen({ dose_mg: 100 })), { population: POPULATION, patient: 0, adherence });
    expect(result.missedIndexes).toEqual([1, 3]);
    expect(result.doses.map((dose) => dose.timeH)).toEqual([0, 48]); // doses 0 and 2 of q24h
  });

  it("misses the same schedule positions under a shorter regimen (adherence draws cover the longest schedule)", () => {
    const adherence: PatientAdherence = { takeProbability: 0.5, uniforms: Float64Array.from([0.1, 0.7, 0.2, 0.9, 0.8]) };
    const result = patientDoses(prepareArmDosing(regimen({ dose_mg: 100, n_doses: 2 })), { population: POPULATION, patient: 0, adherence });
    expect(result.missedIndexes).toEqual([1]);
    expect(result.doses.map((dose) => dose.timeH)).toEqual([0]);
  });

  it("infusion by rate: the duration follows the patient's amount, 100 mg/h → 200 mg 2 h, 322 mg 3.22 h", () => {
    // 4 mg/kg × 50 kg = 200 mg → 200/100 = 2 h; × 80.5 kg = 322 mg → 322/100 = 3.22 h (division
    // rounds once, so compare with the same division).
    const dosing = prepareArmDosing(regimen({ route: "infusion", dose_mg_per_kg: 4, weight_column: "wt", n_doses: 2, infusion_rate_mg_per_h: 100 }));
    expect(allTaken(0, dosing).doses).toEqual([
      { route: "infusion", timeH: 0, amountMg: 200, durationH: 2 },
      { route: "infusion", timeH: 24, amountMg: 200, durationH: 2 },
    ]);
    expect(allTaken(1, dosing).doses.map((dose) => dose.durationH)).toEqual([322 / 100, 322 / 100]);
  });

  it("infusion by rate, fixed amount with a loading dose: 400 mg 8 h, then 100 mg 2 h at 50 mg/h", () => {
    const dosing = prepareArmDosing(regimen({ route: "infusion", dose_mg: 100, n_doses: 2, loading_doses_mg: [400], infusion_rate_mg_per_h: 50 }));
    expect(allTaken(0, dosing).doses.map((dose) => [dose.amountMg, dose.durationH])).toEqual([[400, 8], [100, 2]]);
  });

  it("infusion of fixed duration: the duration stays 1.5 h whatever the patient's amount", () => {
    const dosing = prepareArmDosing(regimen({ route: "infusion", dose_mg_per_kg: 4, weight_column: "wt", n_doses: 2, infusion_duration_h: 1.5 }));
    expect(allTaken(0, dosing).doses.map((dose) => dose.durationH)).toEqual([1.5, 1.5]);
    expect(allTaken(1, dosing).doses.map((dose) => dose.durationH)).toEqual([1.5, 1.5]);
  });

  // Regression (found in review): per-patient sources scale only the maintenance doses;
  // loading and titration amounts are mg as written. (The spec rules also refuse loading
  // doses and titration without dose_mg; patientDoses is right on its own as well.)
  it("per kg with a loading dose in mg: 400 mg, then 4 mg/kg × 50 kg = 200 mg", () => {
    const dosing = prepareArmDosing(regimen({ dose_mg_per_kg: 4, weight_column: "wt", n_doses: 3, loading_doses_mg: [400] }));
    expect(allTaken(0, dosing).doses.map((dose) => dose.amountMg)).toEqual([400, 200, 200]);
  });

  // Same bug for titration: a step to 300 mg from day 1 becomes 300 × 200 = 60,000 mg.
  it("per kg with a titration step in mg: 200 mg, then 300 mg from day 1", () => {
    const dosing = prepareArmDosing(regimen({ dose_mg_per_kg: 4, weight_column: "wt", n_doses: 3, titration: [{ from_day: 1, dose_mg: 300 }] }));
    expect(allTaken(0, dosing).doses.map((dose) => dose.amountMg)).toEqual([200, 300, 300]);
  });
});

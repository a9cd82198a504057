// patientDoses hands every fixed-dose patient who misses no dose the arm's one schedule
// (ArmDosing.fullDoses) instead of building a list per patient: the same doses, built once.
import { describe, expect, it } from "vitest";
import type { PatientAdherence } from "../../src/dosing/index.js";
import type { VirtualPopulation } from "../../src/population/index.js";
import { regimenSchema, type Regimen } from "../../src/spec/schema.js";
import { patientDoses, prepareArmDosing } from "../../src/trial/arm-dosing.js";

function regimen(fields: Record<string, unknown>): Regimen {
  return regimenSchema.parse({ route: "oral", interval_h: 24, n_doses: 3, ...fields });
}

const POPULATION: VirtualPopulation = { size: 2, sourceRow: Int32Array.from([0, 1]), numeric: new Map([["wt", Float64Array.from([50, 80.5])]]), categorical: new Map() };

describe("patientDoses: the arm's shared schedule", () => {
  it("is built once, at the regimen's amounts, infusion durations included", () => {
    expect(prepareArmDosing(regimen({ dose_mg: 100, loading_doses_mg: [300] })).fullDoses).toEqual([
      { route: "oral", timeH: 0, amountMg: 300 },
      { route: "oral", timeH: 24, amountMg: 100 },
      { route: "oral", timeH: 48, amountMg: 100 },
    ]);
    expect(prepareArmDosing(regimen({ route: "infusion", dose_mg: 100, infusion_rate_mg_per_h: 50 })).fullDoses.map((dose) => dose.durationH)).toEqual([2, 2, 2]);
  });

  it("goes to every fixed-dose patient who takes every dose, without adherence or with all taken", () => {
    const dosing = prepareArmDosing(regimen({ dose_mg: 100 }));
    const allTaken: PatientAdherence = { takeProbability: 0.9, uniforms: Float64Array.from([0.1, 0.2, 0.3]) };
    const first = patientDoses(dosing, { population: POPULATION, patient: 0, adherence: undefined });
    const second = patientDoses(dosing, { population: POPULATION, patient: 1, adherence: allTaken });
    expect(first.doses).toBe(dosing.fullDoses);
    expect(second.doses).toBe(dosing.fullDoses);
    expect([first.missedIndexes, second.missedIndexes, first.amountMg]).toEqual([[], [], 100]);
  });

  it("is not used for a patient who misses a dose, nor for per-patient amounts", () => {
    const missed: PatientAdherence = { takeProbability: 0.5, uniforms: Float64Array.from([0.1, 0.7, 0.2]) };
    const dosing = prepareArmDosing(regimen({ dose_mg: 100 }));
    const missing = patientDoses(dosing, { population: POPULATION, patient: 0, adherence: missed });
    expect(missing.doses.map((dose) => dose.timeH)).toEqual([0, 48]);
    expect(missing.missedIndexes).toEqual([1]);
    const perKg = patientDoses(prepareArmDosing(regimen({ dose_mg_per_kg: 4, weight_column: "wt" })), { population: POPULATION, patient: 1, adherence: undefined });
    expect(perKg.doses.map((dose) => dose.amountMg)).toEqual([322, 322, 322]);
  });
});

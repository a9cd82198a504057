// expandRegimen against hand-computed schedules: dose k at k·τ, loading amounts first, titration
// steps from their start time on, infusion durations fixed or amount / rate. Every time and amount
// below is exact in binary floating point, so the comparisons are exact (toEqual).
import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { expandRegimen, type DosingRegimen } from "../../src/dosing/index.js";

const ORAL: DosingRegimen = { route: "oral", doseMg: 100, intervalH: 24, doseCount: 3, loadingDosesMg: [], titration: [] };

describe("expandRegimen: edge cases", () => {
  it("gives no doses for a dose count of 0", () => {
    expect(expandRegimen({ ...ORAL, doseCount: 0 })).toEqual([]);
  });

  it("gives one dose at time 0 for a dose count of 1", () => {
    expect(expandRegimen({ ...ORAL, doseCount: 1 })).toEqual([{ index: 0, timeH: 0, amountMg: 100, source: "maintenance", route: "oral" }]);
  });

  it("keeps only as many loading doses as there are doses", () => {
    // 2 doses, 3 loading amounts: the third loading amount has no dose to replace.
    expect(expandRegimen({ ...ORAL, doseCount: 2, loadingDosesMg: [500, 400, 300] }).map((dose) => dose.amountMg)).toEqual([500, 400]);
  });

  it("gives no durationH outside infusions, even when a duration or rate is set", () => {
    const doses = expandRegimen({ ...ORAL, route: "iv-bolus", infusionDurationH: 2, infusionRateMgPerH: 50 });
    for (const dose of doses) expect(Object.hasOwn(dose, "durationH"), `dose ${dose.index}`).toBe(false);
  });

  it("gives NaN durations for an infusion with neither a duration nor a rate (the spec rules refuse it first)", () => {
    const doses = expandRegimen({ ...ORAL, route: "infusion" });
    expect(doses.map((dose) => dose.durationH)).toEqual([Number.NaN, Number.NaN, Number.NaN]);
  });
});

describe("expandRegimen: known schedules", () => {
  it("doc example: 400, 100, 100 mg at 0, 12, 24 h", () => {
    const doses = expandRegimen({ route: "oral", doseMg: 100, intervalH: 12, doseCount: 3, loadingDosesMg: [400], titration: [] });
    expect(doses).toEqual([
      { index: 0, timeH: 0, amountMg: 400, source: "loading", route: "oral" },
      { index: 1, timeH: 12, amountMg: 100, source: "maintenance", route: "oral" },
      { index: 2, timeH: 24, amountMg: 100, source: "maintenance", route: "oral" },
    ]);
  });

  it("puts dose k at k·τ: τ = 7.5 h, 5 doses at 0, 7.5, 15, 22.5, 30 h", () => {
    const doses = expandRegimen({ ...ORAL, intervalH: 7.5, doseCount: 5 });
    expect(doses.map((dose) => dose.timeH)).toEqual([0, 7.5, 15, 22.5, 30]);
    expect(doses.map((dose) => dose.index)).toEqual([0, 1, 2, 3, 4]);
    expect(doses.map((dose) => dose.amountMg)).toEqual([100, 100, 100, 100, 100]);
  });

  it("replaces the first amounts by the loading doses: [500, 300] then 100 mg", () => {
    const doses = expandRegimen({ ...ORAL, doseCount: 4, loadingDosesMg: [500, 300] });
    expect(doses.map((dose) => dose.amountMg)).toEqual([500, 300, 100, 100]);
  });

  it("applies a titration step to the doses at or after its start: q24h × 6, 200 mg from 48 h, 300 mg from 96 h", () => {
    // Doses at 0, 24 | 48, 72 | 96, 120 h: a step starting exactly at a dose time includes that dose.
    const doses = expandRegimen({ ...ORAL, doseCount: 6, titration: [{ fromH: 48, doseMg: 200 }, { fromH: 96, doseMg: 300 }] });
    expect(doses.map((dose) => dose.amountMg)).toEqual([100, 100, 200, 200, 300, 300]);
  });

  it("applies a step that starts between doses from the next dose on: 200 mg from 50 h reaches the 72 h dose first", () => {
    const doses = expandRegimen({ ...ORAL, doseCount: 4, titration: [{ fromH: 50, doseMg: 200 }] });
    expect(doses.map((dose) => dose.amountMg)).toEqual([100, 100, 100, 200]);
  });

  it("lets loading doses win over a titration step that has already started", () => {
    // The step starts at 0 h, but dose 0 is a loading dose: 400, then 200 (the step) for the rest.
    const doses = expandRegimen({ ...ORAL, loadingDosesMg: [400], titration: [{ fromH: 0, doseMg: 200 }] });
    expect(doses.map((dose) => dose.amountMg)).toEqual([400, 200, 200]);
    expect(doses.map((dose) => dose.source)).toEqual(["loading", "titration", "titration"]);
  });

  it("gives every infusion the fixed duration, loading doses included", () => {
    const doses = expandRegimen({ ...ORAL, route: "infusion", loadingDosesMg: [400], infusionDurationH: 1.5 });
    expect(doses).toEqual([
      { index: 0, timeH: 0, amountMg: 400, source: "loading", route: "infusion", durationH: 1.5 },
      { index: 1, timeH: 24, amountMg: 100, source: "maintenance", route: "infusion", durationH: 1.5 },
      { index: 2, timeH: 48, amountMg: 100, source: "maintenance", route: "infusion", durationH: 1.5 },
    ]);
  });

  it("gives infusions by rate the duration amount / rate: 50 mg/h → 400 mg 8 h, 100 mg 2 h, 250 mg 5 h", () => {
    // 400/50 = 8, 100/50 = 2, 250/50 = 5 (titration to 250 mg from the third dose at 48 h).
    const doses = expandRegimen({ ...ORAL, route: "infusion", doseCount: 4, loadingDosesMg: [400], titration: [{ fromH: 48, doseMg: 250 }], infusionRateMgPerH: 50 });
    expect(doses.map((dose) => [dose.amountMg, dose.durationH])).toEqual([[400, 8], [100, 2], [250, 5], [250, 5]]);
  });
});

describe("expandRegimen: properties", () => {
  const regimen = fc.record({
    doseMg: fc.double({ min: 0.1, max: 1000, noNaN: true }),
    intervalH: fc.double({ min: 0.5, max: 168, noNaN: true }),
    doseCount: fc.integer({ min: 0, max: 60 }),
    loadingDosesMg: fc.array(fc.double({ min: 0.1, max: 1000, noNaN: true }), { maxLength: 4 }),
  });

  propTest.prop([regimen])("doseCount doses, dose k at k·τ, loading amounts then the maintenance amount", (drawn) => {
    const doses = expandRegimen({ route: "oral", titration: [], ...drawn });
    expect(doses.length).toBe(drawn.doseCount);
    doses.forEach((dose, k) => {
      expect(dose.index).toBe(k);
      expect(dose.timeH).toBe(k * drawn.intervalH);
      expect(dose.amountMg).toBe(drawn.loadingDosesMg[k] ?? drawn.doseMg);
    });
  });
});

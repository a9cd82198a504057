// Cross-check of the closed-form engine against deSolve lsoda for every regimen of
// test/reference/pk.json (cases a–d) and test/reference/pk-extra.json (cases e–h); see
// reference-regimens.ts for the sources and units.
import { describe, expect, it } from "vitest";
import { concentrationsAt, preparePkSystem } from "../../src/pk/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { pkJsonRegimen, REFERENCE_REGIMENS, storedDosing, storedExtraParameters, type ReferenceRegimen } from "./reference-regimens.js";

/** Largest relative error over the points where the reference exceeds 1e-6 of its maximum; each point asserted. */
function compareProfile(regimen: ReferenceRegimen, expected: readonly number[], tolerance: number): number {
  const got = concentrationsAt(preparePkSystem(regimen.parameters), regimen.doses, regimen.timesH);
  const floorMgPerL = 1e-6 * Math.max(...expected);
  let largest = 0;
  regimen.timesH.forEach((timeH, index) => {
    if ((expected[index] as number) <= floorMgPerL) return;
    largest = Math.max(largest, expectRelativeClose(got[index] as number, expected[index] as number, tolerance, `${regimen.id}: C(${timeH} h)`));
  });
  return largest;
}

describe.each(REFERENCE_REGIMENS)("concentrationsAt vs $file $id", (regimen) => {
  it("uses the reference's dose times and amounts", () => {
    const stored = storedDosing(regimen);
    expect(regimen.doses.map((dose) => dose.timeH)).toEqual(stored.timesH);
    const amountsMg = typeof stored.amountsMg === "number" ? stored.timesH.map(() => stored.amountsMg) : stored.amountsMg;
    expect(regimen.doses.map((dose) => dose.amountMg)).toEqual(amountsMg);
  });

  // lsoda's global error at rtol 1e-10 is a few 1e-10 here: pk.json reports up to 2.4e-10 between
  // lsoda and R's closed form (case c), and we measure 2.4e-10 at most over all eight cases.
  // 1e-9 leaves room for it and is 1000 times inside the 1e-6 the engine must meet.
  it("matches deSolve lsoda to 1e-9 relative at every grid point above 1e-6 · Cmax", () => {
    expect(compareProfile(regimen, regimen.lsodaMgPerL, 1e-9)).toBeLessThan(1e-9);
  });

  // Where the reference is 0 (before an oral dose is absorbed), so is the engine, exactly.
  it("is exactly 0 where the reference is 0", () => {
    const got = concentrationsAt(preparePkSystem(regimen.parameters), regimen.doses, regimen.timesH);
    regimen.lsodaMgPerL.forEach((expected, index) => {
      if (expected === 0) expect(got[index], `C(${regimen.timesH[index]} h)`).toBe(0);
    });
  });
});

describe.each(REFERENCE_REGIMENS.filter((regimen) => regimen.closedFormMgPerL !== undefined))("concentrationsAt vs R's closed form, pk.json $id", (regimen) => {
  // Both are exact closed forms in double precision; R's values are printed to 15 significant
  // digits (5e-16). Measured up to 5.4e-15; 1e-13 allows for the rounding of 21 superposed doses.
  it("matches to 1e-13 relative at every grid point above 1e-6 · Cmax", () => {
    expect(compareProfile(regimen, regimen.closedFormMgPerL as readonly number[], 1e-13)).toBeLessThan(1e-13);
  });
});

describe("pk.json b_two_cmt_iv_bolus: pre-dose values", () => {
  // The pre-dose value at a dose time is the profile of the earlier doses only (dose first puts
  // the bolus itself into C at that time). pk.json stores them separately.
  it("matches R's closed form (1e-13) and lsoda (1e-9) just before each bolus", () => {
    const regimen = REFERENCE_REGIMENS[1] as ReferenceRegimen;
    const system = preparePkSystem(regimen.parameters);
    const predose = pkJsonRegimen("b_two_cmt_iv_bolus").predose_at_dose_times as { time_h: number[]; conc_closed_form: number[]; conc_lsoda: number[] };
    predose.time_h.forEach((timeH, index) => {
      const earlier = regimen.doses.filter((dose) => dose.timeH < timeH);
      const got = concentrationsAt(system, earlier, [timeH])[0] as number;
      if (index === 0) return expect(got).toBe(0);
      expectRelativeClose(got, predose.conc_closed_form[index] as number, 1e-13, `pre-dose C(${timeH} h) vs closed form`);
      expectRelativeClose(got, predose.conc_lsoda[index] as number, 1e-9, `pre-dose C(${timeH} h) vs lsoda`);
    });
  });
});

describe("reference parameters", () => {
  it("of pk.json are the ones the engine is given", () => {
    const stored = (id: string) => pkJsonRegimen(id).parameters;
    expect(stored("a_one_cmt_oral")).toEqual({ ka_per_h: 1.5, CL_L_per_h: 2.8, V_L: 32, F: 1 });
    expect(stored("b_two_cmt_iv_bolus")).toEqual({ CL_L_per_h: 5, V1_L: 10, Q_L_per_h: 2, V2_L: 40 });
    expect(stored("c_one_cmt_iv_infusion")).toEqual({ CL_L_per_h: 3, V_L: 25 });
    expect((pkJsonRegimen("c_one_cmt_iv_infusion").dosing as { duration_h: number }).duration_h).toBe(1);
    expect(stored("d_two_cmt_oral")).toEqual({ ka_per_h: 1, CL_L_per_h: 4, V1_L: 20, Q_L_per_h: 3, V2_L: 50, F: 1 });
  });

  it("of pk-extra.json are the ones the engine is given", () => {
    const three = { CL: 4, V1: 10, Q2: 3, V2: 30, Q3: 0.5, V3: 100 };
    expect(storedExtraParameters("e_three_cmt_iv_bolus")).toEqual(three);
    expect(storedExtraParameters("f_three_cmt_infusion")).toEqual(three);
    expect(storedExtraParameters("g_three_cmt_oral_lag")).toEqual({ ...three, ka: 1.2, F: 0.7, tlag_h: 0.5 });
    expect(storedExtraParameters("h_two_cmt_oral_titration")).toEqual({ CL: 4, V1: 20, Q2: 3, V2: 50, ka: 0.8, F: 0.9, tlag_h: 0.25 });
  });
});

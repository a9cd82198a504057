// solveOde on the PK references, each right-hand side written by hand from the model's ODEs in
// test/reference/pk.json ("odes") and pk-extra.R, at rtol 1e-10, atol 1e-12 (mg) as deSolve.
import { describe, expect, it } from "vitest";
import { solveOde, type OdeEvent, type OdeRightHandSide } from "../../src/ode/index.js";
import { expectProfileClose, PK_EXTRA_REFERENCE, PK_REFERENCE, REFERENCE_TIMES_H } from "../helpers/pk-references.js";

const TOLERANCES = { relative: 1e-10, absolute: 1e-12 };

const addTo = (stateIndex: number, timesH: readonly number[], amount: number): OdeEvent[] =>
  timesH.map((timeH) => ({ timeH, apply: (state) => { state[stateIndex] = state[stateIndex]! + amount; } }));

/** Solves from 0 over the reference grid and returns state[index] / volume at each grid time. */
function concentrations(rhs: OdeRightHandSide, stateCount: number, events: readonly OdeEvent[], central: { index: number; volumeL: number }): Float64Array {
  const states = solveOde({ rhs, initialState: new Float64Array(stateCount), startH: 0, outputTimesH: REFERENCE_TIMES_H, events, tolerances: TOLERANCES });
  return Float64Array.from(REFERENCE_TIMES_H, (_, row) => states[row * stateCount + central.index]! / central.volumeL);
}

// Measured (Node 20): largest relative difference to R's closed form a 1.3e-11, b 4.7e-11,
// c 2.6e-11, d 1.5e-11. 1e-6 is required; 1e-9 is asserted to catch a regression early.
describe("solveOde vs the closed forms of pk.json (linear models)", () => {
  it("(a) one compartment, oral: 320 mg every 12 h", () => {
    const { ka_per_h: ka, CL_L_per_h: clearance, V_L: volume } = PK_REFERENCE.a_one_cmt_oral.parameters as Record<string, number>;
    const k = clearance! / volume!;
    const rhs: OdeRightHandSide = (_t, y, d) => {
      d[0] = -ka! * y[0]!;
      d[1] = ka! * y[0]! - k * y[1]!;
    };
    const { dosing, conc_closed_form: expected } = PK_REFERENCE.a_one_cmt_oral;
    const got = concentrations(rhs, 2, addTo(0, dosing.dose_times_h!, dosing.amount_mg), { index: 1, volumeL: volume! });
    expect(expectProfileClose(got, expected, 1e-9, "case a")).toBeLessThan(1e-9);
  });

  it("(b) two compartments, IV bolus: 100 mg every 24 h", () => {
    const { CL_L_per_h: clearance, V1_L: v1, Q_L_per_h: q, V2_L: v2 } = PK_REFERENCE.b_two_cmt_iv_bolus.parameters as Record<string, number>;
    const rhs: OdeRightHandSide = (_t, y, d) => {
      d[0] = -(clearance! / v1!) * y[0]! - (q! / v1!) * y[0]! + (q! / v2!) * y[1]!;
      d[1] = (q! / v1!) * y[0]! - (q! / v2!) * y[1]!;
    };
    const { dosing, conc_closed_form: expected } = PK_REFERENCE.b_two_cmt_iv_bolus;
    const got = concentrations(rhs, 2, addTo(0, dosing.dose_times_h!, dosing.amount_mg), { index: 0, volumeL: v1! });
    expect(expectProfileClose(got, expected, 1e-9, "case b")).toBeLessThan(1e-9);
  });

  it("(c) one compartment, 1-h infusions of 1000 mg every 8 h (the rate is a state switched by events)", () => {
    const { CL_L_per_h: clearance, V_L: volume } = PK_REFERENCE.c_one_cmt_iv_infusion.parameters as Record<string, number>;
    // y = [amount (mg), infusion rate (mg/h)]
    const rhs: OdeRightHandSide = (_t, y, d) => {
      d[0] = y[1]! - (clearance! / volume!) * y[0]!;
      d[1] = 0;
    };
    const { dosing, conc_closed_form: expected } = PK_REFERENCE.c_one_cmt_iv_infusion;
    const startsH = dosing.infusion_start_times_h!;
    const rateMgPerH = dosing.amount_mg / dosing.duration_h!;
    const events = [...addTo(1, startsH, rateMgPerH), ...addTo(1, startsH.map((timeH) => timeH + dosing.duration_h!), -rateMgPerH)];
    const got = concentrations(rhs, 2, events, { index: 0, volumeL: volume! });
    expect(expectProfileClose(got, expected, 1e-9, "case c")).toBeLessThan(1e-9);
  });

  it("(d) two compartments, oral: 200 mg every 12 h", () => {
    const { ka_per_h: ka, CL_L_per_h: clearance, V1_L: v1, Q_L_per_h: q, V2_L: v2 } = PK_REFERENCE.d_two_cmt_oral.parameters as Record<string, number>;
    const rhs: OdeRightHandSide = (_t, y, d) => {
      d[0] = -ka! * y[0]!;
      d[1] = ka! * y[0]! - (clearance! / v1!) * y[1]! - (q! / v1!) * y[1]! + (q! / v2!) * y[2]!;
      d[2] = (q! / v1!) * y[1]! - (q! / v2!) * y[2]!;
    };
    const { dosing, conc_closed_form: expected } = PK_REFERENCE.d_two_cmt_oral;
    const got = concentrations(rhs, 3, addTo(0, dosing.dose_times_h!, dosing.amount_mg), { index: 1, volumeL: v1! });
    expect(expectProfileClose(got, expected, 1e-9, "case d")).toBeLessThan(1e-9);
  });
});

// Against deSolve lsoda (rtol 1e-10, itself off by a few 1e-10): measured largest relative
// difference e 1.8e-10, i 9.7e-10; asserted at the required 1e-7.
describe("solveOde vs deSolve lsoda in pk-extra.json", () => {
  it("(e) three compartments, IV bolus: 100 mg every 24 h", () => {
    const { CL: clearance, V1: v1, Q2: q2, V2: v2, Q3: q3, V3: v3 } = PK_EXTRA_REFERENCE.e_three_cmt_iv_bolus.parameters;
    const rhs: OdeRightHandSide = (_t, y, d) => {
      const [a1, a2, a3] = [y[0]!, y[1]!, y[2]!];
      d[0] = -((clearance! + q2! + q3!) / v1!) * a1 + (q2! / v2!) * a2 + (q3! / v3!) * a3;
      d[1] = (q2! / v1!) * a1 - (q2! / v2!) * a2;
      d[2] = (q3! / v1!) * a1 - (q3! / v3!) * a3;
    };
    const { dosing, conc_lsoda: expected } = PK_EXTRA_REFERENCE.e_three_cmt_iv_bolus;
    const events = dosing.dose_times_h.flatMap((timeH, index) => addTo(0, [timeH], dosing.amounts_mg[index]!));
    const got = concentrations(rhs, 3, events, { index: 0, volumeL: v1! });
    expect(expectProfileClose(got, expected, 1e-7, "case e")).toBeLessThan(1e-7);
  });

  it("(i) Michaelis–Menten elimination, IV bolus: 500 mg every 24 h", () => {
    const { Vmax: vmax, Km: km, V: volume } = PK_EXTRA_REFERENCE.i_michaelis_menten_iv.parameters;
    const rhs: OdeRightHandSide = (_t, y, d) => {
      const concentration = y[0]! / volume!;
      d[0] = (-vmax! * concentration) / (km! + concentration);
    };
    const { dosing, conc_lsoda: expected } = PK_EXTRA_REFERENCE.i_michaelis_menten_iv;
    const events = dosing.dose_times_h.flatMap((timeH, index) => addTo(0, [timeH], dosing.amounts_mg[index]!));
    const got = concentrations(rhs, 1, events, { index: 0, volumeL: volume! });
    expect(expectProfileClose(got, expected, 1e-7, "case i")).toBeLessThan(1e-7);
  });
});

import { describe, expect, it } from "vitest";
import { compileOdeModel, simulateOdeModel, type OdeDose, type SimulateOdeModelOptions } from "../../src/ode/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { expectProfileClose, PK_EXTRA_REFERENCE, PK_REFERENCE, REFERENCE_TIMES_H } from "../helpers/pk-references.js";
import { CASE_A_PARAMETERS, MICHAELIS_MENTEN, ONE_COMPARTMENT_ORAL, TIGHT } from "./ode-model-fixtures.js";

const caseA = PK_REFERENCE.a_one_cmt_oral;
const caseADoses: OdeDose[] = caseA.dosing.dose_times_h!.map((timeH) => ({ compartment: 0, timeH, amountMg: caseA.dosing.amount_mg }));
const oral = compileOdeModel(ONE_COMPARTMENT_ORAL);
const caseAOptions: SimulateOdeModelOptions = { parameterValues: CASE_A_PARAMETERS, doses: caseADoses, outputTimesH: REFERENCE_TIMES_H, tolerances: TIGHT };

describe("simulateOdeModel vs references", () => {
  // Measured: 6.5e-12 relative to R's closed form (rtol 1e-10); 1e-6 is required, 1e-9 asserted.
  it("matches the closed form of pk.json case (a) from ODE text", () => {
    const profile = simulateOdeModel(oral, caseAOptions);
    expect(expectProfileClose(profile.concentrationsMgPerL, caseA.conc_closed_form, 1e-9, "ODE text, case a")).toBeLessThan(1e-9);
    expect(profile.concentrationsMgPerL[1]).toBeCloseTo(5.14860183853, 10); // the doc example, 0.5 h
    expect(profile.amountsMg.length).toBe(2 * REFERENCE_TIMES_H.length);
    expect(profile.amountsMg[2 * 1 + 1]! / 32).toBe(profile.concentrationsMgPerL[1]);
  });

  // The AUC state: ∫ C over 156..168 h vs the closed form of pk.json (last_interval_of_regimen).
  it("integrates the AUC to the solver tolerance (pk.json case a, last interval)", () => {
    const profile = simulateOdeModel(oral, { ...caseAOptions, outputTimesH: [0, 156, 168] });
    expect(profile.aucMgHPerL[0]).toBe(0);
    expectRelativeClose(profile.aucMgHPerL[2]! - profile.aucMgHPerL[1]!, 114.28566417093, 1e-9, "AUC 156..168 h");
  });

  // Measured 9.7e-10 relative to deSolve lsoda (rtol 1e-10); 1e-7 required and asserted.
  it("matches deSolve for Michaelis–Menten elimination (pk-extra.json case i)", () => {
    const reference = PK_EXTRA_REFERENCE.i_michaelis_menten_iv;
    const { Vmax, Km, V } = reference.parameters;
    const doses = reference.dosing.dose_times_h.map((timeH, index) => ({ compartment: 0, timeH, amountMg: reference.dosing.amounts_mg[index]! }));
    const profile = simulateOdeModel(compileOdeModel(MICHAELIS_MENTEN), { parameterValues: Float64Array.of(Vmax!, Km!, V!), doses, outputTimesH: REFERENCE_TIMES_H, tolerances: TIGHT });
    expect(expectProfileClose(profile.concentrationsMgPerL, reference.conc_lsoda, 1e-7, "Michaelis–Menten")).toBeLessThan(1e-7);
  });

  it("gives infusions as a rate (pk.json case c: 1000 mg over 1 h every 8 h)", () => {
    const reference = PK_REFERENCE.c_one_cmt_iv_infusion;
    const model = compileOdeModel({ compartments: ["central"], parameters: ["cl", "v"], equations: { central: "-cl / v * central" }, concentration: "central / v" });
    const doses = reference.dosing.infusion_start_times_h!.map((timeH) => ({ compartment: 0, timeH, amountMg: 1000, infusionDurationH: 1 }));
    const profile = simulateOdeModel(model, { parameterValues: Float64Array.of(3, 25), doses, outputTimesH: REFERENCE_TIMES_H, tolerances: TIGHT });
    expect(expectProfileClose(profile.concentrationsMgPerL, reference.conc_closed_form, 1e-9, "infusion, case c")).toBeLessThan(1e-9);
  });

  it("lets equations read the time t (h) and starts at startH", () => {
    const model = compileOdeModel({ compartments: ["a"], parameters: [], equations: { a: "t" }, concentration: "a" });
    const profile = simulateOdeModel(model, { parameterValues: new Float64Array(0), doses: [], outputTimesH: [2, 4], startH: 2, tolerances: TIGHT });
    // a(t) = (t² − 4) / 2 from a(2) = 0, so a(4) = 6; AUC = [t³/6 − 2t] from 2 to 4 = 16/3.
    expect(profile.concentrationsMgPerL[1]).toBeCloseTo(6, 12);
    expect(profile.aucMgHPerL[1]).toBeCloseTo(16 / 3, 12);
  });
});

describe("simulateOdeModel errors (verbatim)", () => {
  const run = (definition: typeof ONE_COMPARTMENT_ORAL, override: Partial<SimulateOdeModelOptions> = {}) => () =>
    simulateOdeModel(compileOdeModel(definition), { ...caseAOptions, outputTimesH: [1], ...override });
  const withDepot = (depot: string) => ({ ...ONE_COMPARTMENT_ORAL, equations: { ...ONE_COMPARTMENT_ORAL.equations, depot } });

  it("refuses an equation that gives true/false, a string, a missing value or ±∞, naming the compartment", () => {
    expect(run(withDepot("if_else(depot > 1, -ka * depot, 1 > 0)"), { doses: [] })).toThrow(
      new RangeError('simulateOdeModel requires the equation of compartment "depot" to give a finite number, got true at t = 0 h'),
    );
    expect(run(withDepot('if_else(t > 0.5, "x", 0)'))).toThrow(
      /^simulateOdeModel requires the equation of compartment "depot" to give a finite number, got "x" at t = 0\.5\d* h$/,
    );
    expect(run({ ...ONE_COMPARTMENT_ORAL, concentration: "log(central)" })).toThrow(
      new RangeError("simulateOdeModel requires the concentration expression to give a finite number, got -Infinity at t = 0 h"),
    );
    // 0/0 is NaN, a comparison with NaN is missing (as R's NA), and if_else passes it on.
    expect(run(withDepot("if_else(depot / depot > 0, -ka * depot, 0)"), { doses: [] })).toThrow(
      new RangeError('simulateOdeModel requires the equation of compartment "depot" to give a finite number, got a missing value at t = 0 h'),
    );
  });

  it("reports a type error inside an equation with the compartment", () => {
    expect(run(withDepot("if_else(ka, 1, 2)"))).toThrow(
      new RangeError('simulateOdeModel could not evaluate the equation of compartment "depot" at t = 0 h: expression `if_else(ka, 1, 2)` expects true or false for `ka`, got 1.5'),
    );
  });

  it("checks parameter values and doses", () => {
    expect(run(ONE_COMPARTMENT_ORAL, { parameterValues: Float64Array.of(1, 2) })).toThrow(
      new RangeError("simulateOdeModel requires 3 finite parameter values (ka, cl, v), got [1, 2]"),
    );
    const dose = { compartment: 0, timeH: 0, amountMg: 1 };
    const cases: readonly [OdeDose, string][] = [
      [{ ...dose, compartment: 2 }, "simulateOdeModel requires doses[0] to name a compartment index from 0 to 1, got 2"],
      [{ ...dose, timeH: -1 }, "simulateOdeModel requires doses[0] at a finite time ≥ 0 h, got -1 h"],
      [{ ...dose, amountMg: Number.NaN }, "simulateOdeModel requires doses[0] to have a finite amount ≥ 0 mg, got NaN mg"],
      [{ ...dose, infusionDurationH: 0 }, "simulateOdeModel requires doses[0] to have a positive infusion duration, got 0 h"],
    ];
    for (const [bad, message] of cases) expect(run(ONE_COMPARTMENT_ORAL, { doses: [bad] })).toThrow(new RangeError(message));
  });
});

import { describe, expect, it } from "vitest";
import { exposureSeries, preparePkSystem, type Dose } from "../../src/pk/index.js";
import type { PkSection } from "../../src/spec/schema.js";
import { preparePkModel } from "../../src/trial/pk-model.js";

/**
 * Time-driven adverse events on an ODE model read each dosing interval's exposure from the
 * solver: a linear one-compartment model written as an ODE must give the closed form's
 * interval AUCs to the solver tolerance and its Cmax (at each bolus, a sampled point).
 */
const ODE_PK = {
  model: "ode", bioavailability: 1, parameters: {},
  ode: { compartments: ["central"], equations: { central: "-cl / v * central" }, concentration: "central / v", dose_compartments: { "iv-bolus": "central" }, relative_tolerance: 1e-10, absolute_tolerance: 1e-12 },
} as unknown as PkSection;

describe("interval exposure of an ODE model", () => {
  it("matches the closed form of the same linear model (AUC to 1e-7, Cmax to 1e-7)", () => {
    const model = preparePkModel(ODE_PK, ["cl", "v"]);
    const doses: Dose[] = Array.from({ length: 10 }, (_, day) => ({ route: "iv-bolus", timeH: 24 * day, amountMg: day < 5 ? 100 : 50 }));
    const boundaries = Array.from({ length: 13 }, (_, day) => 24 * day);
    const ode = model.intervals?.([4, 40]).series(doses, boundaries, true);
    const exact = exposureSeries(preparePkSystem({ compartments: 1, clearanceLPerH: 4, centralVolumeL: 40, bioavailability: 1, lagTimeH: 0 }), doses, boundaries, { cmax: true });
    expect(ode).toBeDefined();
    exact.aucMgHPerL.forEach((auc, window) => expect(Math.abs((ode?.aucMgHPerL[window] ?? Number.NaN) / auc - 1)).toBeLessThan(1e-7));
    exact.cmaxMgPerL.forEach((cmax, window) => expect(Math.abs((ode?.cmaxMgPerL[window] ?? Number.NaN) / cmax - 1)).toBeLessThan(1e-7));
  });
});

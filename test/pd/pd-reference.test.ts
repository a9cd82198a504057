// PD driven by the PK of pk.json case (a) (1-cmt oral, ka 1.5 /h, CL 2.8 L/h, V 32 L, 320 mg every
// 12 h × 14) against deSolve lsoda (rtol 1e-10, atol 1e-12) in pk-extra.json pd_on_case_a, on
// the 337-point grid 0..168 h. The driver is the test's own superposed closed form of C(t).
import { describe, expect, it } from "vitest";
import { simulateEffectSiteConcentrations, simulateIndirectResponse, type IndirectResponseModel } from "../../src/pd/index.js";
import { caseAConcentrationMgPerL, expectProfileClose, PK_EXTRA_REFERENCE, REFERENCE_TIMES_H } from "../helpers/pk-references.js";

const reference = PK_EXTRA_REFERENCE.pd_on_case_a;
const parameters = reference.parameters;
const TIGHT = { relative: 1e-10, absolute: 1e-12 };
const common = { concentrationAt: caseAConcentrationMgPerL, outputTimesH: REFERENCE_TIMES_H, breakpointsH: reference.pk.dose_times_h, tolerances: TIGHT };
const inhibition = { kOutPerH: parameters.kout_per_h, imax: parameters.Imax, ic50MgPerL: parameters.IC50_mg_per_L };
const stimulation = { kOutPerH: parameters.kout_per_h, emax: parameters.Emax, ec50MgPerL: parameters.EC50_mg_per_L };

describe("PD on pk.json case (a) vs deSolve (pk-extra.json pd_on_case_a)", () => {
  it("uses kin = kout · R0 as the reference does", () => {
    expect(parameters.kin).toBeCloseTo(parameters.kout_per_h * parameters.R0, 14);
  });

  // Measured largest relative difference 9.0e-10 (Ce is 0 at t = 0, checked absolutely).
  it("effect-site concentration within 1e-6", () => {
    const got = simulateEffectSiteConcentrations({ ...common, ke0PerH: parameters.ke0_per_h });
    expect(expectProfileClose(got, reference.effect_site_conc, 1e-6, "Ce")).toBeLessThan(1e-6);
  });

  // Measured largest relative differences at rtol 1e-10: I 4.5e-9, II 8.4e-10, III 5.6e-9,
  // IV 1.1e-9 (local errors of 1e-10 per step add up over 168 h; at rtol 1e-13 they fall to
  // 2e-10 to 3e-10, the reference's own error).
  const cases: readonly [string, IndirectResponseModel, readonly number[]][] = [
    ["I (inhibition of production)", { kind: "inhibition-of-production", ...inhibition }, reference.idr_type_1],
    ["II (inhibition of loss)", { kind: "inhibition-of-loss", ...inhibition }, reference.idr_type_2],
    ["III (stimulation of production)", { kind: "stimulation-of-production", ...stimulation }, reference.idr_type_3],
    ["IV (stimulation of loss)", { kind: "stimulation-of-loss", ...stimulation }, reference.idr_type_4],
  ];
  for (const [label, model, expected] of cases) {
    it(`indirect response type ${label} within 1e-6`, () => {
      const got = simulateIndirectResponse({ ...common, model, baseline: parameters.R0 });
      expect(expectProfileClose(got, expected, 1e-6, `IDR ${label}`)).toBeLessThan(1e-6);
    });
  }
});

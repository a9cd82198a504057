// planEndpoint and responseAtVisits against closed forms: direct models on an exposure metric
// (constant over visits, E(X) − E(0)), on C(t) at the visit, on the effect-site concentration of a
// constant plasma course, and disease progression (linear, exponential) with an offset or a
// protective drug action. The ExposureView is built by hand; the reference PK course is pk.json
// case (a) in closed form (test/helpers/pk-references.ts).
import { describe, expect, it } from "vitest";
import { endpointSchema, type Endpoint } from "../../src/spec/schema.js";
import { planEndpoint, responseAtVisits, type ExposureView } from "../../src/trial/endpoint-model.js";
import type { ExposureMetrics } from "../../src/trial/pk-model-types.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { caseAConcentrationMgPerL, PK_EXTRA_REFERENCE } from "../helpers/pk-references.js";

/** An endpoint as the spec adapter gives it (defaults filled). */
function endpoint(fields: Record<string, unknown>): Endpoint {
  return endpointSchema.parse({ id: "score", type: "continuous", baseline_column: "baseline", residual_sd: 1, ...fields });
}

/** Distinct values, so a wrong metric shows. */
const METRICS: ExposureMetrics = {
  cmaxMgPerL: 12,
  tmaxAfterDoseH: 1.5,
  cminMgPerL: 3,
  ctroughMgPerL: 3.5,
  aucTauMgHPerL: 96,
  cavgMgPerL: 8,
  aucCumulativeMgHPerL: 1200,
  timeAboveThresholdH: Number.NaN,
};

/** An exposure whose course must not be read (metric drivers). */
const METRICS_ONLY: ExposureView = {
  metrics: METRICS,
  course: () => {
    throw new Error("the course of a metric-driven endpoint must not be computed");
  },
};

/** C(t) of pk.json case (a): 320 mg oral q12h × 14, ka 1.5 /h, CL 2.8 L/h, V 32 L, F 1. */
const CASE_A = PK_EXTRA_REFERENCE.pd_on_case_a.pk;
const CASE_A_VIEW: ExposureView = { metrics: METRICS, course: () => ({ at: caseAConcentrationMgPerL, breakpointsH: CASE_A.dose_times_h }) };

/**
 * ∫₀ᵗ C(u) du of case (a) by superposition: one dose gives, s hours after it,
 * F·D·ka/(V·(ka − k)) · [(1 − e^(−k·s))/k − (1 − e^(−ka·s))/ka], k = CL/V (mg·h/L).
 */
function caseAAucMgHPerL(timeH: number): number {
  const k = CASE_A.CL_L_per_h / CASE_A.V_L;
  const ka = CASE_A.ka_per_h;
  const scale = (CASE_A.F * CASE_A.amount_mg * ka) / (CASE_A.V_L * (ka - k));
  let total = 0;
  for (const doseH of CASE_A.dose_times_h) {
    if (doseH > timeH) break;
    const s = timeH - doseH;
    total += scale * (-Math.expm1(-k * s) / k + Math.expm1(-ka * s) / ka);
  }
  return total;
}

/**
 * Tolerance of responses that go through the PD ODE solver (Dormand–Prince at the default PD
 * tolerances, relative 1e-8, absolute 1e-10): the global error over a few hundred hours stays
 * within about 100 × the local tolerance, so 1e-6 relative. Measured: effect site of a constant
 * course 1.5e-9, protective action on case (a) 3.2e-7 (at 168 h).
 */
const ODE_TOLERANCE = 1e-6;

function expectProfile(got: Float64Array, expected: readonly number[], tolerance: number, label: string): void {
  expect(got.length, `${label}: length`).toBe(expected.length);
  expected.forEach((value, index) => expectRelativeClose(got[index] as number, value, tolerance, `${label} at visit ${index}`));
}

describe("planEndpoint", () => {
  it("defaults the visits to the end of the trial, which is then primary", () => {
    const plan = planEndpoint(endpoint({ drug_effect: { model: "linear", slope: 1, exposure: "cavg" } }), 84);
    expect(plan.visitDays).toEqual([84]);
    expect(Array.from(plan.visitTimesH)).toEqual([2016]); // 84 × 24
    expect(plan.primaryIndex).toBe(0);
  });

  it("converts visit days to hours and defaults the primary visit to the last", () => {
    const plan = planEndpoint(endpoint({ visits_days: [7, 14, 28] }), 84);
    expect(Array.from(plan.visitTimesH)).toEqual([168, 336, 672]); // 7·24, 14·24, 28·24
    expect(plan.primaryIndex).toBe(2);
  });

  it("finds a given primary visit among the visits", () => {
    expect(planEndpoint(endpoint({ visits_days: [7, 14, 28], primary_visit_day: 14 }), 84).primaryIndex).toBe(1);
  });

  it("needs C(t) only for concentration or effect-site drivers and indirect responses", () => {
    const needs = (fields: Record<string, unknown>) => planEndpoint(endpoint(fields), 28).needsCourse;
    expect(needs({})).toBe(false);
    expect(needs({ drug_effect: { model: "linear", slope: 1, exposure: "auc_tau" } })).toBe(false);
    expect(needs({ drug_effect: { model: "linear", slope: 1, exposure: "concentration" } })).toBe(true);
    expect(needs({ drug_effect: { model: "linear", slope: 1, exposure: "effect-site", ke0_per_h: 0.5 } })).toBe(true);
    expect(needs({ model: "indirect-response", indirect_response: { type: 1, kout_per_h: 0.2, imax: 0.8, ic50_mg_per_l: 5 } })).toBe(true);
    expect(needs({ model: "disease-progression", progression: { model: "linear", rate_per_day: 1, drug_action: "offset" } })).toBe(false);
  });
});

describe("responseAtVisits: exposure-response on an exposure metric", () => {
  const visits = { visits_days: [7, 14, 28] };
  const responseTo = (drugEffect: Record<string, unknown>) => Array.from(responseAtVisits(planEndpoint(endpoint({ ...visits, drug_effect: drugEffect }), 28), 50, METRICS_ONLY));

  it("is 0 at every visit without drug (null exposure) or without a drug effect", () => {
    expect(Array.from(responseAtVisits(planEndpoint(endpoint({ ...visits, drug_effect: { model: "linear", slope: 1, exposure: "cavg" } }), 28), 50, null))).toEqual([0, 0, 0]);
    expect(Array.from(responseAtVisits(planEndpoint(endpoint(visits), 28), 50, METRICS_ONLY))).toEqual([0, 0, 0]);
  });

  it("emax on cavg: −10·8/(4 + 8) = −6.666…, the same at every visit", () => {
    // R 4.2.2: -10*8/12 = -6.66666666666667. One product and one division: 1e-15.
    for (const value of responseTo({ model: "emax", emax: -10, ec50: 4, exposure: "cavg" })) expectRelativeClose(value, -6.66666666666667, 1e-14, "emax(cavg)");
  });

  it("linear on auc_tau: −0.05·96 = −4.8; on auc_cumulative: 0.001·1200 = 1.2", () => {
    // One product each, rounded once: 1e-15.
    for (const value of responseTo({ model: "linear", slope: -0.05, exposure: "auc_tau" })) expectRelativeClose(value, -4.8, 1e-15, "linear(auc_tau)");
    for (const value of responseTo({ model: "linear", slope: 0.001, exposure: "auc_cumulative" })) expectRelativeClose(value, 1.2, 1e-15, "linear(auc_cumulative)");
  });

  it("sigmoid emax on cmax: 5·12²/(6² + 12²) = 5·144/180 = 4", () => {
    // Computed as 5/(1 + (6/12)²) = 5/1.25 = 4, exact in binary.
    expect(responseTo({ model: "sigmoid-emax", emax: 5, ec50: 6, hill: 2, exposure: "cmax" })).toEqual([4, 4, 4]);
  });

  it("log-linear is E(X) − E(0) = slope·ln((X + offset)/offset): ctrough 3.5, offset 0.5 → 2·ln 8", () => {
    // 2·ln((3.5 + 0.5)/0.5) = 2·ln 8; R 4.2.2: 2*log(8) = 4.15888308335967. Two logarithms subtracted: 1e-14.
    for (const value of responseTo({ model: "log-linear", slope: 2, offset: 0.5, exposure: "ctrough" })) expectRelativeClose(value, 4.15888308335967, 1e-14, "log-linear(ctrough)");
  });

  it("log-linear with the default offset 1 on cmin: 2·ln(3 + 1) = 2·ln 4", () => {
    // R 4.2.2: 2*log(4) = 2.77258872223978.
    for (const value of responseTo({ model: "log-linear", slope: 2, exposure: "cmin" })) expectRelativeClose(value, 2.77258872223978, 1e-14, "log-linear(cmin)");
  });
});

describe("responseAtVisits: exposure-response on C(t) and on the effect site", () => {
  it("concentration driver: E(C(t)) at each visit, C from case (a) in closed form", () => {
    // Visits 0.25, 1, 3.5 days = 6, 24, 84 h; emax −8, ec50 6: E = −8·C/(6 + C). The same arithmetic as
    // the model on the same C, so 1e-15.
    const plan = planEndpoint(endpoint({ visits_days: [0.25, 1, 3.5], drug_effect: { model: "emax", emax: -8, ec50: 6, exposure: "concentration" } }), 7);
    const expected = [6, 24, 84].map((timeH) => (-8 * caseAConcentrationMgPerL(timeH)) / (6 + caseAConcentrationMgPerL(timeH)));
    expectProfile(responseAtVisits(plan, 50, CASE_A_VIEW), expected, 1e-15, "emax(C)");
  });

  it("effect-site driver, constant plasma C = 4 mg/L: Ce(t) = C·(1 − e^(−ke0·t)), effect slope·Ce", () => {
    // dCe/dt = ke0·(C − Ce), Ce(0) = 0 ⇒ Ce(t) = C·(1 − e^(−ke0·t)). ke0 = 0.25 /h, visits 0.25, 0.5, 1, 2
    // days = 6, 12, 24, 48 h: Ce = 4·(1 − e^−1.5), 4·(1 − e^−3), 4·(1 − e^−6), 4·(1 − e^−12); effect −1.5·Ce.
    const constant: ExposureView = { metrics: METRICS, course: () => ({ at: () => 4, breakpointsH: [] }) };
    const plan = planEndpoint(endpoint({ visits_days: [0.25, 0.5, 1, 2], drug_effect: { model: "linear", slope: -1.5, exposure: "effect-site", ke0_per_h: 0.25 } }), 7);
    const expected = [6, 12, 24, 48].map((timeH) => -1.5 * 4 * -Math.expm1(-0.25 * timeH));
    expectProfile(responseAtVisits(plan, 50, constant), expected, ODE_TOLERANCE, "−1.5·Ce");
  });

  it("effect-site driver with emax: Ce = EC50 gives half the maximum effect", () => {
    // Ce(6 h) = 4·(1 − e^−1.5) with ke0 0.25; with ec50 set to that value the effect is emax/2 = −3.
    const ce = 4 * -Math.expm1(-1.5);
    const constant: ExposureView = { metrics: METRICS, course: () => ({ at: () => 4, breakpointsH: [] }) };
    const plan = planEndpoint(endpoint({ visits_days: [0.25], drug_effect: { model: "emax", emax: -6, ec50: ce, exposure: "effect-site", ke0_per_h: 0.25 } }), 7);
    expectProfile(responseAtVisits(plan, 50, constant), [-3], ODE_TOLERANCE, "emax(Ce)");
  });
});

describe("responseAtVisits: disease progression", () => {
  const progression = (model: string, ratePerDay: number, action: string) => ({ model, rate_per_day: ratePerDay, drug_action: action });

  it("natural course without drug, linear: rate·days = 0.5·7, 0.5·28 = 3.5, 14", () => {
    const plan = planEndpoint(endpoint({ model: "disease-progression", visits_days: [7, 28], progression: progression("linear", 0.5, "offset") }), 28);
    // (0.5/24)·168 and (0.5/24)·672 round once each: 1e-15.
    expectProfile(responseAtVisits(plan, 20, null), [3.5, 14], 1e-15, "S − S0");
  });

  it("natural course without drug, exponential: S0·(e^(rate·days) − 1) = 20·(e^0.07 − 1), 20·(e^0.28 − 1)", () => {
    // R 4.2.2: 20*(exp(0.07)-1) = 1.45016362508433, 20*(exp(0.28)-1) = 6.46259624674874. The rate is
    // divided by 24 and multiplied by hours, then S0·e^x − S0 cancels about 1 digit: 1e-13.
    const plan = planEndpoint(endpoint({ model: "disease-progression", visits_days: [7, 28], progression: progression("exponential", 0.01, "offset") }), 28);
    expectProfile(responseAtVisits(plan, 20, null), [1.45016362508433, 6.46259624674874], 1e-13, "S − S0");
  });

  it("natural course also without a drug effect when the patient has drug", () => {
    const plan = planEndpoint(endpoint({ model: "disease-progression", visits_days: [7, 28], progression: progression("linear", 0.5, "offset") }), 28);
    expectProfile(responseAtVisits(plan, 20, METRICS_ONLY), [3.5, 14], 1e-15, "S − S0");
  });

  it("offset action on a metric: rate·days + E, E = −4·8/(8 + 8) = −2 → 3.5 − 2, 14 − 2", () => {
    const plan = planEndpoint(
      endpoint({ model: "disease-progression", visits_days: [7, 28], progression: progression("linear", 0.5, "offset"), drug_effect: { model: "emax", emax: -4, ec50: 8, exposure: "cavg" } }),
      28,
    );
    expectProfile(responseAtVisits(plan, 20, METRICS_ONLY), [1.5, 12], 1e-14, "S − S0");
  });

  it("offset action on C(t): rate·t + E(C(t)) with C of case (a), exponential course", () => {
    // S0·e^(r·t) − S0 + slope·C(t), r = 0.01/24 per h, slope 0.5 L/mg; visits 1, 3.5, 7 days = 24, 84, 168 h.
    // No ODE: the same closed forms on both sides, to 1e-13 (the e^x − 1 cancellation).
    const plan = planEndpoint(
      endpoint({ model: "disease-progression", visits_days: [1, 3.5, 7], progression: progression("exponential", 0.01, "offset"), drug_effect: { model: "linear", slope: 0.5, exposure: "concentration" } }),
      7,
    );
    const expected = [24, 84, 168].map((timeH) => 20 * Math.expm1((0.01 / 24) * timeH) + 0.5 * caseAConcentrationMgPerL(timeH));
    expectProfile(responseAtVisits(plan, 20, CASE_A_VIEW), expected, 1e-13, "S − S0");
  });

  it("protective action on a metric: the rate slowed by (1 − E), E = 0.6·8/(8 + 8) = 0.3 → 0.5·0.7·days", () => {
    // Linear: 0.35·7 = 2.45, 0.35·28 = 9.8.
    const plan = planEndpoint(
      endpoint({ model: "disease-progression", visits_days: [7, 28], progression: progression("linear", 0.5, "protective"), drug_effect: { model: "emax", emax: 0.6, ec50: 8, exposure: "cavg" } }),
      28,
    );
    expectProfile(responseAtVisits(plan, 20, METRICS_ONLY), [2.45, 9.8], 1e-14, "S − S0");
  });

  it("protective action on a metric, exponential: S0·(e^(rate·(1 − E)·days) − 1) = 20·(e^0.049 − 1), 20·(e^0.196 − 1)", () => {
    // rate 0.01/day, E = 0.3: 0.007·7 = 0.049, 0.007·28 = 0.196. R 4.2.2: 20*(exp(0.049)-1) = 1.00440701480056,
    // 20*(exp(0.196)-1) = 4.33053810668632.
    const plan = planEndpoint(
      endpoint({ model: "disease-progression", visits_days: [7, 28], progression: progression("exponential", 0.01, "protective"), drug_effect: { model: "emax", emax: 0.6, ec50: 8, exposure: "cavg" } }),
      28,
    );
    expectProfile(responseAtVisits(plan, 20, METRICS_ONLY), [1.00440701480056, 4.33053810668632], 1e-13, "S − S0");
  });

  it("protective action on C(t), linear: slope·Λ(t), Λ(t) = t − s·∫₀ᵗ C = t − s·AUC(0, t) for E = s·C", () => {
    // dS/dt = slope·(1 − s·C(t)) ⇒ S(t) − S0 = slope·(t − s·AUC(0, t)); slope 0.24/day = 0.01/h, s = 0.05 L/mg
    // (E stays below 1: C ≤ 13 mg/L). AUC of case (a) by superposition (caseAAucMgHPerL). Visits 0.25, 1,
    // 2.5, 7 days. Through the ODE solver: ODE_TOLERANCE.
    const plan = planEndpoint(
      endpoint({ model: "disease-progression", visits_days: [0.25, 1, 2.5, 7], progression: progression("linear", 0.24, "protective"), drug_effect: { model: "linear", slope: 0.05, exposure: "concentration" } }),
      7,
    );
    const expected = [6, 24, 60, 168].map((timeH) => 0.01 * (timeH - 0.05 * caseAAucMgHPerL(timeH)));
    expectProfile(responseAtVisits(plan, 20, CASE_A_VIEW), expected, ODE_TOLERANCE, "S − S0");
  });

  it("protective action on C(t), exponential: S0·(e^(r·Λ(t)) − 1)", () => {
    const plan = planEndpoint(
      endpoint({ model: "disease-progression", visits_days: [1, 7], progression: progression("exponential", 0.05, "protective"), drug_effect: { model: "linear", slope: 0.05, exposure: "concentration" } }),
      7,
    );
    const expected = [24, 168].map((timeH) => 20 * Math.expm1((0.05 / 24) * (timeH - 0.05 * caseAAucMgHPerL(timeH))));
    expectProfile(responseAtVisits(plan, 20, CASE_A_VIEW), expected, ODE_TOLERANCE, "S − S0");
  });

  // Regression (found in review): a disease-progression drug effect on the effect site reads
  // Ce, not C. With a constant C = 4 mg/L, ke0 0.25 /h, no natural progression and an offset
  // action, S − S0 = E(Ce(t)) = 4·(1 − e^(−0.25·t)).
  it("offset action on the effect site: E(Ce(t)), Ce = C·(1 − e^(−ke0·t))", () => {
    const constant: ExposureView = { metrics: METRICS, course: () => ({ at: () => 4, breakpointsH: [] }) };
    const plan = planEndpoint(
      endpoint({ model: "disease-progression", visits_days: [0.25, 1], progression: progression("linear", 0, "offset"), drug_effect: { model: "linear", slope: 1, exposure: "effect-site", ke0_per_h: 0.25 } }),
      7,
    );
    expectProfile(responseAtVisits(plan, 20, constant), [4 * -Math.expm1(-1.5), 4 * -Math.expm1(-6)], ODE_TOLERANCE, "S − S0");
  });

  // The same under a protective action: with E = 0.1·Ce, Λ(t) = t − 0.1·∫₀ᵗ Ce = t − 0.4·(t − (1 − e^(−0.25·t))/0.25),
  // S − S0 = 0.01·Λ(t) (rate 0.24/day); at 6 h that is 0.01·(6 − 0.4·(6 − 4·(1 − e^−1.5))) = 0.0484…, reading C instead of Ce
  // would give 0.01·0.6·6 = 0.036 (E = 0.1·C = 0.4 from the start).
  it("protective action on the effect site: Λ(t) = t − s·∫ Ce", () => {
    const constant: ExposureView = { metrics: METRICS, course: () => ({ at: () => 4, breakpointsH: [] }) };
    const plan = planEndpoint(
      endpoint({ model: "disease-progression", visits_days: [0.25, 1], progression: progression("linear", 0.24, "protective"), drug_effect: { model: "linear", slope: 0.1, exposure: "effect-site", ke0_per_h: 0.25 } }),
      7,
    );
    const expected = [6, 24].map((timeH) => 0.01 * (timeH - 0.4 * (timeH + 4 * Math.expm1(-0.25 * timeH))));
    expectProfile(responseAtVisits(plan, 20, constant), expected, ODE_TOLERANCE, "S − S0");
  });

  // Regression (found in review): the protective ODE restarts at the course's dose times; without
  // them the solver stepped across the jumps of an IV bolus course (1.9e-6 relative at 168 h).
  it("protective action on an IV bolus C(t): within 1e-6 of t − s·AUC(0, t) (needs the dose times as break points)", () => {
    // 320 mg IV bolus q12h × 14 into V = 32 L, k = 2.8/32 /h: C(t) = Σ 10·e^(−k·(t − tᵢ)),
    // AUC(0, t) = Σ 10·(1 − e^(−k·(t − tᵢ)))/k over the doses given by t. S − S0 = 0.01·(t − 0.05·AUC(0, t)).
    const k = 2.8 / 32;
    const doseTimesH = CASE_A.dose_times_h;
    const given = (timeH: number) => doseTimesH.filter((doseH) => doseH <= timeH);
    const bolus: ExposureView = {
      metrics: METRICS,
      course: () => ({ at: (timeH) => given(timeH).reduce((total, doseH) => total + 10 * Math.exp(-k * (timeH - doseH)), 0), breakpointsH: doseTimesH }),
    };
    const aucMgHPerL = (timeH: number) => given(timeH).reduce((total, doseH) => total - (10 * Math.expm1(-k * (timeH - doseH))) / k, 0);
    const plan = planEndpoint(
      endpoint({ model: "disease-progression", visits_days: [1, 2.5, 7], progression: progression("linear", 0.24, "protective"), drug_effect: { model: "linear", slope: 0.05, exposure: "concentration" } }),
      7,
    );
    const expected = [24, 60, 168].map((timeH) => 0.01 * (timeH - 0.05 * aucMgHPerL(timeH)));
    expectProfile(responseAtVisits(plan, 20, bolus), expected, ODE_TOLERANCE, "S − S0");
  });
});

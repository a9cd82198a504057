import { describe, expect, it } from "vitest";
import { concentrationsAt, exposureBetween, preparePkSystem } from "../../src/pk/index.js";
import type { Dose, IntervalExposure, LinearPkParameters, PkSystem } from "../../src/pk/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { gridH, ONE_CMT_ORAL, ORAL_MODELS, regularDoses, THREE_CMT } from "./model-fixtures.js";
import { integrateBySimpsonMgHPerL, listKinkTimesH } from "./simpson-auc.js";

const ORAL = preparePkSystem(ONE_CMT_ORAL);
/** Every route, doses at the same time, an infusion running over a bolus, and a gap. */
const MIXED: readonly Dose[] = [
  { route: "oral", timeH: 0, amountMg: 400 },
  { route: "infusion", timeH: 6, amountMg: 300, durationH: 4 },
  { route: "iv-bolus", timeH: 7.5, amountMg: 100 },
  { route: "oral", timeH: 7.5, amountMg: 200 },
  { route: "oral", timeH: 20, amountMg: 0 },
  { route: "oral", timeH: 31.25, amountMg: 250 },
];

/**
 * The profile on a fine grid of the window plus every event time inside it (where a bolus jumps),
 * with the left limit at the end (a bolus at toH belongs to the next window).
 */
function sampleWindow(model: { readonly system: PkSystem; readonly doses: readonly Dose[] }, window: { readonly fromH: number; readonly toH: number }, points: number) {
  const { system, doses } = model;
  const eventTimesH = listKinkTimesH(system, doses).filter((timeH) => timeH > window.fromH && timeH < window.toH);
  const timesH = [...gridH(window.fromH, window.toH, points), ...eventTimesH];
  const profile = Array.from(concentrationsAt(system, doses, timesH));
  profile[points - 1] = concentrationsAt(system, doses.filter((dose) => dose.timeH < window.toH), [window.toH])[0] as number;
  return { timesH, profile };
}

describe("exposureBetween: known values", () => {
  // pk.json a_one_cmt_oral last_interval_of_regimen (R 4.2.2); see the reference test.
  it("doc example: the 14th dose interval of 320 mg oral q12h", () => {
    const metrics = exposureBetween(ORAL, regularDoses("oral", { amountMg: 320, intervalH: 12, doseCount: 14 }), { fromH: 156, toH: 168 });
    expectRelativeClose(metrics.cmaxMgPerL, 13.2490302386027, 1e-13, "cmax");
    expectRelativeClose(metrics.tmaxH, 157.706828227824, 1e-14, "tmax");
    expectRelativeClose(metrics.aucMgHPerL, 114.28566417093, 1e-13, "auc");
  });

  it("is 0 everywhere for an empty schedule, with the extremes at fromH", () => {
    expect(exposureBetween(ORAL, [], { fromH: 4, toH: 16, thresholdMgPerL: 0 })).toEqual({
      cmaxMgPerL: 0,
      tmaxH: 4,
      cminMgPerL: 0,
      tminH: 4,
      aucMgHPerL: 0,
      cavgMgPerL: 0,
      timeAboveThresholdH: 0,
    });
  });

  // Gibaldi & Perrier: AUC from 0 to ∞ of one dose = F·D/CL for any linear mammillary model and
  // route. After 20000 h what is left is below e^(−γ · 20000) ≤ e^(−88) of the dose.
  const routes: readonly Dose[] = [
    { route: "oral", timeH: 3, amountMg: 320 },
    { route: "iv-bolus", timeH: 3, amountMg: 320 },
    { route: "infusion", timeH: 3, amountMg: 320, durationH: 2.5 },
  ];
  const models: readonly (readonly [string, LinearPkParameters])[] = [
    ...ORAL_MODELS,
    ["1 compartment, ka = k", { ...ONE_CMT_ORAL, absorptionRatePerH: 0.0875, bioavailability: 0.7 }],
    ["1 compartment, flip-flop (ka < k)", { ...ONE_CMT_ORAL, absorptionRatePerH: 0.05, clearanceLPerH: 10, centralVolumeL: 20, bioavailability: 0.4 }],
  ];
  it.each(models.flatMap(([name, parameters]) => routes.map((dose) => [`${name}, ${dose.route}`, parameters, dose] as const)))(
    "gives AUC(0–∞) = F·D/CL for one dose: %s",
    (_, parameters, dose) => {
      const metrics = exposureBetween(preparePkSystem(parameters), [dose], { fromH: 0, toH: 20000 });
      const fraction = dose.route === "oral" ? parameters.bioavailability : 1;
      expectRelativeClose(metrics.aucMgHPerL, (fraction * 320) / parameters.clearanceLPerH, 1e-13, "auc");
      expect(metrics.cminMgPerL).toBe(0);
    },
  );

  // Closed form: C = C₀ e^(−k t) is above T for ln(C₀/T)/k hours; 10 mg/L, k = 0.5 /h, T = 1 mg/L.
  it("gives the exact time above a threshold for a one-compartment bolus", () => {
    const system = preparePkSystem({ compartments: 1, clearanceLPerH: 5, centralVolumeL: 10, bioavailability: 1, lagTimeH: 0 });
    const metrics = exposureBetween(system, [{ route: "iv-bolus", timeH: 2, amountMg: 100 }], { fromH: 0, toH: 48, thresholdMgPerL: 1 });
    expectRelativeClose(metrics.timeAboveThresholdH, Math.log(10) / 0.5, 1e-14, "time above 1 mg/L");
    expect([metrics.cmaxMgPerL, metrics.tmaxH, metrics.cminMgPerL, metrics.tminH]).toEqual([10, 2, 0, 0]);
  });
});

describe("exposureBetween: mass balance", () => {
  // One compartment: F·ΣD − CL·AUC(first dose..end) = what is still in the body = V·C(end) + the
  // unabsorbed depot, a plain sum of F·D·e^(−ka (end − t_dose)). Independent of the modal areas.
  it("conserves mass over an irregular oral schedule: given = eliminated + central + depot", () => {
    const doses = MIXED.filter((dose) => dose.route === "oral");
    const endH = 41.25;
    const metrics = exposureBetween(ORAL, doses, { fromH: 0, toH: endH });
    const depotMg = doses.reduce((sum, dose) => sum + dose.amountMg * Math.exp(-1.5 * (endH - dose.timeH)), 0);
    const remainingMg = 32 * (concentrationsAt(ORAL, doses, [endH])[0] as number) + depotMg;
    expectRelativeClose(850 - 2.8 * metrics.aucMgHPerL, remainingMg, 1e-13, "remaining amount");
  });
});

describe("exposureBetween: against the sampled profile", () => {
  const cases = ORAL_MODELS.flatMap(([name, parameters]) =>
    [
      { fromH: 0, toH: 41.25 },
      { fromH: 7.5, toH: 9 },
      { fromH: 5, toH: 7.5 },
      { fromH: 31.25, toH: 100 },
    ].map((window) => [`${name}, ${window.fromH}..${window.toH} h`, parameters, window] as const),
  );

  // Simpson's error falls as h⁴: measured 1e-7 relative with 1000 panels a piece between kinks,
  // 4e-10 with 4000, 2e-12 with 16000, 2e-14 with 64000 (3 compartments, 31.25..100 h, the worst
  // case). 32000 panels, ~1e-13; 1e-12 leaves margin. The integral comes from concentrationsAt alone.
  it.each(cases)("gives an AUC equal to Simpson's integral and cavg = AUC / length: %s", (_, parameters, window) => {
    const system = preparePkSystem(parameters);
    const metrics = exposureBetween(system, MIXED, window);
    expectRelativeClose(metrics.aucMgHPerL, integrateBySimpsonMgHPerL({ system, doses: MIXED }, window, 32000), 1e-12, "auc");
    expectRelativeClose(metrics.cavgMgPerL * (window.toH - window.fromH), metrics.aucMgHPerL, 1e-15, "cavg · length");
  });

  // The extremes bound the sampled profile (to rounding, 1e-13 · Cmax), are attained at their
  // times, and are within the grid's reach: at spacing h the grid misses a smooth peak by at most
  // |C''| h² / 8, and misses a trough at a kink by at most |C'| h.
  it.each(cases)("gives Cmax and Cmin that bound the profile on a fine grid and are attained: %s", (_, parameters, window) => {
    const system = preparePkSystem(parameters);
    const metrics = exposureBetween(system, MIXED, window);
    const { profile } = sampleWindow({ system, doses: MIXED }, window, 20001);
    const slackMgPerL = 1e-13 * metrics.cmaxMgPerL;
    expect(Math.max(...profile)).toBeLessThanOrEqual(metrics.cmaxMgPerL + slackMgPerL);
    expect(Math.min(...profile)).toBeGreaterThanOrEqual(metrics.cminMgPerL - slackMgPerL);
    expectRelativeClose(Math.max(...profile), metrics.cmaxMgPerL, 1e-5, "grid max vs cmax");
    expect(Math.min(...profile) - metrics.cminMgPerL).toBeLessThanOrEqual(1e-3 * metrics.cmaxMgPerL);
    // At toH the window's profile is the left limit: leave out a bolus given exactly then.
    const dosesInWindow = metrics.tmaxH < window.toH ? MIXED : MIXED.filter((dose) => dose.timeH < window.toH);
    const atTmax = concentrationsAt(system, dosesInWindow, [metrics.tmaxH])[0] as number;
    expect(Math.abs(atTmax - metrics.cmaxMgPerL)).toBeLessThanOrEqual(slackMgPerL);
    expect(metrics.tmaxH).toBeGreaterThanOrEqual(window.fromH);
    expect(metrics.tminH).toBeLessThanOrEqual(window.toH);
  });

  // The grid fraction above the threshold misses at most one grid spacing per crossing.
  it.each(cases)("gives the time above a threshold that the grid counts: %s", (_, parameters, window) => {
    const system = preparePkSystem(parameters);
    const { cavgMgPerL } = exposureBetween(system, MIXED, window);
    const metrics = exposureBetween(system, MIXED, { ...window, thresholdMgPerL: cavgMgPerL });
    const points = 20001;
    const { profile } = sampleWindow({ system, doses: MIXED }, window, points);
    const spacingH = (window.toH - window.fromH) / (points - 1);
    const counted = profile.reduce((count, value) => count + (value > cavgMgPerL ? 1 : 0), 0) * spacingH;
    expect(Math.abs(metrics.timeAboveThresholdH - counted)).toBeLessThanOrEqual(8 * spacingH);
    expect(metrics.timeAboveThresholdH).toBeGreaterThan(0);
    expect(metrics.timeAboveThresholdH).toBeLessThan(window.toH - window.fromH);
  });
});

describe("exposureBetween: ka equal and close to a disposition rate", () => {
  // Every metric is a smooth function of ka through ka = k; a relative step of 1e-9 moves them by
  // about 1e-9, so 1e-8 would catch the ~1e-7 errors of a cancelling formula.
  it.each(ORAL_MODELS)("is continuous through ka = each disposition rate (%s)", (_, parameters) => {
    const doses = regularDoses("oral", { amountMg: 320, intervalH: 12, doseCount: 5 });
    for (const rate of preparePkSystem(parameters).modeRatesPerH) {
      const at = (absorptionRatePerH: number) => exposureBetween(preparePkSystem({ ...parameters, absorptionRatePerH }), doses, { fromH: 24, toH: 72, thresholdMgPerL: 1 });
      const equal = at(rate);
      for (const neighbour of [at(rate * (1 + 1e-9)), at(rate * (1 - 1e-9))]) {
        for (const key of Object.keys(equal) as (keyof IntervalExposure)[]) expectRelativeClose(neighbour[key], equal[key], 1e-8, `${key} at ka = ${rate}`);
      }
    }
  });
});

describe("exposureBetween: preconditions", () => {
  const doses: Dose[] = [{ route: "oral", timeH: 0, amountMg: 100 }];
  it.each([
    ["exposureBetween requires a finite fromH, got NaN", ORAL, doses, { fromH: Number.NaN, toH: 12 }],
    ["exposureBetween requires a finite toH, got Infinity", ORAL, doses, { fromH: 0, toH: Infinity }],
    ["exposureBetween requires fromH < toH, got fromH 12 and toH 12", ORAL, doses, { fromH: 12, toH: 12 }],
    ["exposureBetween requires fromH < toH, got fromH 12 and toH 0", ORAL, doses, { fromH: 12, toH: 0 }],
    ["exposureBetween requires a non-negative thresholdMgPerL, got -1", ORAL, doses, { fromH: 0, toH: 12, thresholdMgPerL: -1 }],
    ["exposureBetween requires a non-negative thresholdMgPerL, got NaN", ORAL, doses, { fromH: 0, toH: 12, thresholdMgPerL: Number.NaN }],
    ["exposureBetween requires doses sorted by timeH, got 1 after 2 at index 1", ORAL, [{ ...doses[0], timeH: 2 }, { ...doses[0], timeH: 1 }], { fromH: 0, toH: 12 }],
    ["exposureBetween requires an absorptionRatePerH for the oral dose at index 0, got undefined", preparePkSystem(THREE_CMT), doses, { fromH: 0, toH: 12 }],
  ] as const)("throws %s", (message, system, schedule, window) => {
    expect(() => exposureBetween(system, schedule as readonly Dose[], window)).toThrow(new RangeError(message));
  });
});

import type { Dose, LinearPkParameters } from "../../src/pk/index.js";

/** pk.json a_one_cmt_oral: ka 1.5 /h, CL 2.8 L/h, V 32 L (k = 0.0875 /h). */
export const ONE_CMT_ORAL: LinearPkParameters = { compartments: 1, clearanceLPerH: 2.8, centralVolumeL: 32, absorptionRatePerH: 1.5, bioavailability: 1, lagTimeH: 0 };
/** pk.json b_two_cmt_iv_bolus: CL 5 L/h, V1 10 L, Q 2 L/h, V2 40 L (k10 0.5, k12 0.2, k21 0.05 /h). */
export const TWO_CMT: LinearPkParameters = { compartments: 2, clearanceLPerH: 5, centralVolumeL: 10, q2LPerH: 2, volume2L: 40, bioavailability: 1, lagTimeH: 0 };
/** pk-extra.json e/f: CL 4 L/h, V1 10 L, Q2 3 L/h, V2 30 L, Q3 0.5 L/h, V3 100 L. */
export const THREE_CMT: LinearPkParameters = {
  compartments: 3,
  clearanceLPerH: 4,
  centralVolumeL: 10,
  q2LPerH: 3,
  volume2L: 30,
  q3LPerH: 0.5,
  volume3L: 100,
  bioavailability: 1,
  lagTimeH: 0,
};

/** One model of each size with oral absorption (F and lag as in pk-extra.json g and h). */
export const ORAL_MODELS: readonly (readonly [string, LinearPkParameters])[] = [
  ["1 compartment", { ...ONE_CMT_ORAL, bioavailability: 0.8, lagTimeH: 0.5 }],
  ["2 compartments", { ...TWO_CMT, absorptionRatePerH: 0.8, bioavailability: 0.9, lagTimeH: 0.25 }],
  ["3 compartments", { ...THREE_CMT, absorptionRatePerH: 1.2, bioavailability: 0.7, lagTimeH: 0.5 }],
];

/** doseCount doses of amountMg by route, every intervalH from firstH. */
export function regularDoses(route: Dose["route"], schedule: { readonly amountMg: number; readonly intervalH: number; readonly doseCount: number; readonly firstH?: number; readonly durationH?: number }): Dose[] {
  const { amountMg, intervalH, doseCount, durationH } = schedule;
  return Array.from({ length: doseCount }, (_, index) => {
    const dose = { route, timeH: (schedule.firstH ?? 0) + index * intervalH, amountMg };
    return durationH === undefined ? dose : { ...dose, durationH };
  });
}

/** Evenly spaced times from fromH to toH, both included. */
export function gridH(fromH: number, toH: number, points: number): number[] {
  return Array.from({ length: points }, (_, index) => fromH + ((toH - fromH) * index) / (points - 1));
}

import { assertConcentrationProfile, type ConcentrationProfile } from "./concentration-profile.js";
import { sumIntervalAreas } from "./sum-interval-areas.js";

/**
 * AUC0–last by the linear trapezoidal rule on every interval, (t₂ − t₁)·(c₁ + c₂) / 2, from the
 * first sample (used as observed, nothing added at time 0) to Tlast, the last concentration above 0.
 * 0 for a profile without a concentration above 0.
 *
 * Reference: Gabrielsson & Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed.,
 * ch. 2; PKNCA `pk.calc.auc.last(method = "linear")`; test/reference/models.json nca_theoph.
 *
 * @param profile the samples (see ConcentrationProfile)
 * @returns AUC0–last, mg·h/L
 * @throws RangeError as assertConcentrationProfile, named "aucLinear"
 * @example aucLinear({ timesH: [0, 1, 3, 5], concentrationsMgPerL: [0, 4, 2, 1] }) // 11 = 2 + 6 + 3
 */
export function aucLinear(profile: ConcentrationProfile): number {
  assertConcentrationProfile(profile, "aucLinear");
  return sumIntervalAreas(profile, linearTrapezoid);
}

function linearTrapezoid(durationH: number, startMgPerL: number, endMgPerL: number): number {
  return (durationH * (startMgPerL + endMgPerL)) / 2;
}

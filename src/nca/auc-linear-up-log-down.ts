import { assertConcentrationProfile, type ConcentrationProfile } from "./concentration-profile.js";
import { sumIntervalAreas } from "./sum-interval-areas.js";

/**
 * AUC0–last by the linear-up/log-down rule: on an interval where the concentration falls to a
 * value above 0 (c₂ < c₁, c₂ > 0) the log trapezoid (t₂ − t₁)·(c₁ − c₂) / ln(c₁ / c₂), exact for a
 * mono-exponential decline; the linear trapezoid on the others (rising, flat, or falling to 0, where
 * the log is undefined). From the first sample (used as observed) to Tlast; 0 for a profile without
 * a concentration above 0. The logarithm is taken as log1p((c₁ − c₂)/c₂) when c₂ ≥ c₁/2, which
 * keeps a small drop accurate (see logRatio) and agrees with the plain formula to rounding.
 *
 * Reference: Gabrielsson & Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed.,
 * ch. 2; PKNCA `pk.calc.auc.last(method = "lin up/log down")`;
 * test/reference/models.json nca_theoph.
 *
 * @param profile the samples (see ConcentrationProfile)
 * @returns AUC0–last, mg·h/L
 * @throws RangeError as assertConcentrationProfile, named "aucLinearUpLogDown"
 * @example aucLinearUpLogDown({ timesH: [0, 1, 3, 5], concentrationsMgPerL: [0, 4, 2, 1] })
 * // 10.65617024533378 = 1·4/2 + 2·(4 − 2)/ln 2 + 2·(2 − 1)/ln 2
 */
export function aucLinearUpLogDown(profile: ConcentrationProfile): number {
  assertConcentrationProfile(profile, "aucLinearUpLogDown");
  return sumIntervalAreas(profile, linearUpLogDownTrapezoid);
}

function linearUpLogDownTrapezoid(durationH: number, startMgPerL: number, endMgPerL: number): number {
  if (endMgPerL < startMgPerL && endMgPerL > 0) {
    const dropMgPerL = startMgPerL - endMgPerL;
    return (durationH * dropMgPerL) / logRatio(startMgPerL, endMgPerL, dropMgPerL);
  }
  return (durationH * (startMgPerL + endMgPerL)) / 2;
}

/**
 * ln(c₁ / c₂) for c₁ > c₂ > 0. For a small drop the quotient is within a few ulps of 1 and its
 * rounding is a large part of its logarithm (for neighbouring doubles, ln of the rounded quotient
 * can be twice the true value, halving the area), so it is log1p(drop / c₂), with the same exact
 * drop c₁ − c₂ as the numerator (Sterbenz). Away from 1, and when the quotient would overflow, the
 * plain forms are accurate.
 */
function logRatio(startMgPerL: number, endMgPerL: number, dropMgPerL: number): number {
  if (dropMgPerL <= endMgPerL) return Math.log1p(dropMgPerL / endMgPerL);
  const ratio = startMgPerL / endMgPerL;
  return Number.isFinite(ratio) ? Math.log(ratio) : Math.log(startMgPerL) - Math.log(endMgPerL);
}

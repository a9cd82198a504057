import { assertConcentrationProfile, type ConcentrationProfile } from "./concentration-profile.js";

/** The highest observed concentration and when it was observed. */
export interface Peak {
  /** Largest observed concentration, mg/L. */
  readonly cmaxMgPerL: number;
  /** Its time, h; the first such time when the largest value is observed more than once. */
  readonly tmaxH: number;
}

/**
 * Cmax and Tmax as observed (no interpolation): the largest concentration and its first time.
 *
 * Reference: Gabrielsson & Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed.,
 * ch. 2; PKNCA `pk.calc.cmax` / `pk.calc.tmax(first.tmax = TRUE)`.
 *
 * @param profile the samples (see ConcentrationProfile)
 * @returns cmax (mg/L) and tmax (h)
 * @throws RangeError as assertConcentrationProfile, named "findPeak"
 * @example findPeak({ timesH: [0, 1, 2, 4], concentrationsMgPerL: [0, 8, 8, 3] }) // { cmaxMgPerL: 8, tmaxH: 1 }
 */
export function findPeak(profile: ConcentrationProfile): Peak {
  assertConcentrationProfile(profile, "findPeak");
  const { timesH, concentrationsMgPerL } = profile;
  let peakIndex = 0;
  for (const [index, concentration] of concentrationsMgPerL.entries()) {
    if (concentration > (concentrationsMgPerL[peakIndex] as number)) peakIndex = index;
  }
  return { cmaxMgPerL: concentrationsMgPerL[peakIndex] as number, tmaxH: timesH[peakIndex] as number };
}

import { assertConcentrationProfile, type ConcentrationProfile } from "./concentration-profile.js";

/** The last sample with a concentration above 0. */
export interface LastMeasurable {
  /** Its index in the profile, or -1 when no concentration is above 0. */
  readonly lastIndex: number;
  /** Clast, the observed concentration there, mg/L; NaN when there is none. */
  readonly clastMgPerL: number;
  /** Tlast, its time, h; NaN when there is none. */
  readonly tlastH: number;
}

/**
 * Clast and Tlast: the last concentration above 0 and its time. Samples after it (all 0) do not
 * count towards AUC0–last, which ends at Tlast. A profile of zeros has neither: NaN, index −1.
 *
 * Reference: Gabrielsson & Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed.,
 * ch. 2; PKNCA `pk.calc.clast.obs` and `pk.calc.tlast`.
 *
 * @param profile the samples (see ConcentrationProfile)
 * @returns the index, Clast (mg/L) and Tlast (h)
 * @throws RangeError as assertConcentrationProfile, named "findLastMeasurable"
 * @example findLastMeasurable({ timesH: [0, 1, 2, 4], concentrationsMgPerL: [0, 8, 3, 0] })
 * // { lastIndex: 2, clastMgPerL: 3, tlastH: 2 }
 */
export function findLastMeasurable(profile: ConcentrationProfile): LastMeasurable {
  assertConcentrationProfile(profile, "findLastMeasurable");
  return lastMeasurableOf(profile);
}

/**
 * findLastMeasurable without the check, for callers that have checked the profile already.
 *
 * Reference: as findLastMeasurable.
 *
 * @param profile a profile that passed assertConcentrationProfile
 * @returns as findLastMeasurable
 * @example lastMeasurableOf({ timesH: [0, 1], concentrationsMgPerL: [0, 0] }) // { lastIndex: -1, clastMgPerL: NaN, tlastH: NaN }
 */
export function lastMeasurableOf(profile: ConcentrationProfile): LastMeasurable {
  const { timesH, concentrationsMgPerL } = profile;
  for (let index = concentrationsMgPerL.length - 1; index >= 0; index--) {
    const concentration = concentrationsMgPerL[index] as number;
    if (concentration > 0) return { lastIndex: index, clastMgPerL: concentration, tlastH: timesH[index] as number };
  }
  return { lastIndex: -1, clastMgPerL: Number.NaN, tlastH: Number.NaN };
}

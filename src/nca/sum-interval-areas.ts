import { sum } from "../stats/index.js";
import type { ConcentrationProfile } from "./concentration-profile.js";
import { lastMeasurableOf } from "./find-last-measurable.js";

/** The area of one interval from (t₁, c₁) to (t₂, c₂): duration h, concentrations mg/L, area mg·h/L. */
export type IntervalArea = (durationH: number, startMgPerL: number, endMgPerL: number) => number;

/**
 * AUC from the first sample to Tlast as the sum of the areas of the intervals between successive
 * samples, by the given rule, added with the compensated `sum` in time order. No point is added at
 * time 0 and none is extrapolated back: a time-0 sample is used as observed. 0 when no
 * concentration is above 0 (or Tlast is the first sample).
 *
 * Reference: Gabrielsson & Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed., ch. 2.
 *
 * @param profile a profile that passed assertConcentrationProfile
 * @param intervalArea the rule for one interval
 * @returns the AUC, mg·h/L
 * @example sumIntervalAreas({ timesH: [0, 1, 3], concentrationsMgPerL: [0, 4, 2] }, (d, c1, c2) => (d * (c1 + c2)) / 2) // 8 = 2 + 6
 */
export function sumIntervalAreas(profile: ConcentrationProfile, intervalArea: IntervalArea): number {
  const { timesH, concentrationsMgPerL } = profile;
  const { lastIndex } = lastMeasurableOf(profile);
  const areas: number[] = [];
  for (let index = 1; index <= lastIndex; index++) {
    const durationH = (timesH[index] as number) - (timesH[index - 1] as number);
    areas.push(intervalArea(durationH, concentrationsMgPerL[index - 1] as number, concentrationsMgPerL[index] as number));
  }
  return sum(areas);
}

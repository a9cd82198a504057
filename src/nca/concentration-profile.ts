/**
 * One subject's concentration–time profile after one dose: samples sorted by time, as observed.
 * Times are hours from the dose (a pre-dose sample may be at a negative time or at 0), and
 * concentrations are mg/L (any consistent units work: the names carry the default).
 */
export interface ConcentrationProfile {
  /** Sample times, h, finite and strictly ascending. */
  readonly timesH: readonly number[];
  /** Observed concentrations, mg/L, finite and ≥ 0, one per time; a missing sample is left out, not NaN. */
  readonly concentrationsMgPerL: readonly number[];
}

/**
 * Checks a profile for the non-compartmental functions: one concentration per time, at least one
 * sample, finite times in strictly ascending order, finite concentrations ≥ 0. Samples below a
 * limit of quantification must be decided on (set to 0 or left out) before: that is study
 * policy, not arithmetic.
 *
 * Reference: Gabrielsson & Weiner, Pharmacokinetic and Pharmacodynamic Data Analysis, 5th ed.,
 * ch. 2 (data requirements of NCA).
 *
 * @param profile the samples
 * @param caller the public function, first word of the message
 * @throws RangeError "aucLinear requires one concentration per time, got 3 concentrations and 4 times"
 * @throws RangeError "aucLinear requires at least one sample, got none"
 * @throws RangeError "aucLinear requires finite times in strictly ascending order, got 2 after 3 at index 4"
 * @throws RangeError "aucLinear requires finite concentrations >= 0, got -1 at index 2"
 * @example assertConcentrationProfile({ timesH: [0, 1, 2], concentrationsMgPerL: [0, 4, 2] }, "aucLinear") // returns
 */
export function assertConcentrationProfile(profile: ConcentrationProfile, caller: string): void {
  const { timesH, concentrationsMgPerL } = profile;
  if (timesH.length !== concentrationsMgPerL.length) {
    throw new RangeError(
      `${caller} requires one concentration per time, got ${concentrationsMgPerL.length} concentrations and ${timesH.length} times`,
    );
  }
  if (timesH.length === 0) throw new RangeError(`${caller} requires at least one sample, got none`);
  let previousH = -Infinity;
  for (const [index, timeH] of timesH.entries()) {
    if (!(Number.isFinite(timeH) && timeH > previousH)) {
      const got = index === 0 || Number.isNaN(timeH) ? `${timeH}` : `${timeH} after ${previousH}`;
      throw new RangeError(`${caller} requires finite times in strictly ascending order, got ${got} at index ${index}`);
    }
    previousH = timeH;
  }
  for (const [index, concentration] of concentrationsMgPerL.entries()) {
    if (!(Number.isFinite(concentration) && concentration >= 0)) {
      throw new RangeError(`${caller} requires finite concentrations >= 0, got ${concentration} at index ${index}`);
    }
  }
}

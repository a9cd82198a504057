/** The terms of a continuous endpoint's change from baseline, for one patient under one arm. */
export interface ChangeTerms {
  /** The patient's baseline value (endpoint unit). */
  readonly baseline: number;
  /** Mean change without drug (endpoint unit). */
  readonly placeboResponse: number;
  /** Change per unit of baseline above baselineCentre (regression towards the mean when < 0). */
  readonly baselineSlope: number;
  readonly baselineCentre: number;
  /** Drug effect under this arm (0 without drug). */
  readonly drugEffect: number;
  /** The patient's residual: the same draw under every arm (common random numbers). */
  readonly residual: number;
}

/**
 * Change from baseline = placebo response + slope · (baseline − centre) + drug effect +
 * residual. Because the residual is the patient's own, the difference between a patient
 * and its twin under control is exactly the drug effect.
 *
 * @example changeFromBaseline({ baseline: 3.2, placeboResponse: 0.05, baselineSlope: -0.5, baselineCentre: 3.4, drugEffect: 0.2, residual: -0.1 }) // 0.25
 */
export function changeFromBaseline(terms: ChangeTerms): number {
  return terms.placeboResponse + terms.baselineSlope * (terms.baseline - terms.baselineCentre) + terms.drugEffect + terms.residual;
}

/** Parameters of the (sigmoid) Emax exposure–response model. */
export interface EmaxParameters {
  /** Maximum effect, in the endpoint's unit (negative lowers the value). */
  readonly emax: number;
  /** Exposure at half the maximum effect, in the exposure's unit. */
  readonly ec50: number;
  /** Hill coefficient (1 = hyperbolic). */
  readonly hill: number;
}

/**
 * Drug effect of the sigmoid Emax model: E = Emax · C^h / (EC50^h + C^h); 0 at zero
 * exposure.
 *
 * Reference: Holford, N. H. G. & Sheiner, L. B. (1981) Understanding the dose–effect
 * relationship. Clin Pharmacokinet 6, 429–453.
 *
 * @param exposure exposure metric value (≥ 0), e.g. AUC over a dosing interval in mg·h/L
 * @example emaxEffect(40, { emax: 2.5, ec50: 40, hill: 1 }) // 1.25 (half of Emax at EC50)
 */
export function emaxEffect(exposure: number, parameters: EmaxParameters): number {
  if (!(exposure > 0)) return 0;
  const { emax, ec50, hill } = parameters;
  if (hill === 1) return (emax * exposure) / (ec50 + exposure);
  // Written as a ratio of (EC50/C)^h so large exposures do not overflow C^h.
  return emax / (1 + Math.pow(ec50 / exposure, hill));
}

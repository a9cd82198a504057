/**
 * Probability of the logistic model, 1 / (1 + exp(−(intercept + slope · exposure))),
 * computed without overflow for large linear predictors of either sign.
 *
 * @param intercept log-odds at zero exposure (the placebo incidence)
 * @param slope change in log-odds per unit of exposure
 * @param exposure exposure metric value
 * @example logisticProbability(0, 1, 0) // 0.5
 */
export function logisticProbability(intercept: number, slope: number, exposure: number): number {
  const eta = intercept + slope * exposure;
  if (eta >= 0) return 1 / (1 + Math.exp(-eta));
  const odds = Math.exp(eta);
  return odds / (1 + odds);
}

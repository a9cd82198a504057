/**
 * Drug effect of the linear model, E = slope · X, for an exposure or concentration X.
 *
 * Reference: Holford, N. H. G. & Sheiner, L. B. (1981) Understanding the dose–effect
 * relationship. Clin Pharmacokinet 6, 429–453 (the linear model, valid well below EC50).
 *
 * @param exposure X, e.g. a concentration in mg/L or an AUC in mg·h/L
 * @param slope effect per unit of X (endpoint unit / X's unit)
 * @example computeLinearEffect(4, 0.25) // 1
 */
export function computeLinearEffect(exposure: number, slope: number): number {
  return slope * exposure;
}

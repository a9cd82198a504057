/** The offset of the log-linear model when none is given: E(0) = slope · ln 1 = 0. */
export const DEFAULT_LOG_LINEAR_OFFSET = 1;

/**
 * Drug effect of the log-linear model, E = slope · ln(X + offset). The classic form
 * E = m · ln(C) + E0 (Wagner 1968) holds between about 20% and 80% of Emax but is −∞ at C = 0;
 * the offset (> 0, default 1 in X's unit) keeps it finite there, and with offset 1 the effect
 * is 0 without drug.
 *
 * References: Wagner, J. G. (1968) Kinetics of pharmacologic response. J Theor Biol 20,
 * 173–201; Holford, N. H. G. & Sheiner, L. B. (1981) Clin Pharmacokinet 6, 429–453.
 *
 * @param exposure X ≥ 0, e.g. mg/L
 * @param parameters slope (endpoint unit per log unit of X) and offset (X's unit, > 0)
 * @example computeLogLinearEffect(Math.E - 1, { slope: 2 }) // 2
 */
export function computeLogLinearEffect(exposure: number, parameters: { readonly slope: number; readonly offset?: number }): number {
  const offset = parameters.offset ?? DEFAULT_LOG_LINEAR_OFFSET;
  if (!(offset > 0 && Number.isFinite(offset))) throw new RangeError(`computeLogLinearEffect requires a finite offset > 0, got ${offset}`);
  if (!(exposure + offset > 0)) throw new RangeError(`computeLogLinearEffect requires exposure + offset > 0, got ${exposure} + ${offset}`);
  // log1p keeps full precision for small exposures with the default offset.
  return offset === 1 ? parameters.slope * Math.log1p(exposure) : parameters.slope * Math.log(exposure + offset);
}

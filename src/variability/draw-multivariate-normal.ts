import { drawStandardNormal, type Rng } from "../rng/index.js";
import type { SquareMatrix } from "./square-matrix.js";

const NO_ROW: readonly number[] = [];

/**
 * One draw of η ~ N(0, Ω) as η = L·z, with L = choleskyFactor(Ω) and z standard normal, written
 * into `out` without allocating. Reads exactly n uniforms from `rng`, one per component in index
 * order (z₀ first), also for components with zero variance, so that setting a CV to 0 never shifts
 * the draws of other components or patients. Computed in place from the last component up:
 * ηᵢ = Σⱼ≤ᵢ Lᵢⱼ·zⱼ only needs the zⱼ with j ≤ i, which are not overwritten yet.
 *
 * Reference: Gentle, Random Number Generation and Monte Carlo Methods, 2nd ed., ch. 5
 * (multivariate normal by the Cholesky factor); Cov(L·z) = L·I·Lᵀ = Ω.
 *
 * @param rng the stream, read one uniform per component
 * @param choleskyLower L from choleskyFactor (not re-checked here: this is the hot loop)
 * @param out receives η, length n (the unit of η: log scale for Ω of log-normal parameters)
 * @throws RangeError "drawMultivariateNormal requires out of length 2 (one per row of choleskyLower), got 3"
 * @example const out = [0, 0]; drawMultivariateNormal(streamFor(42, [1, "random-effects"]), [[2, 0], [1, 1]], out)
 * // out = [0.996850082755671, 0.672201117200085] = [2·z₀, z₀ + z₁] with z = Φ⁻¹ of the first two uniforms
 */
export function drawMultivariateNormal(rng: Rng, choleskyLower: SquareMatrix, out: number[] | Float64Array): void {
  const size = choleskyLower.length;
  if (out.length !== size) {
    throw new RangeError(
      `drawMultivariateNormal requires out of length ${size} (one per row of choleskyLower), got ${out.length}`,
    );
  }
  for (let index = 0; index < size; index++) out[index] = drawStandardNormal(rng);
  for (let row = size - 1; row >= 0; row--) {
    const entries = choleskyLower[row] ?? NO_ROW;
    let total = 0;
    for (let column = 0; column <= row; column++) total += (entries[column] ?? Number.NaN) * (out[column] ?? Number.NaN);
    out[row] = total;
  }
}

import { normalQuantile } from "../rng/normal-quantile.js";

/**
 * A duration drawn by inversion of the log-normal distribution with the given median and
 * geometric standard deviation: median · exp(σ · Φ⁻¹(u)) with σ = ln(geometricSd), R's
 * qlnorm(u, meanlog = log(median), sdlog = σ). Written as a product, not exp(ln median + σz),
 * so that geometricSd = 1 (σ = 0) gives the median exactly.
 *
 * Reference: Limpert, Stahel & Abbt (2001), Log-normal distributions across the sciences,
 * BioScience 51, 341–352 (median μ* and multiplicative standard deviation σ*).
 *
 * @param uniform a draw in (0, 1)
 * @param medianH the median duration, hours (finite, > 0)
 * @param geometricSd the geometric (multiplicative) standard deviation, exp(sdlog) (finite, ≥ 1)
 * @returns the duration in hours, > 0
 * @example logNormalDuration(0.975, 24, Math.E) // 170.37771322155197 (R: qlnorm(0.975, log(24), 1) = 170.377713221552)
 */
export function logNormalDuration(uniform: number, medianH: number, geometricSd: number): number {
  if (!(uniform > 0 && uniform < 1)) {
    throw new RangeError(`logNormalDuration requires a uniform in (0, 1), got ${uniform}`);
  }
  if (!(Number.isFinite(medianH) && medianH > 0)) {
    throw new RangeError(`logNormalDuration requires a finite medianH > 0, got ${medianH}`);
  }
  if (!(Number.isFinite(geometricSd) && geometricSd >= 1)) {
    throw new RangeError(`logNormalDuration requires a finite geometricSd ≥ 1, got ${geometricSd}`);
  }
  return medianH * Math.exp(Math.log(geometricSd) * normalQuantile(uniform));
}

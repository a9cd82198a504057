import gammaQuantileStdlib from "@stdlib/stats-base-dists-gamma-quantile";
import poissonQuantileStdlib from "@stdlib/stats-base-dists-poisson-quantile";

/*
 * Quantile functions used to draw counts by inversion (one uniform per draw, so random
 * streams stay aligned and a patient and its twin get monotonically coupled counts). The
 * only file that imports these @stdlib packages.
 */

/**
 * Quantile function of the Poisson distribution: the smallest k with P(X ≤ k) ≥ p.
 *
 * Reference: stdlib @stdlib/stats-base-dists-poisson-quantile; R `qpois`.
 *
 * @param probability p in [0, 1]
 * @param mean λ ≥ 0
 * @example poissonQuantile(0.999, 3.2) // 10 (R 4.2.2: qpois(0.999, 3.2) = 10)
 */
export function poissonQuantile(probability: number, mean: number): number {
  return poissonQuantileStdlib(probability, mean);
}

/**
 * Quantile function of the gamma distribution with shape α and rate β.
 *
 * Reference: stdlib @stdlib/stats-base-dists-gamma-quantile; R `qgamma(p, shape, rate)`.
 *
 * @param probability p in [0, 1]
 * @param shape α > 0
 * @param rate β > 0
 * @example gammaQuantile(0.3, 2, 2) // 0.5486746053517457 (R 4.2.2: qgamma(0.3, shape = 2, rate = 2) = 0.548674605351746)
 */
export function gammaQuantile(probability: number, shape: number, rate: number): number {
  return gammaQuantileStdlib(probability, shape, rate);
}

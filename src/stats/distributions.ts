import betaQuantileStdlib from "@stdlib/stats-base-dists-beta-quantile";
import normalCdfStdlib from "@stdlib/stats-base-dists-normal-cdf";
import studentTCdfStdlib from "@stdlib/stats-base-dists-t-cdf";
import studentTQuantileStdlib from "@stdlib/stats-base-dists-t-quantile";
import { normalQuantile as normalQuantileAs241 } from "../rng/normal-quantile.js";
import digammaStdlib from "@stdlib/math-base-special-digamma";
import incompleteGammaStdlib from "@stdlib/math-base-special-gammainc";
import logGammaStdlib from "@stdlib/math-base-special-gammaln";
import trigammaStdlib from "@stdlib/math-base-special-trigamma";

/*
 * The distribution functions of src/stats, each wrapping one library function once so no
 * other file imports @stdlib (STYLE.md §1). Invalid parameters give NaN, as in R and stdlib:
 * these run inside every replicate, and the callers validate their own inputs.
 */

/**
 * A degrees-of-freedom value from which Student's t quantile is taken from the normal:
 * stdlib's t quantile returns 0 from about df = 1e17, and at 1e16 the t and normal quantiles
 * differ by a relative (z² + 1)/(4·df) (Abramowitz & Stegun 26.7.5), under 1e-15 for |z| < 6.
 */
const NORMAL_LIMIT_DEGREES_OF_FREEDOM = 1e16;

/**
 * Cumulative distribution function of Student's t: P(T ≤ x) with `degreesOfFreedom` (> 0,
 * non-integer allowed, as Welch's test needs). Infinity means the standard normal (stdlib
 * returns 0.5 for every x there). Accurate to about 1e-15 relative in both tails, so one-sided
 * p values are `studentTCdf(-t, df)` with no 1 − p cancellation.
 *
 * Reference: stdlib @stdlib/stats-base-dists-t-cdf (regularized incomplete beta); R `pt`.
 *
 * @param x quantile (unitless t statistic)
 * @param degreesOfFreedom ν > 0, or Infinity
 * @returns P(T ≤ x), NaN for NaN input or ν ≤ 0
 * @example studentTCdf(2, 5) // 0.9490302605850708 (R 4.2.2: pt(2, 5) = 0.949030260585071)
 */
export function studentTCdf(x: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom === Infinity) return normalCdf(x);
  return studentTCdfStdlib(x, degreesOfFreedom);
}

/**
 * Quantile function of Student's t: the x with P(T ≤ x) = p. From ν = 1e16 up (and at
 * Infinity) it is the standard normal quantile, see NORMAL_LIMIT_DEGREES_OF_FREEDOM.
 *
 * Reference: stdlib @stdlib/stats-base-dists-t-quantile (inverse incomplete beta); R `qt`.
 *
 * @param probability p in [0, 1]
 * @param degreesOfFreedom ν > 0, or Infinity
 * @returns the p-quantile; NaN for p outside [0, 1] or ν ≤ 0
 * @example studentTQuantile(0.975, 10) // 2.2281388519862744 (R 4.2.2: qt(0.975, 10) = 2.22813885198627)
 */
export function studentTQuantile(probability: number, degreesOfFreedom: number): number {
  if (degreesOfFreedom >= NORMAL_LIMIT_DEGREES_OF_FREEDOM) return normalQuantile(probability);
  return studentTQuantileStdlib(probability, degreesOfFreedom);
}

/**
 * Cumulative distribution function of the standard normal, Φ(x), accurate to about 1e-13
 * relative down to x = −37 (Φ(−37) ≈ 5.7e-300).
 *
 * Reference: stdlib @stdlib/stats-base-dists-normal-cdf (via erfc); R `pnorm`.
 *
 * @param x standard normal deviate (unitless)
 * @returns Φ(x); NaN for NaN
 * @example normalCdf(-1.96) // 0.024997895148220435 (R 4.2.2: pnorm(-1.96) = 0.0249978951482204)
 */
export function normalCdf(x: number): number {
  return normalCdfStdlib(x, 0, 1);
}

/**
 * Quantile function of the standard normal, Φ⁻¹(p), by Wichura's AS 241 (R's `qnorm`
 * algorithm, about 1e-16 relative), the one in src/rng. Not stdlib's normal quantile: v0.3.1
 * computes √2·erfinv(2p − 1), and 2p − 1 cancels for small p, so qnorm(1e-12) comes out
 * 4.4e-7 relative off and qnorm(1e-300) as −Infinity (test/stats/distributions.test.ts).
 *
 * Reference: Wichura, M. J. (1988). Algorithm AS 241, Applied Statistics 37, 477–484.
 *
 * @param probability p in [0, 1]
 * @returns z with Φ(z) = p; −Infinity at 0, Infinity at 1, NaN outside [0, 1]
 * @example normalQuantile(0.975) // 1.9599639845400536 (R 4.2.2: qnorm(0.975) = 1.95996398454005)
 */
export function normalQuantile(probability: number): number {
  return normalQuantileAs241(probability);
}

/**
 * Quantile function of the Beta(a, b) distribution: the x with P(X ≤ x) = p. Used to draw
 * Beta variates by inversion (one uniform per draw, so random streams stay aligned).
 *
 * Reference: stdlib @stdlib/stats-base-dists-beta-quantile (inverse regularized incomplete
 * beta); R `qbeta`.
 *
 * @param probability p in [0, 1]
 * @param shapeA a > 0
 * @param shapeB b > 0
 * @returns the p-quantile in [0, 1]; NaN for invalid input
 * @example betaQuantile(0.3, 18, 2) // 0.8763962790182657 (R 4.2.2: qbeta(0.3, 18, 2) = 0.876396279018266)
 */
export function betaQuantile(probability: number, shapeA: number, shapeB: number): number {
  return betaQuantileStdlib(probability, shapeA, shapeB);
}

/**
 * Upper tail of the chi-square distribution, P(X ≥ x) with `degreesOfFreedom` k, as the upper
 * regularized incomplete gamma function Q(k/2, x/2). Computed directly in the upper tail, so
 * likelihood-ratio p values near 1e-20 keep their relative accuracy (1 − cdf would give 0).
 * x ≤ 0 gives 1 and x = ∞ gives 0, as R's `pchisq(x, k, lower.tail = FALSE)`.
 *
 * Reference: Abramowitz & Stegun 26.4.19; stdlib @stdlib/math-base-special-gammainc
 * (`upper = true`); R `pchisq(x, df, lower.tail = FALSE)`.
 *
 * @param statistic x (unitless)
 * @param degreesOfFreedom k > 0 (non-integer allowed)
 * @returns P(X ≥ x); NaN for NaN input or k ≤ 0
 * @example chiSquareUpperTail(10, 4) // 0.040427681994512805 (R 4.2.2: pchisq(10, 4, lower.tail = FALSE) = 0.0404276819945128)
 */
export function chiSquareUpperTail(statistic: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0) || Number.isNaN(statistic)) return Number.NaN;
  if (statistic <= 0) return 1;
  if (statistic === Infinity) return 0;
  return incompleteGammaStdlib(statistic / 2, degreesOfFreedom / 2, true, true);
}

/**
 * Natural logarithm of the gamma function, log Γ(x) (log |Γ(x)| for negative non-integers):
 * log(y!) = logGamma(y + 1) in count likelihoods.
 *
 * Reference: stdlib @stdlib/math-base-special-gammaln; R `lgamma`.
 *
 * @param x argument (unitless)
 * @returns log Γ(x); Infinity at 0 and the negative integers
 * @example logGamma(0.5) // 0.5723649429247001 = log √π (R 4.2.2: lgamma(0.5) = 0.5723649429247)
 */
export function logGamma(x: number): number {
  return logGammaStdlib(x);
}

/**
 * Digamma function ψ(x) = d log Γ(x) / dx: the score of a negative binomial θ needs
 * ψ(θ + y) − ψ(θ).
 *
 * Reference: stdlib @stdlib/math-base-special-digamma; R `digamma`.
 *
 * @param x argument (unitless)
 * @returns ψ(x)
 * @example digamma(1) // -0.5772156649015329 = −γ, Euler's constant (R 4.2.2: digamma(1) = -0.577215664901533)
 */
export function digamma(x: number): number {
  return digammaStdlib(x);
}

/**
 * Trigamma function ψ′(x) = d² log Γ(x) / dx²: the information of a negative binomial θ needs
 * ψ′(θ) − ψ′(θ + y).
 *
 * Reference: stdlib @stdlib/math-base-special-trigamma; R `trigamma`.
 *
 * @param x argument (unitless)
 * @returns ψ′(x)
 * @example trigamma(1) // 1.6449340668482264 = π²/6 (R 4.2.2: trigamma(1) = 1.64493406684823)
 */
export function trigamma(x: number): number {
  return trigammaStdlib(x);
}

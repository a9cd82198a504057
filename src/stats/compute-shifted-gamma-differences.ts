import { digamma, logGamma, trigamma } from "./distributions.js";

/** log Γ, ψ and ψ′ at θ + y against θ, for an integer count y. */
export interface ShiftedGammaDifferences {
  /** log Γ(θ + y) − log Γ(θ). */
  readonly logGamma: number;
  /** ψ(θ + y) − ψ(θ). */
  readonly digamma: number;
  /** ψ′(θ) − ψ′(θ + y). */
  readonly trigamma: number;
}

/**
 * Up to this count the differences are summed term by term; above it the special functions are
 * used (their difference is then large enough not to cancel, unless θ is huge as well).
 */
const SUM_LIMIT = 1000;

/**
 * The differences of log Γ, ψ and ψ′ between θ + y and θ that the negative binomial likelihood in
 * θ needs, for a non-negative integer y, by the recurrences Γ(x + 1) = xΓ(x), ψ(x + 1) = ψ(x) + 1/x
 * and ψ′(x + 1) = ψ′(x) − 1/x²: Σₖ₌₀^{y−1} log(θ + k), 1/(θ + k) and 1/(θ + k)². Summed, each is
 * accurate to rounding for any θ; as a difference of special functions each would cancel for
 * large θ (at θ = 1e8, ψ(θ + 1) − ψ(θ) = 1e-8 is the difference of two numbers near 18.4), which
 * flips the sign of the score for θ beyond about 1e7. Counts above 1000 use the special functions.
 *
 * Reference: Abramowitz & Stegun 6.1.15, 6.3.5 and 6.4.6 (the recurrences); Lawless, J. F.
 * (1987), Can. J. Statist. 15, 209–225 (the same finite sums in the negative binomial score).
 *
 * @param theta θ > 0
 * @param count y, a non-negative integer
 * @returns the three differences (all 0 when y = 0)
 * @example computeShiftedGammaDifferences(1, 2) // { logGamma: 0.6931471805599453, digamma: 1.5, trigamma: 1.25 }: log(1·2), 1 + 1/2, 1 + 1/4
 */
export function computeShiftedGammaDifferences(theta: number, count: number): ShiftedGammaDifferences {
  if (count > SUM_LIMIT) {
    return {
      logGamma: logGamma(theta + count) - logGamma(theta),
      digamma: digamma(theta + count) - digamma(theta),
      trigamma: trigamma(theta) - trigamma(theta + count),
    };
  }
  let logGammaSum = 0;
  let digammaSum = 0;
  let trigammaSum = 0;
  for (let k = 0; k < count; k += 1) {
    const value = theta + k;
    logGammaSum += Math.log(value);
    digammaSum += 1 / value;
    trigammaSum += 1 / (value * value);
  }
  return { logGamma: logGammaSum, digamma: digammaSum, trigamma: trigammaSum };
}

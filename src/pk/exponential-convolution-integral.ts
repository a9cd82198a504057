import { expm1OverX } from "./expm1-over-x.js";
import { exponentialConvolutionH } from "./exponential-convolution.js";

/** 20 terms of the series reach 21/22! ≈ 2e-20 relative: below rounding. */
const SERIES_TERMS = 20;

/**
 * ∫₀ᵗ exponentialConvolutionH(u, a, b) du, in h², for rates a, b ≥ 0, without cancellation.
 *
 * This is the area under the central profile that one unit in a depot with rate b adds to a
 * mode with rate a; with a = 0 it is ∫₀ᵗ (1 − e^(−b u)) / b du = (b t − 1 + e^(−b t)) / b², the
 * area of a mode under a unit infusion. Writing m = min(a, b) and M = max(a, b), the convolution
 * ODE gives M · I = ∫₀ᵗ e^(−m u) du − conv(t) = t·φ₁(−m t) − conv(t), a difference of positive
 * terms that loses at most a factor 5 (2 digits of the last ulp) when M t ≥ 1. For M t < 1 the
 * triple convolution of the rates {0, a, b} is summed as its Taylor series
 * I = t² Σₙ (−t)ⁿ hₙ(a, b) / (n + 2)!, with hₙ(a, b) = Σᵢ aⁱ bⁿ⁻ⁱ (the complete homogeneous
 * polynomial, the divided-difference form of the exponential), whose terms fall at least as fast
 * as (n + 1) / (n + 2)!. Either way the result is exact to a few ulps, also for a = b.
 *
 * Reference: McCurdy, A. C., Ng, K. C. & Parlett, B. N. (1984). Accurate computation of divided
 * differences of the exponential function. Math. Comp. 43(168), 501–528 (divided differences of
 * eˣ as convolutions, and their Taylor series in hₙ).
 *
 * @param elapsedH t ≥ 0, h (finite)
 * @param firstRatePerH a ≥ 0, 1/h
 * @param secondRatePerH b ≥ 0, 1/h (the result is symmetric in a and b)
 * @returns the integral, h²
 * @example integrateExponentialConvolutionH2(2, 0, 1) // 1.1353352832366128 = (2 − 1 + e^−2) / 1²
 */
export function integrateExponentialConvolutionH2(elapsedH: number, firstRatePerH: number, secondRatePerH: number): number {
  const slowerRatePerH = Math.min(firstRatePerH, secondRatePerH);
  const fasterRatePerH = Math.max(firstRatePerH, secondRatePerH);
  if (fasterRatePerH * elapsedH < 1) {
    return elapsedH * elapsedH * sumTripleConvolutionSeries(slowerRatePerH * elapsedH, fasterRatePerH * elapsedH);
  }
  const slowerAreaH = elapsedH * expm1OverX(-slowerRatePerH * elapsedH);
  return (slowerAreaH - exponentialConvolutionH(elapsedH, slowerRatePerH, fasterRatePerH)) / fasterRatePerH;
}

/** Σₙ (−1)ⁿ hₙ(x, y) / (n + 2)! for 0 ≤ x, y < 1 (dimensionless). */
function sumTripleConvolutionSeries(x: number, y: number): number {
  let sum = 0;
  let homogeneous = 1;
  let xPower = 1;
  let inverseFactorial = 0.5;
  let sign = 1;
  for (let order = 0; order < SERIES_TERMS; order++) {
    sum += sign * homogeneous * inverseFactorial;
    xPower *= x;
    homogeneous = y * homogeneous + xPower;
    inverseFactorial /= order + 3;
    sign = -sign;
  }
  return sum;
}

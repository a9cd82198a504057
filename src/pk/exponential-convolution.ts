import { expm1OverX } from "./expm1-over-x.js";

/**
 * The convolution of two exponential decays, ∫₀ᵗ e^(−a(t−u)) e^(−b u) du
 * = (e^(−a t) − e^(−b t)) / (b − a), in hours, written so that it never cancels.
 *
 * This is the Bateman kernel of the one-compartment oral model: a unit amount put in the depot
 * at time 0 gives a central amount ka · exponentialConvolutionH(t, k, ka). The textbook form
 * subtracts two nearly equal exponentials when a ≈ b and loses about log10(1/|b − a|t) digits
 * (all of them at a = b, where it is 0/0). Factoring out the slower decay leaves
 * e^(−min(a,b) t) · t · (1 − e^(−|b−a| t)) / (|b−a| t), a product of terms that are each exact
 * to a few ulps, with the limit t · e^(−a t) at a = b. No term can overflow: the exponent of
 * the remaining factor is never positive.
 *
 * Reference: Bateman, H. (1910). The solution of a system of differential equations occurring
 * in the theory of radio-active transformations. Proc. Camb. Phil. Soc. 15, 423–427;
 * Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 1.
 *
 * @param elapsedH t ≥ 0, h
 * @param firstRatePerH a > 0, 1/h
 * @param secondRatePerH b > 0, 1/h (the result is symmetric in a and b)
 * @returns the convolution, h
 * @example exponentialConvolutionH(1, 0.5, 1.5) // 0.3834004995642036 (e^−0.5 − e^−1.5 = 0.3834004995642035947…)
 */
export function exponentialConvolutionH(elapsedH: number, firstRatePerH: number, secondRatePerH: number): number {
  const slowerRatePerH = Math.min(firstRatePerH, secondRatePerH);
  const rateGapPerH = Math.abs(secondRatePerH - firstRatePerH);
  return Math.exp(-slowerRatePerH * elapsedH) * elapsedH * expm1OverX(-rateGapPerH * elapsedH);
}

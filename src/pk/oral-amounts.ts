import { exponentialConvolutionH } from "./exponential-convolution.js";
import type { OralRateConstants } from "./oral-rate-constants.js";

/**
 * The state of the one-compartment oral model: drug amounts in the depot (gut) and in the
 * central compartment, mg. Mutable on purpose: the dose loops advance one object in place
 * instead of allocating a new state per dose.
 */
export interface OralAmounts {
  depotMg: number;
  centralMg: number;
}

/**
 * Moves the state forward by elapsedH with no dose in between, in place, by the exact solution
 * of dAd/dt = −ka·Ad, dAc/dt = ka·Ad − k·Ac:
 * Ad(t) = Ad₀ e^(−ka t) and Ac(t) = Ac₀ e^(−k t) + ka Ad₀ (e^(−k t) − e^(−ka t)) / (ka − k),
 * the last term through {@link exponentialConvolutionH} so that ka ≈ k does not cancel.
 * Stepping the state from dose to dose gives exactly the superposition of the single-dose
 * solutions (the system is linear and time-invariant), at O(1) cost per dose.
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 1 (one-compartment
 * model, first-order absorption); the same single-dose form is `oral1` in the reference
 * script pk.R that wrote test/reference/pk.json.
 *
 * @param amounts depotMg and centralMg (mg), overwritten with the values elapsedH later
 * @param elapsedH time to advance, h (≥ 0)
 * @param rates ka and k, 1/h
 * @example const amounts = { depotMg: 320, centralMg: 0 };
 * advanceOralAmounts(amounts, 0.5, { absorptionRatePerH: 1.5, eliminationRatePerH: 0.0875 });
 * amounts.centralMg / 32 // 5.1486018385349 mg/L (pk.json a_one_cmt_oral at 0.5 h)
 */
export function advanceOralAmounts(amounts: OralAmounts, elapsedH: number, rates: OralRateConstants): void {
  const { absorptionRatePerH, eliminationRatePerH } = rates;
  const depotMg = amounts.depotMg;
  const transferH = exponentialConvolutionH(elapsedH, eliminationRatePerH, absorptionRatePerH);
  amounts.centralMg = amounts.centralMg * Math.exp(-eliminationRatePerH * elapsedH) + absorptionRatePerH * depotMg * transferH;
  amounts.depotMg = depotMg * Math.exp(-absorptionRatePerH * elapsedH);
}

import { expm1OverX } from "./expm1-over-x.js";
import { integrateExponentialConvolutionH2 } from "./exponential-convolution-integral.js";
import type { ModalState } from "./modal-state.js";

/**
 * ∫ C dt over the lengthH hours after the state, with no event in between, mg·h/L, analytically:
 * for each mode, z₀ (1 − e^(−r L)) / r + w ka Ad₀ I(L; r, ka) + w R I(L; 0, r), with I from
 * integrateExponentialConvolutionH2. Every term is ≥ 0 and exact to a few ulps, so the area is
 * exact to about 1e-15 relative whatever the window (unlike mass balance, CL · AUC = amount
 * eliminated, which subtracts amounts and loses digits over a window in which little is
 * eliminated). The per-mode factors of a length are kept in the state (state.areaStep), so the
 * pieces of a regular schedule, all of one length, cost no exponential after the first.
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 1 and appendix C
 * (areas of exponential terms, ∫₀^∞ e^(−r t) dt = 1/r).
 *
 * @param state the state at the start (not changed)
 * @param lengthH L ≥ 0, h (finite)
 * @example integrateConcentrationAfter({ timeH: 0, modeConcentrationsMgPerL: new Float64Array([10]), depotMg: 0, infusionRateMgPerH: 0, … }, 1e4)
 * // 20 mg·h/L = 10 mg/L / 0.5 /h (1 compartment, CL 5 L/h, V 10 L: a 100 mg bolus gives D/CL = 20)
 */
export function integrateConcentrationAfter(state: ModalState, lengthH: number): number {
  const { system, areaStep } = state;
  const hasDepot = state.depotMg > 0;
  const hasInfusion = state.infusionRateMgPerH > 0;
  prepareArea(state, lengthH);
  const absorptionRatePerH = system.absorptionRatePerH;
  let areaMgHPerL = 0;
  for (let mode = 0; mode < system.modeRatesPerH.length; mode++) {
    const weightPerL = system.modeWeightsPerL[mode] as number;
    areaMgHPerL += (state.modeConcentrationsMgPerL[mode] as number) * lengthH * (areaStep.decay[mode] as number);
    if (hasDepot) areaMgHPerL += weightPerL * absorptionRatePerH * state.depotMg * (areaStep.depot[mode] as number);
    if (hasInfusion) areaMgHPerL += weightPerL * state.infusionRateMgPerH * (areaStep.infusion[mode] as number);
  }
  return areaMgHPerL;
}

/**
 * The per-mode factors of the area over one piece of lengthH, kept in the state for reuse:
 * φ₁(−r_j L) = (e^(−r_j L) − 1) / (−r_j L), the integral of the depot transfer I(L; r_j, ka) and that
 * of an infusion I(L; 0, r_j). Each block is filled when first needed for a length.
 */
export interface AreaFactors {
  readonly decay: Float64Array;
  readonly depot: Float64Array;
  readonly infusion: Float64Array;
  /** The piece length each block is for, h (NaN: none yet). */
  decayLengthH: number;
  depotLengthH: number;
  infusionLengthH: number;
}

/** Fills the blocks a piece after the state needs unless they already hold its length (the same values either way). */
function prepareArea(state: ModalState, lengthH: number): void {
  const { system, areaStep: factors } = state;
  const modeCount = system.modeRatesPerH.length;
  if (factors.decayLengthH !== lengthH) {
    for (let mode = 0; mode < modeCount; mode++) factors.decay[mode] = expm1OverX(-(system.modeRatesPerH[mode] as number) * lengthH);
    factors.decayLengthH = lengthH;
  }
  if (state.depotMg > 0 && factors.depotLengthH !== lengthH) {
    for (let mode = 0; mode < modeCount; mode++) factors.depot[mode] = integrateExponentialConvolutionH2(lengthH, system.modeRatesPerH[mode] as number, system.absorptionRatePerH);
    factors.depotLengthH = lengthH;
  }
  if (state.infusionRateMgPerH > 0 && factors.infusionLengthH !== lengthH) {
    for (let mode = 0; mode < modeCount; mode++) factors.infusion[mode] = integrateExponentialConvolutionH2(lengthH, 0, system.modeRatesPerH[mode] as number);
    factors.infusionLengthH = lengthH;
  }
}

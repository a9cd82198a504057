import { expm1OverX } from "./expm1-over-x.js";
import { integrateExponentialConvolutionH2 } from "./exponential-convolution-integral.js";
import type { ModalState } from "./modal-state.js";

/**
 * ∫ C dt over the lengthH hours after the state, with no event in between, mg·h/L, analytically:
 * for each mode, z₀ (1 − e^(−r L)) / r + w ka Ad₀ I(L; r, ka) + w R I(L; 0, r), with I from
 * integrateExponentialConvolutionH2. Every term is ≥ 0 and exact to a few ulps, so the area is
 * exact to about 1e-15 relative whatever the window (unlike mass balance, CL · AUC = amount
 * eliminated, which subtracts amounts and loses digits over a window in which little is
 * eliminated).
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
  const { system } = state;
  const absorptionRatePerH = system.absorptionRatePerH;
  let areaMgHPerL = 0;
  for (let mode = 0; mode < system.modeRatesPerH.length; mode++) {
    const ratePerH = system.modeRatesPerH[mode] as number;
    const weightPerL = system.modeWeightsPerL[mode] as number;
    areaMgHPerL += (state.modeConcentrationsMgPerL[mode] as number) * lengthH * expm1OverX(-ratePerH * lengthH);
    if (state.depotMg > 0) {
      areaMgHPerL += weightPerL * absorptionRatePerH * state.depotMg * integrateExponentialConvolutionH2(lengthH, ratePerH, absorptionRatePerH);
    }
    if (state.infusionRateMgPerH > 0) {
      areaMgHPerL += weightPerL * state.infusionRateMgPerH * integrateExponentialConvolutionH2(lengthH, 0, ratePerH);
    }
  }
  return areaMgHPerL;
}

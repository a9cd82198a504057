import { assertLinearPkParameters } from "./assert-linear-pk-parameters.js";
import { deriveDispositionModes } from "./disposition-modes.js";
import type { LinearPkParameters } from "./linear-pk-parameters.js";

/**
 * Everything about one patient's model that does not depend on the doses, computed once by
 * preparePkSystem. Read-only: the typed arrays must not be written to. The engine works in
 * modal form: the central concentration is Σ_j z_j, where z_j follows
 * dz_j/dt = −rate_j · z_j + weight_j · (ka · Ad + R).
 */
export interface PkSystem {
  readonly compartments: 1 | 2 | 3;
  /** Disposition rate constants, fastest first (α, β, γ; for 1 compartment k = CL/V1), 1/h. */
  readonly modeRatesPerH: Float64Array;
  /** Weights of the modes, 1/L (≥ 0): a 1 mg bolus gives C(t) = Σ_j weight_j · e^(−rate_j t). */
  readonly modeWeightsPerL: Float64Array;
  /** Σ_j weight_j, which is 1/V1 up to rounding, 1/L. */
  readonly weightSumPerL: number;
  /** ka, 1/h; NaN when the parameters have none (then oral doses are refused). */
  readonly absorptionRatePerH: number;
  /** 1 / (ka − rate_j), h; ±Infinity where ka equals a rate, NaN without ka. */
  readonly inverseRateGapsH: Float64Array;
  /** F, applied to oral doses. */
  readonly bioavailability: number;
  /** Oral absorption lag, h. */
  readonly lagTimeH: number;
  /** CL, L/h. */
  readonly clearanceLPerH: number;
}

/**
 * Checks the parameters and prepares the patient's system: the disposition modes (the
 * eigen-decomposition of the symmetric rate matrix, see deriveDispositionModes) and the
 * per-mode constants that the dose loop would otherwise recompute.
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 1–2 and
 * appendix C; the modal (spectral) form of linear compartmental models in Jacquez, J. A. (1996).
 * Compartmental Analysis in Biology and Medicine, 3rd ed., ch. 5.
 *
 * @param parameters CL (L/h), V1 (L), the peripheral Q (L/h) and V (L), ka (1/h), F, lag (h)
 * @example preparePkSystem({ compartments: 2, clearanceLPerH: 5, centralVolumeL: 10, q2LPerH: 2, volume2L: 40, bioavailability: 1, lagTimeH: 0 })
 *   .modeRatesPerH // Float64Array [0.715036762718386, 0.0349632372816139] (pk.json b_two_cmt_iv_bolus α, β)
 */
export function preparePkSystem(parameters: LinearPkParameters): PkSystem {
  assertLinearPkParameters(parameters, "preparePkSystem");
  const { ratesPerH, weightsPerL } = deriveDispositionModes(parameters);
  const absorptionRatePerH = parameters.absorptionRatePerH ?? Number.NaN;
  const inverseRateGapsH = new Float64Array(ratesPerH.length);
  let weightSumPerL = 0;
  for (let mode = 0; mode < ratesPerH.length; mode++) {
    inverseRateGapsH[mode] = 1 / (absorptionRatePerH - (ratesPerH[mode] as number));
    weightSumPerL += weightsPerL[mode] as number;
  }
  return {
    compartments: parameters.compartments,
    modeRatesPerH: ratesPerH,
    modeWeightsPerL: weightsPerL,
    weightSumPerL,
    absorptionRatePerH,
    inverseRateGapsH,
    bioavailability: parameters.bioavailability,
    lagTimeH: parameters.lagTimeH,
    clearanceLPerH: parameters.clearanceLPerH,
  };
}

import type { OneCompartmentOralParameters } from "./one-compartment-oral.js";

/** First-order rate constants of the one-compartment oral model, 1/h. */
export interface OralRateConstants {
  /** ka: fraction of the depot absorbed per hour. */
  readonly absorptionRatePerH: number;
  /** k = CL / V: fraction of the central amount eliminated per hour. */
  readonly eliminationRatePerH: number;
}

/**
 * The rate constants of the model's ODEs from its clinical parameters: ka as given and
 * k = CL / V.
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 1 (k = CL/V).
 *
 * @param parameters ka (1/h), CL (L/h), V (L); F is not used here
 * @example deriveOralRateConstants({ absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 1 })
 * // { absorptionRatePerH: 1.5, eliminationRatePerH: 0.0875 }
 */
export function deriveOralRateConstants(parameters: OneCompartmentOralParameters): OralRateConstants {
  return {
    absorptionRatePerH: parameters.absorptionRatePerH,
    eliminationRatePerH: parameters.clearanceLPerH / parameters.volumeL,
  };
}

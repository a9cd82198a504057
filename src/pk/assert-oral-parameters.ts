import type { OneCompartmentOralParameters } from "./one-compartment-oral.js";

const POSITIVE_PARAMETER_NAMES = ["absorptionRatePerH", "clearanceLPerH", "volumeL"] as const;

/**
 * Throws a RangeError, named after the calling function, unless ka, CL and V are positive
 * and finite and 0 < F ≤ 1. Spec rules check the same first, so users see an Issue instead.
 *
 * Reference: STYLE.md §4 ("a core precondition throws a RangeError named after its function").
 *
 * @param parameters ka (1/h), CL (L/h), V (L), F
 * @param functionName the public function whose precondition this is
 * @example assertOralParameters({ absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: -1, bioavailability: 1 }, "summariseExposure")
 * // throws RangeError: summariseExposure requires a positive volumeL, got -1
 */
export function assertOralParameters(parameters: OneCompartmentOralParameters, functionName: string): void {
  for (const name of POSITIVE_PARAMETER_NAMES) {
    const value = parameters[name];
    if (!Number.isFinite(value) || value <= 0) {
      throw new RangeError(`${functionName} requires a positive ${name}, got ${value}`);
    }
  }
  const bioavailability = parameters.bioavailability;
  if (!(bioavailability > 0 && bioavailability <= 1)) {
    throw new RangeError(`${functionName} requires a bioavailability in (0, 1], got ${bioavailability}`);
  }
}

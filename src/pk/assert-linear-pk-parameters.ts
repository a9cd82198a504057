import type { LinearPkParameters } from "./linear-pk-parameters.js";

type PeripheralName = "q2LPerH" | "volume2L" | "q3LPerH" | "volume3L";

/** The peripheral parameters in order, with the smallest compartment count that uses each. */
const PERIPHERAL_PARAMETERS: readonly (readonly [PeripheralName, number])[] = [
  ["q2LPerH", 2],
  ["volume2L", 2],
  ["q3LPerH", 3],
  ["volume3L", 3],
];

/** The parameters every model needs. */
const REQUIRED_PARAMETERS = ["clearanceLPerH", "centralVolumeL"] as const;

/** "1 compartment", "2 compartments", …: built only for a message. */
const compartmentWord = (compartments: number): string => (compartments === 1 ? "1 compartment" : `${compartments} compartments`);

const isPositiveFinite = (value: unknown): boolean => typeof value === "number" && Number.isFinite(value) && value > 0;

/**
 * Throws a RangeError, named after the calling function, unless the parameters describe a
 * valid model: 1, 2 or 3 compartments; CL and V1 positive and finite; exactly the peripheral
 * Q and V of that compartment count, each positive and finite; ka, if given, positive and finite;
 * 0 < F ≤ 1; a finite lag time ≥ 0. Spec rules check the same first, so users see an Issue.
 *
 * Reference: STYLE.md §4 ("a core precondition throws a RangeError named after its function").
 *
 * @param parameters the model's parameters (units in LinearPkParameters)
 * @param functionName the public function whose precondition this is
 * @example assertLinearPkParameters({ compartments: 2, clearanceLPerH: 5, centralVolumeL: 10, q2LPerH: 2, bioavailability: 1, lagTimeH: 0 }, "preparePkSystem")
 * // throws RangeError: preparePkSystem requires a positive volume2L for 2 compartments, got undefined
 */
export function assertLinearPkParameters(parameters: LinearPkParameters, functionName: string): void {
  const { compartments } = parameters;
  if (compartments !== 1 && compartments !== 2 && compartments !== 3) {
    throw new RangeError(`${functionName} requires compartments 1, 2 or 3, got ${String(compartments)}`);
  }
  for (const name of REQUIRED_PARAMETERS) {
    if (!isPositiveFinite(parameters[name])) throw new RangeError(`${functionName} requires a positive ${name}, got ${parameters[name]}`);
  }
  assertPeripheralParameters(parameters, functionName);
  const { absorptionRatePerH, bioavailability, lagTimeH } = parameters;
  if (absorptionRatePerH !== undefined && !isPositiveFinite(absorptionRatePerH)) {
    throw new RangeError(`${functionName} requires a positive absorptionRatePerH, got ${absorptionRatePerH}`);
  }
  if (!(bioavailability > 0 && bioavailability <= 1)) {
    throw new RangeError(`${functionName} requires a bioavailability in (0, 1], got ${bioavailability}`);
  }
  if (!(Number.isFinite(lagTimeH) && lagTimeH >= 0)) {
    throw new RangeError(`${functionName} requires a non-negative lagTimeH, got ${lagTimeH}`);
  }
}

function assertPeripheralParameters(parameters: LinearPkParameters, functionName: string): void {
  const { compartments } = parameters;
  for (const [name, smallestCount] of PERIPHERAL_PARAMETERS) {
    const value = parameters[name];
    if (compartments >= smallestCount && !isPositiveFinite(value)) {
      throw new RangeError(`${functionName} requires a positive ${name} for ${compartmentWord(compartments)}, got ${value}`);
    }
    if (compartments < smallestCount && value !== undefined) {
      throw new RangeError(`${functionName} requires no ${name} for ${compartmentWord(compartments)}, got ${value}`);
    }
  }
}

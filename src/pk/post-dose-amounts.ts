import type { DoseEvent } from "./dose-event.js";
import { advanceOralAmounts } from "./oral-amounts.js";
import type { OneCompartmentOralParameters } from "./one-compartment-oral.js";
import { deriveOralRateConstants } from "./oral-rate-constants.js";

/** Depot and central amounts just after each dose (that dose included), mg, one entry a dose. */
export interface PostDoseAmounts {
  readonly depotMg: Float64Array;
  readonly centralMg: Float64Array;
}

/**
 * The state just after each dose, stepping from dose to dose with {@link advanceOralAmounts}:
 * the exact superposition of all earlier doses, in O(doses) time and two allocations. Each dose
 * adds F · amountMg to the depot; doses at the same time all count.
 *
 * Reference: superposition for linear pharmacokinetics, Gibaldi, M. & Perrier, D. (1982).
 * Pharmacokinetics, 2nd ed., ch. 3 (multiple dosing).
 *
 * @param parameters ka (1/h), CL (L/h), V (L), F; already checked
 * @param doses the schedule, sorted by timeH; already checked
 * @example computePostDoseAmounts({ absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 0.5 },
 *   [{ timeH: 0, amountMg: 100 }]).depotMg[0] // 50
 */
export function computePostDoseAmounts(parameters: OneCompartmentOralParameters, doses: readonly DoseEvent[]): PostDoseAmounts {
  const rates = deriveOralRateConstants(parameters);
  const depotMg = new Float64Array(doses.length);
  const centralMg = new Float64Array(doses.length);
  const amounts = { depotMg: 0, centralMg: 0 };
  let previousTimeH = 0;
  for (let index = 0; index < doses.length; index++) {
    const dose = doses[index] as DoseEvent;
    if (index > 0) advanceOralAmounts(amounts, dose.timeH - previousTimeH, rates);
    amounts.depotMg += parameters.bioavailability * dose.amountMg;
    depotMg[index] = amounts.depotMg;
    centralMg[index] = amounts.centralMg;
    previousTimeH = dose.timeH;
  }
  return { depotMg, centralMg };
}

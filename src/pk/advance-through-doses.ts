import type { DoseEvent } from "./dose-event.js";
import { advanceOralAmounts, type OralAmounts } from "./oral-amounts.js";
import type { OneCompartmentOralParameters } from "./one-compartment-oral.js";
import { deriveOralRateConstants } from "./oral-rate-constants.js";

/**
 * Gives every dose of a schedule to an empty model, in place: afterwards `amounts` holds the
 * state just after the last dose (all doses at that time included). No allocation per dose.
 *
 * Reference: superposition for linear pharmacokinetics, Gibaldi, M. & Perrier, D. (1982).
 * Pharmacokinetics, 2nd ed., ch. 3 (multiple dosing).
 *
 * @param amounts overwritten with depotMg and centralMg just after the last dose, mg
 * @param doses the schedule, sorted by timeH; already checked
 * @param parameters ka (1/h), CL (L/h), V (L), F; already checked
 * @returns the bioavailable amount given, F · Σ amountMg, mg
 * @example const amounts = { depotMg: 0, centralMg: 0 };
 * advanceThroughDoses(amounts, [{ timeH: 0, amountMg: 320 }, { timeH: 12, amountMg: 320 }],
 *   { absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 1 }) // 640
 * amounts.centralMg / 32 // 3.7161529261717754 mg/L (pk.json a_one_cmt_oral at 12 h: 3.71615292617178)
 */
export function advanceThroughDoses(amounts: OralAmounts, doses: readonly DoseEvent[], parameters: OneCompartmentOralParameters): number {
  const rates = deriveOralRateConstants(parameters);
  amounts.depotMg = 0;
  amounts.centralMg = 0;
  let givenMg = 0;
  let previousTimeH = 0;
  for (let index = 0; index < doses.length; index++) {
    const dose = doses[index] as DoseEvent;
    if (index > 0) advanceOralAmounts(amounts, dose.timeH - previousTimeH, rates);
    const bioavailableMg = parameters.bioavailability * dose.amountMg;
    amounts.depotMg += bioavailableMg;
    givenMg += bioavailableMg;
    previousTimeH = dose.timeH;
  }
  return givenMg;
}

import type { Dose } from "./dose.js";
import type { PkSystem } from "./pk-system.js";

/**
 * Throws a RangeError, named after the calling function, unless every dose has a known route,
 * a finite timeH and a finite amountMg ≥ 0; every infusion (and only an infusion) has a positive
 * finite durationH; oral doses come with an absorption rate in the system; and the doses are
 * sorted by timeH (equal times allowed). An empty schedule passes (a placebo arm).
 *
 * Reference: STYLE.md §4 ("a core precondition throws a RangeError named after its function").
 *
 * @param doses the schedule, in time order
 * @param system from preparePkSystem (for ka)
 * @param functionName the public function whose precondition this is
 * @example assertDoses([{ route: "oral", timeH: 12, amountMg: 320 }, { route: "oral", timeH: 0, amountMg: 320 }], system, "concentrationsAt")
 * // throws RangeError: concentrationsAt requires doses sorted by timeH, got 0 after 12 at index 1
 */
export function assertDoses(doses: readonly Dose[], system: PkSystem, functionName: string): void {
  let previousTimeH = -Infinity;
  for (let index = 0; index < doses.length; index++) {
    const dose = doses[index] as Dose;
    assertDose(dose, index, functionName);
    if (dose.route === "oral" && Number.isNaN(system.absorptionRatePerH)) {
      throw new RangeError(`${functionName} requires an absorptionRatePerH for the oral dose at index ${index}, got undefined`);
    }
    if (dose.timeH < previousTimeH) {
      throw new RangeError(`${functionName} requires doses sorted by timeH, got ${dose.timeH} after ${previousTimeH} at index ${index}`);
    }
    previousTimeH = dose.timeH;
  }
}

function assertDose(dose: Dose, index: number, functionName: string): void {
  const { route, timeH, amountMg, durationH } = dose;
  if (route !== "oral" && route !== "iv-bolus" && route !== "infusion") {
    throw new RangeError(`${functionName} requires a route of "oral", "iv-bolus" or "infusion" for every dose, got ${JSON.stringify(route)} at index ${index}`);
  }
  if (!Number.isFinite(timeH)) throw new RangeError(`${functionName} requires a finite timeH for every dose, got ${timeH} at index ${index}`);
  if (!(Number.isFinite(amountMg) && amountMg >= 0)) {
    throw new RangeError(`${functionName} requires a non-negative amountMg for every dose, got ${amountMg} at index ${index}`);
  }
  if (route === "infusion" && !(typeof durationH === "number" && Number.isFinite(durationH) && durationH > 0)) {
    throw new RangeError(`${functionName} requires a positive durationH for every infusion, got ${durationH} at index ${index}`);
  }
  if (route !== "infusion" && durationH !== undefined) {
    throw new RangeError(`${functionName} requires durationH only on infusions, got ${durationH} on an ${JSON.stringify(route)} dose at index ${index}`);
  }
}

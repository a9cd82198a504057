import { assertDoseEvents } from "./assert-dose-events.js";
import { assertOralParameters } from "./assert-oral-parameters.js";
import type { DoseEvent } from "./dose-event.js";
import { findLastDoseIndex } from "./last-dose-index.js";
import { advanceOralAmounts } from "./oral-amounts.js";
import { deriveOralRateConstants } from "./oral-rate-constants.js";
import { computePostDoseAmounts } from "./post-dose-amounts.js";

/**
 * Parameters of the one-compartment model with first-order absorption from a depot and
 * linear elimination: dAd/dt = −ka·Ad, dAc/dt = ka·Ad − (CL/V)·Ac, C = Ac/V, and a dose of
 * D mg adds F·D to Ad.
 */
export interface OneCompartmentOralParameters {
  /** ka, 1/h (> 0). */
  readonly absorptionRatePerH: number;
  /** CL, L/h (> 0). */
  readonly clearanceLPerH: number;
  /** V, L (> 0). */
  readonly volumeL: number;
  /** F, the fraction of a dose that reaches the depot, 0 < F ≤ 1. */
  readonly bioavailability: number;
}

/**
 * Concentrations (mg/L) at the given times (h, any order, may be before the first dose → 0).
 * At a dose time the dose is included ("dose first", as mrgsolve; for an oral dose it adds
 * nothing at that instant anyway).
 *
 * Exact closed form: the state just after each dose is stepped forward from the previous one
 * (superposition of the single-dose Bateman solutions), then each time is reached from the last
 * dose at or before it. O(doses + times · log doses); ka = k is handled without cancellation.
 * An empty schedule gives zeros (a placebo arm).
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 1 and 3; checked
 * against deSolve lsoda and R's closed form in test/reference/pk.json (a_one_cmt_oral).
 *
 * @param parameters ka (1/h), CL (L/h), V (L), F
 * @param doses the schedule (mg at h), sorted by timeH
 * @param timesH where to evaluate, h, finite
 * @returns one concentration per time, mg/L
 * @example concentrationsAt({ absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 1 },
 *   [{ timeH: 0, amountMg: 320 }], [0.5]) // Float64Array [5.148601838534906] (pk.json a_one_cmt_oral: 5.1486018385349)
 */
export function concentrationsAt(parameters: OneCompartmentOralParameters, doses: readonly DoseEvent[], timesH: readonly number[]): Float64Array {
  assertOralParameters(parameters, "concentrationsAt");
  assertDoseEvents(doses, "concentrationsAt");
  assertFiniteTimes(timesH);
  const rates = deriveOralRateConstants(parameters);
  const postDose = computePostDoseAmounts(parameters, doses);
  const concentrationsMgPerL = new Float64Array(timesH.length);
  const amounts = { depotMg: 0, centralMg: 0 };
  for (let index = 0; index < timesH.length; index++) {
    const timeH = timesH[index] as number;
    const doseIndex = findLastDoseIndex(doses, timeH);
    if (doseIndex < 0) continue;
    amounts.depotMg = postDose.depotMg[doseIndex] as number;
    amounts.centralMg = postDose.centralMg[doseIndex] as number;
    advanceOralAmounts(amounts, timeH - (doses[doseIndex] as DoseEvent).timeH, rates);
    concentrationsMgPerL[index] = amounts.centralMg / parameters.volumeL;
  }
  return concentrationsMgPerL;
}

function assertFiniteTimes(timesH: readonly number[]): void {
  for (let index = 0; index < timesH.length; index++) {
    const timeH = timesH[index];
    if (!Number.isFinite(timeH)) {
      throw new RangeError(`concentrationsAt requires finite timesH, got ${timeH} at index ${index}`);
    }
  }
}

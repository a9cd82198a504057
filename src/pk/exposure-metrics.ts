import { advanceThroughDoses } from "./advance-through-doses.js";
import { assertDoseEvents } from "./assert-dose-events.js";
import { assertOralParameters } from "./assert-oral-parameters.js";
import type { DoseEvent } from "./dose-event.js";
import type { OneCompartmentOralParameters } from "./one-compartment-oral.js";
import { advanceOralAmounts, type OralAmounts } from "./oral-amounts.js";
import { findOralPeakDelayH } from "./oral-peak-delay.js";
import { deriveOralRateConstants } from "./oral-rate-constants.js";

/** Exposure over the last dosing interval [tLast, tLast + intervalH] of a schedule, all exact. */
export interface ExposureMetrics {
  /** Maximum concentration over the last interval, mg/L. */
  readonly cmaxMgPerL: number;
  /** Time of that maximum, h from time 0 (the earliest, if it is reached at both ends). */
  readonly tmaxH: number;
  /** Minimum of the true profile over the last interval (always at one of its ends), mg/L. */
  readonly cminMgPerL: number;
  /** Concentration at tLast + intervalH, the trough before the next dose would be given, mg/L. */
  readonly ctroughMgPerL: number;
  /** ∫ C dt over the last interval, mg·h/L. */
  readonly aucTauMgHPerL: number;
  /** aucTau / intervalH, mg/L. */
  readonly cavgMgPerL: number;
  /** ∫ C dt from the first dose to tLast + intervalH, mg·h/L. */
  readonly aucCumulativeMgHPerL: number;
}

/**
 * Exposure over the last dosing interval of a schedule (tLast = time of the last dose), exact.
 *
 * The state at tLast comes from stepping the closed form from dose to dose. The AUCs follow from
 * mass balance, since everything eliminated passed through clearance: ∫ C dt = (amount
 * eliminated) / CL. Over the last interval (no dose inside it) that is the amount in the body at
 * tLast minus the amount at the end; from the first dose it is F · Σ doses minus the amount at
 * the end, which holds whatever doses fall in between. The maximum is at the one stationary
 * point (see findOralPeakDelayH) if it lies inside the interval, else at an end; the minimum is
 * at an end. Mass balance carries an absolute error of a few ulps of the amounts, so an AUC loses
 * relative accuracy only over a window in which little is eliminated (about
 * 1e-16 × amount / eliminated).
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 3 (AUC over a
 * dosing interval = F·D/CL at steady state); checked against test/reference/pk.json
 * (a_one_cmt_oral, last_interval_of_regimen and steady_state).
 *
 * @param parameters ka (1/h), CL (L/h), V (L), F
 * @param doses the schedule (mg at h), sorted by timeH, at least one dose
 * @param intervalH length of the last dosing interval, h (> 0)
 * @example summariseExposure({ absorptionRatePerH: 1.5, clearanceLPerH: 2.8, volumeL: 32, bioavailability: 1 },
 *   buildRegularSchedule({ doseMg: 320, intervalH: 12, doseCount: 14 }), 12)
 * // { cmaxMgPerL: 13.2490302386028, tmaxH: 157.706828227824, aucTauMgHPerL: 114.28566417093, … }
 */
export function summariseExposure(parameters: OneCompartmentOralParameters, doses: readonly DoseEvent[], intervalH: number): ExposureMetrics {
  assertOralParameters(parameters, "summariseExposure");
  assertDoseEvents(doses, "summariseExposure");
  if (doses.length === 0) throw new RangeError("summariseExposure requires at least one dose");
  if (!Number.isFinite(intervalH) || intervalH <= 0) {
    throw new RangeError(`summariseExposure requires a positive intervalH, got ${intervalH}`);
  }
  const amounts: OralAmounts = { depotMg: 0, centralMg: 0 };
  const givenMg = advanceThroughDoses(amounts, doses, parameters);
  const lastDoseTimeH = (doses[doses.length - 1] as DoseEvent).timeH;
  return measureLastInterval(amounts, { parameters, lastDoseTimeH, intervalH, givenMg });
}

interface LastInterval {
  readonly parameters: OneCompartmentOralParameters;
  readonly lastDoseTimeH: number;
  readonly intervalH: number;
  /** F · Σ doses, mg. */
  readonly givenMg: number;
}

/** The metrics of a dose-free interval that starts from `amounts` (which it advances to the end). */
function measureLastInterval(amounts: OralAmounts, interval: LastInterval): ExposureMetrics {
  const { parameters, lastDoseTimeH, intervalH, givenMg } = interval;
  const rates = deriveOralRateConstants(parameters);
  const peakDelayH = findOralPeakDelayH(amounts, rates);
  const startMgPerL = amounts.centralMg / parameters.volumeL;
  const peakMgPerL = peakDelayH > 0 && peakDelayH < intervalH ? peekConcentrationMgPerL(amounts, peakDelayH, parameters) : -Infinity;
  const startMg = amounts.depotMg + amounts.centralMg;
  advanceOralAmounts(amounts, intervalH, rates);
  const ctroughMgPerL = amounts.centralMg / parameters.volumeL;
  const endMg = amounts.depotMg + amounts.centralMg;
  // Rounding could leave start − end a few ulps below 0 if almost nothing were eliminated.
  const aucTauMgHPerL = Math.max(0, startMg - endMg) / parameters.clearanceLPerH;
  // Ties go to the earliest time; the inner peak wins only if it is strictly higher.
  let cmaxMgPerL = startMgPerL;
  let tmaxH = lastDoseTimeH;
  if (peakMgPerL > cmaxMgPerL) {
    cmaxMgPerL = peakMgPerL;
    tmaxH = lastDoseTimeH + peakDelayH;
  }
  if (ctroughMgPerL > cmaxMgPerL) {
    cmaxMgPerL = ctroughMgPerL;
    tmaxH = lastDoseTimeH + intervalH;
  }
  return {
    cmaxMgPerL,
    tmaxH,
    cminMgPerL: Math.min(startMgPerL, ctroughMgPerL),
    ctroughMgPerL,
    aucTauMgHPerL,
    cavgMgPerL: aucTauMgHPerL / intervalH,
    aucCumulativeMgHPerL: Math.max(0, givenMg - endMg) / parameters.clearanceLPerH,
  };
}

/** The concentration elapsedH after `amounts`, leaving `amounts` unchanged, mg/L. */
function peekConcentrationMgPerL(amounts: Readonly<OralAmounts>, elapsedH: number, parameters: OneCompartmentOralParameters): number {
  const later = { depotMg: amounts.depotMg, centralMg: amounts.centralMg };
  advanceOralAmounts(later, elapsedH, deriveOralRateConstants(parameters));
  return later.centralMg / parameters.volumeL;
}

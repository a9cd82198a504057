import type { Dose } from "./dose.js";
import { integrateConcentrationAfter } from "./modal-integral.js";
import type { PkSystem } from "./pk-system.js";
import { assertRegimenWindow } from "./regimen-exposure.js";
import { walkRegimen, type CourseTotals } from "./walk-regimen.js";

/** The areas of a schedule over a window and from 0, and C at the window's end (no extremes). */
export interface RegimenArea extends CourseTotals {
  /** ∫ C dt over the window, mg·h/L. */
  readonly aucMgHPerL: number;
  /** aucMgHPerL / (toH − fromH), mg/L. */
  readonly cavgMgPerL: number;
}

/**
 * measureRegimenExposure without the extremes (Cmax, Cmin, their times, the time above a
 * threshold), whose search costs several times the rest: the window's AUC and Cavg, the AUC from
 * 0 and C(toH), each the same double as measureRegimenExposure gives. Doses are checked by the
 * caller (assertDoses).
 *
 * @param system from preparePkSystem
 * @param doses the schedule (see Dose), sorted by timeH, already checked
 * @param window fromH and toH, h (0 < toH)
 * @example measureRegimenArea(system, twentyEightDailyDoses, { fromH: 648, toH: 672 }).aucMgHPerL // = exposureBetween(…).aucMgHPerL
 */
export function measureRegimenArea(system: PkSystem, doses: readonly Dose[], window: { readonly fromH: number; readonly toH: number }): RegimenArea {
  assertRegimenWindow(window, "measureRegimenArea");
  const { fromH, toH } = window;
  let aucMgHPerL = 0;
  const { aucFromZeroMgHPerL, concentrationAtEndMgPerL } = walkRegimen(system, doses, window, (state, piece) => (aucMgHPerL += integrateConcentrationAfter(state, piece.lengthH)));
  return { aucMgHPerL, cavgMgPerL: aucMgHPerL / (toH - fromH), aucFromZeroMgHPerL, concentrationAtEndMgPerL };
}

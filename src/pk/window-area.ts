import type { Dose } from "./dose.js";
import { assertExposureWindow } from "./exposure-between.js";
import { integrateConcentrationAfter } from "./modal-integral.js";
import type { PkSystem } from "./pk-system.js";
import { walkWindow } from "./walk-regimen.js";

/** The area of a schedule over a window, and C at the window's end (no extremes, no AUC from 0). */
export interface WindowArea {
  /** ∫ C dt over the window, mg·h/L. */
  readonly aucMgHPerL: number;
  /** aucMgHPerL / (toH − fromH), mg/L. */
  readonly cavgMgPerL: number;
  /** C at toH, the events at toH included, mg/L. */
  readonly concentrationAtEndMgPerL: number;
}

/**
 * measureRegimenArea without the AUC from 0, whose area of every dosing interval before the
 * window is most of the walk's cost: the window's AUC and Cavg (exposureBetween's) and C(toH)
 * (concentrationsAt's), each the same double. Doses are checked by the caller (assertDoses).
 *
 * @param system from preparePkSystem
 * @param doses the schedule (see Dose), sorted by timeH, already checked
 * @param window fromH and toH, h
 * @example measureWindowArea(system, twentyEightDailyDoses, { fromH: 648, toH: 672 }).aucMgHPerL // = exposureBetween(…).aucMgHPerL
 */
export function measureWindowArea(system: PkSystem, doses: readonly Dose[], window: { readonly fromH: number; readonly toH: number }): WindowArea {
  assertExposureWindow(window, "measureWindowArea");
  const { fromH, toH } = window;
  const running = { aucMgHPerL: 0 };
  const concentrationAtEndMgPerL = walkWindow(system, doses, window, (state, piece) => (running.aucMgHPerL += integrateConcentrationAfter(state, piece.lengthH)));
  const { aucMgHPerL } = running;
  return { aucMgHPerL, cavgMgPerL: aucMgHPerL / (toH - fromH), concentrationAtEndMgPerL };
}

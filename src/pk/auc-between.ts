import { assertDoses } from "./assert-doses.js";
import type { Dose } from "./dose.js";
import { integrateConcentrationAfter } from "./modal-integral.js";
import type { PkSystem } from "./pk-system.js";
import { forEachPiece } from "./walk-pieces.js";

/**
 * ∫ C dt over [fromH, toH] (mg·h/L), exactly: the AUC of exposureBetween without the
 * search for extremes, for callers that need only the area (e.g. a cumulative AUC over
 * many doses, where the extremes search would dominate the cost).
 *
 * @example aucBetween(system, [{ route: "iv-bolus", timeH: 0, amountMg: 100 }], { fromH: 0, toH: 1e4 }) // ≈ 100 / CL
 */
export function aucBetween(system: PkSystem, doses: readonly Dose[], window: { readonly fromH: number; readonly toH: number }): number {
  assertDoses(doses, system, "aucBetween");
  const { fromH, toH } = window;
  if (!(Number.isFinite(fromH) && Number.isFinite(toH) && fromH < toH)) throw new RangeError(`aucBetween requires finite fromH < toH, got fromH ${fromH} and toH ${toH}`);
  let aucMgHPerL = 0;
  forEachPiece(system, doses, window, (state, piece) => (aucMgHPerL += integrateConcentrationAfter(state, piece.lengthH)));
  return aucMgHPerL;
}

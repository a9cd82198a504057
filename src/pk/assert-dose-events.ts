import type { DoseEvent } from "./dose-event.js";

/**
 * Throws a RangeError, named after the calling function, unless every dose has a finite time
 * and a finite amount ≥ 0 and the doses are sorted by time (equal times allowed). An empty
 * schedule passes: whether it is allowed is the caller's rule.
 *
 * Reference: STYLE.md §4 ("a core precondition throws a RangeError named after its function").
 *
 * @param doses the schedule, in time order
 * @param functionName the public function whose precondition this is
 * @example assertDoseEvents([{ timeH: 12, amountMg: 320 }, { timeH: 0, amountMg: 320 }], "concentrationsAt")
 * // throws RangeError: concentrationsAt requires doses sorted by timeH, got 0 after 12 at index 1
 */
export function assertDoseEvents(doses: readonly DoseEvent[], functionName: string): void {
  let previousTimeH = Number.NEGATIVE_INFINITY;
  for (let index = 0; index < doses.length; index++) {
    const { timeH, amountMg } = doses[index] as DoseEvent;
    if (!Number.isFinite(timeH)) {
      throw new RangeError(`${functionName} requires a finite timeH for every dose, got ${timeH} at index ${index}`);
    }
    if (!Number.isFinite(amountMg) || amountMg < 0) {
      throw new RangeError(`${functionName} requires a non-negative amountMg for every dose, got ${amountMg} at index ${index}`);
    }
    if (timeH < previousTimeH) {
      throw new RangeError(`${functionName} requires doses sorted by timeH, got ${timeH} after ${previousTimeH} at index ${index}`);
    }
    previousTimeH = timeH;
  }
}

import type { DoseEvent } from "./dose-event.js";

/**
 * Index of the last dose given at or before timeH, or −1 if none: binary search over a
 * schedule sorted by time. "At or before" makes a dose at exactly timeH count (dose first).
 *
 * Reference: Knuth, TAOCP vol. 3, §6.2.1 (binary search), in its upper-bound form.
 *
 * @param doses the schedule, sorted by timeH
 * @param timeH the time of interest, h
 * @example findLastDoseIndex([{ timeH: 0, amountMg: 1 }, { timeH: 12, amountMg: 1 }], 12) // 1
 */
export function findLastDoseIndex(doses: readonly DoseEvent[], timeH: number): number {
  let low = 0;
  let high = doses.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((doses[middle] as DoseEvent).timeH <= timeH) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

import type { TwoByTwo } from "./two-by-two.js";

/** The four cells of a 2 × 2 table with their expected counts under independence. */
export interface TableCells {
  /** Treatment events, treatment non-events, control events, control non-events. */
  readonly observed: readonly [number, number, number, number];
  /** Row total × column total / grand total, in the same order. */
  readonly expected: readonly [number, number, number, number];
}

/**
 * Observed and expected cell counts of a 2 × 2 table (rows: arms, columns: event or not):
 * E = row total · column total / N, as R's `chisq.test` (`outer(sr, sc) / n`). A column total
 * of 0 (no event, or every patient with the event) gives expected counts of 0.
 *
 * Reference: Agresti, A. (2013), Categorical Data Analysis, 3rd ed., §3.2.1.
 *
 * @param table a valid table (checked by the caller)
 * @returns observed and expected counts of patients
 * @example computeTableCells({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }).expected // [4.5, 5.5, 4.5, 5.5]
 */
export function computeTableCells(table: TwoByTwo): TableCells {
  const { eventsTreatment, totalTreatment, eventsControl, totalControl } = table;
  const grandTotal = totalTreatment + totalControl;
  const events = eventsTreatment + eventsControl;
  const nonEvents = grandTotal - events;
  return {
    observed: [eventsTreatment, totalTreatment - eventsTreatment, eventsControl, totalControl - eventsControl],
    expected: [
      (totalTreatment * events) / grandTotal,
      (totalTreatment * nonEvents) / grandTotal,
      (totalControl * events) / grandTotal,
      (totalControl * nonEvents) / grandTotal,
    ],
  };
}

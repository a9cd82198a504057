import { validateBinomialCounts } from "./validate-binomial-counts.js";

/**
 * A 2 × 2 table of a binary endpoint by arm, as counts of patients: events and totals per arm
 * (the non-events are total − events). Ratios and differences are treatment over or minus control.
 */
export interface TwoByTwo {
  readonly eventsTreatment: number;
  readonly totalTreatment: number;
  readonly eventsControl: number;
  readonly totalControl: number;
}

/**
 * Checks a TwoByTwo at run time (it may come from JavaScript or a spec), throwing a RangeError
 * named after the calling function (STYLE.md §4), with the same text as riskDifferenceWald:
 * totals are positive integers and events integers from 0 to their total.
 *
 * Reference: R `fisher.test` and `chisq.test` ("all entries of 'x' must be nonnegative and finite").
 *
 * @param table the counts of patients
 * @param functionName the public function whose precondition this is, e.g. "fisherExactTest"
 * @throws RangeError "fisherExactTest requires totalTreatment to be a positive integer, got 0"
 * @throws RangeError "fisherExactTest requires eventsControl to be an integer from 0 to totalControl (10), got 11"
 * @example validateTwoByTwo({ eventsTreatment: 7, totalTreatment: 10, eventsControl: 2, totalControl: 10 }, "fisherExactTest") // returns undefined
 */
export function validateTwoByTwo(table: TwoByTwo, functionName: string): void {
  validateBinomialCounts({ events: table.eventsTreatment, total: table.totalTreatment }, functionName, {
    events: "eventsTreatment",
    total: "totalTreatment",
  });
  validateBinomialCounts({ events: table.eventsControl, total: table.totalControl }, functionName, {
    events: "eventsControl",
    total: "totalControl",
  });
}

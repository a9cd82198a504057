/** The count of patients with the event among a total, and the names the messages give them. */
export interface BinomialCounts {
  readonly events: number;
  readonly total: number;
}

/** The field names of BinomialCounts in error messages, e.g. eventsControl and totalControl. */
export interface BinomialCountNames {
  readonly events: string;
  readonly total: string;
}

const PLAIN_NAMES: BinomialCountNames = { events: "events", total: "total" };

/**
 * Checks that `total` is a positive integer and `events` an integer from 0 to `total`, throwing
 * a RangeError named after the calling function (STYLE.md §4) with the same text as
 * riskDifferenceWald. NaN and non-integers fail: a count of 2.5 patients is a bug upstream.
 *
 * Reference: R `binom.test` ("'x' must be nonnegative and integer", "'n' must be a positive integer >= 'x'").
 *
 * @param counts events and total (patients)
 * @param functionName the public function whose precondition this is, e.g. "wilsonInterval"
 * @param names how the message names the two counts (default "events" and "total")
 * @throws RangeError "wilsonInterval requires total to be a positive integer, got 0"
 * @throws RangeError "wilsonInterval requires events to be an integer from 0 to total (10), got 11"
 * @example validateBinomialCounts({ events: 7, total: 10 }, "wilsonInterval") // returns undefined
 */
export function validateBinomialCounts(
  counts: BinomialCounts,
  functionName: string,
  names: BinomialCountNames = PLAIN_NAMES,
): void {
  const { events, total } = counts;
  if (!Number.isSafeInteger(total) || total < 1) {
    throw new RangeError(`${functionName} requires ${names.total} to be a positive integer, got ${total}`);
  }
  if (!Number.isSafeInteger(events) || events < 0 || events > total) {
    throw new RangeError(
      `${functionName} requires ${names.events} to be an integer from 0 to ${names.total} (${total}), got ${events}`,
    );
  }
}

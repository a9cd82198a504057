/** Whether each patient's time ends in the event (true or 1) or is censored (false or 0). */
export type EventIndicators = readonly boolean[] | readonly number[];

/**
 * Right-censored times to event, one entry per patient: `times` in any one unit (days in the
 * pbc references), `events` saying whether the time is an event or a censoring.
 */
export interface SurvivalData {
  readonly times: readonly number[];
  readonly events: EventIndicators;
}

/**
 * Checks right-censored survival data and returns the event indicators as 0/1 flags, the form
 * every survival routine reads. Times must be finite and ≥ 0 (a duration since randomisation;
 * NaN would silently fall out of every risk set); indicators must be booleans or exactly 0 or 1
 * (R's `Surv` would take 2 as "dead" under its 1/2 coding, a trap we refuse).
 *
 * Reference: R survival `Surv(time, event)` for right-censored data (Therneau & Grambsch,
 * Modeling Survival Data, 2000, §2.1).
 *
 * @param data times and event indicators, one each per patient
 * @param functionName the public function whose precondition this is, e.g. "kaplanMeier"
 * @returns one flag per patient, 1 for an event and 0 for a censoring
 * @throws RangeError "kaplanMeier requires at least one patient"
 * @throws RangeError "kaplanMeier requires one event indicator per time, got 2 event indicators and 3 times"
 * @throws RangeError "kaplanMeier requires finite non-negative times, got NaN at index 1"
 * @throws RangeError "kaplanMeier requires event indicators 0 or 1 (or false/true), got 2 at index 0"
 * @example checkSurvivalData({ times: [5, 3], events: [true, false] }, "kaplanMeier") // Uint8Array [1, 0]
 */
export function checkSurvivalData(data: SurvivalData, functionName: string): Uint8Array {
  const { times, events } = data;
  if (times.length === 0) throw new RangeError(`${functionName} requires at least one patient`);
  if (events.length !== times.length) {
    throw new RangeError(
      `${functionName} requires one event indicator per time, got ${events.length} event indicators and ${times.length} times`,
    );
  }
  const flags = new Uint8Array(times.length);
  for (let index = 0; index < times.length; index += 1) {
    const time = times[index] ?? Number.NaN;
    if (!(Number.isFinite(time) && time >= 0)) {
      throw new RangeError(`${functionName} requires finite non-negative times, got ${time} at index ${index}`);
    }
    const event = events[index];
    if (event === true || event === 1) flags[index] = 1;
    else if (event !== false && event !== 0) {
      throw new RangeError(
        `${functionName} requires event indicators 0 or 1 (or false/true), got ${String(event)} at index ${index}`,
      );
    }
  }
  return flags;
}

import type { Rng } from "../rng/index.js";
import type { EnrolmentSection } from "../spec/schema.js";

/** Days in a month, for accrual rates per month (365.25 / 12). */
export const DAYS_PER_MONTH = 30.4375;

/**
 * Calendar entry day of each patient (in patient order): the arrival times of a Poisson
 * process with piecewise-constant rate — patient i arrives after patient i − 1 by an
 * exponential gap in "operational time" Λ (one uniform per patient), mapped back through
 * the inverse of the cumulative rate. Without enrolment every patient enters on day 0.
 *
 * Reference: Cinlar (1975) Introduction to Stochastic Processes, §4.1 (time change of a
 * Poisson process); the accrual model of rpact / gsDesign (piecewise accrual).
 */
export function drawEntryDays(enrolment: EnrolmentSection | undefined, size: number, rng: Rng | undefined): Float64Array {
  const entry = new Float64Array(size);
  if (enrolment === undefined || rng === undefined) return entry;
  let operational = 0;
  for (let patient = 0; patient < size; patient++) {
    operational += -Math.log(rng.next());
    entry[patient] = inverseCumulativeRate(enrolment, operational);
  }
  return entry;
}

/** The day at which the expected number of arrivals reaches `arrivals`. */
function inverseCumulativeRate(enrolment: EnrolmentSection, arrivals: number): number {
  let day = 0;
  let remaining = arrivals;
  for (const period of enrolment.periods) {
    const ratePerDay = period.patients_per_month / DAYS_PER_MONTH;
    const lengthDays = period.months === undefined ? Infinity : period.months * DAYS_PER_MONTH;
    if (remaining <= ratePerDay * lengthDays) return day + remaining / ratePerDay;
    remaining -= ratePerDay * lengthDays;
    day += lengthDays;
  }
  // The last period is open-ended in the schema; a closed last period continues at its rate.
  const last = enrolment.periods[enrolment.periods.length - 1];
  return day + remaining / ((last?.patients_per_month ?? 1) / DAYS_PER_MONTH);
}

/**
 * Dates and date-times as FHIR and Synthea write them (ISO 8601 subsets), read without
 * `Date` (STYLE.md §6: no clocks, no host time zone). Arithmetic on the proleptic
 * Gregorian calendar.
 */

/** A calendar date as written (no time zone). */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A date or date-time: its written calendar date, and the instant it starts at (UTC seconds since 1970-01-01). */
export interface DateTime {
  readonly date: CalendarDate;
  readonly instantS: number;
}

// FHIR dateTime: YYYY, YYYY-MM, YYYY-MM-DD, or a date with a time (seconds and zone optional here;
// no zone is read as UTC). Synthea writes 2019-06-01 or 2019-06-01T10:00:00Z.
const DATE_TIME = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?)?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
 * Reference: H. Hinnant, "chrono-Compatible Low-Level Date Algorithms", days_from_civil.
 *
 * @example daysFromCivil({ year: 2000, month: 3, day: 1 }) // 11017
 */
export function daysFromCivil(date: CalendarDate): number {
  const year = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear = Math.floor((153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5) + date.day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

function zoneOffsetS(zone: string | undefined): number {
  if (zone === undefined || zone === "Z") return 0;
  const sign = zone.startsWith("-") ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 3600 + Number(zone.slice(4, 6)) * 60);
}

/**
 * Reads a date or date-time; undefined when the text is not one or names a day that does
 * not exist. A partial date (2019, 2019-06) stands for its first day.
 *
 * @example parseDateTime("2019-06-01T10:00:00+02:00")?.instantS // 1559376000 (08:00 UTC)
 */
export function parseDateTime(text: string): DateTime | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (match === null) return undefined;
  const [, yearText, monthText, dayText, hourText, minuteText, secondText, zone] = match;
  const date = { year: Number(yearText), month: Number(monthText ?? 1), day: Number(dayText ?? 1) };
  const [hour, minute, second] = [Number(hourText ?? 0), Number(minuteText ?? 0), Number(secondText ?? 0)];
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const zoneS = zoneOffsetS(zone);
  if (Math.abs(zoneS) > 14 * 3600) return undefined;
  return { date, instantS: daysFromCivil(date) * 86_400 + hour * 3600 + minute * 60 + second - zoneS };
}

/** Reads a full calendar date YYYY-MM-DD (a birth or death date); undefined for anything else. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const trimmed = text.trim();
  const parsed = /^\d{4}-\d{2}-\d{2}/.test(trimmed) ? parseDateTime(trimmed) : undefined;
  return parsed?.date;
}

/** Orders two calendar dates: negative, zero or positive. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/**
 * Age in completed years on a date (the birthday counts from its day; someone born on
 * 29 February turns a year older on 1 March in other years).
 *
 * @example completedYears({ year: 1950, month: 6, day: 15 }, { year: 2020, month: 6, day: 14 }) // 69
 */
export function completedYears(birth: CalendarDate, on: CalendarDate): number {
  const years = on.year - birth.year;
  return on.month < birth.month || (on.month === birth.month && on.day < birth.day) ? years - 1 : years;
}

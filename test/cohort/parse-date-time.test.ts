import { describe, expect, it } from "vitest";
import { compareDates, completedYears, daysFromCivil, parseCalendarDate, parseDateTime } from "../../src/cohort/parse-date-time.js";

describe("parseDateTime", () => {
  it("refuses what is not an ISO date or date-time, and days that do not exist", () => {
    for (const text of ["", "x", "2019-6-1", "2019-13-01", "2019-02-29", "2019-04-31", "2019-06-01T24:00:00Z", "2019-06-01T10:00:00+15:00", "01/06/2019", "2019-06-01 10:00"]) {
      expect(parseDateTime(text), `"${text}"`).toBeUndefined();
    }
  });

  it("reads partial dates as their first day, and zones as offsets from UTC", () => {
    // Seconds since 1970-01-01T00:00:00Z, as `date -u -d 2019-06-01 +%s` prints (GNU coreutils): 1559347200.
    expect(parseDateTime("2019-06-01")).toEqual({ date: { year: 2019, month: 6, day: 1 }, instantS: 1_559_347_200 });
    expect(parseDateTime("2019-06")?.instantS).toBe(1_559_347_200);
    expect(parseDateTime("2019")?.instantS).toBe(1_546_300_800);
    expect(parseDateTime("2019-06-01T10:00:00+02:00")?.instantS).toBe(1_559_347_200 + 8 * 3600);
    expect(parseDateTime("2019-06-01T08:00:00Z")?.instantS).toBe(1_559_347_200 + 8 * 3600);
    expect(parseDateTime("2019-06-01T08:00")?.instantS).toBe(1_559_347_200 + 8 * 3600);
    expect(parseDateTime("2019-12-31T23:30:00.250-05:00")).toEqual({ date: { year: 2019, month: 12, day: 31 }, instantS: 1_577_853_000 });
    expect(parseDateTime("2020-02-29")?.date).toEqual({ year: 2020, month: 2, day: 29 });
  });

  it("counts days on the proleptic Gregorian calendar", () => {
    expect(daysFromCivil({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(daysFromCivil({ year: 2000, month: 3, day: 1 })).toBe(11_017);
    expect(daysFromCivil({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(daysFromCivil({ year: 1900, month: 3, day: 1 }) - daysFromCivil({ year: 1900, month: 2, day: 28 })).toBe(1);
  });
});

describe("parseCalendarDate and completedYears", () => {
  it("needs a full date, and keeps the date as written whatever the zone", () => {
    expect(parseCalendarDate("1950")).toBeUndefined();
    expect(parseCalendarDate("1950-06")).toBeUndefined();
    expect(parseCalendarDate(" 1950-06-15 ")).toEqual({ year: 1950, month: 6, day: 15 });
    expect(parseCalendarDate("2019-03-01T23:00:00-05:00")).toEqual({ year: 2019, month: 3, day: 1 });
    expect(compareDates({ year: 2019, month: 3, day: 1 }, { year: 2019, month: 2, day: 28 })).toBeGreaterThan(0);
  });

  it("gives the age in completed years (by hand)", () => {
    const on = { year: 2020, month: 1, day: 1 };
    expect(completedYears({ year: 1948, month: 1, day: 1 }, on)).toBe(72); // birthday on the day: counted
    expect(completedYears({ year: 1966, month: 1, day: 2 }, on)).toBe(53); // the day after: not yet
    expect(completedYears({ year: 1950, month: 6, day: 15 }, { year: 2020, month: 6, day: 14 })).toBe(69);
    expect(completedYears({ year: 1980, month: 2, day: 29 }, { year: 2021, month: 2, day: 28 })).toBe(40);
    expect(completedYears({ year: 1980, month: 2, day: 29 }, { year: 2021, month: 3, day: 1 })).toBe(41);
    expect(completedYears(on, on)).toBe(0);
  });
});

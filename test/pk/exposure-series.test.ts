import { describe, expect, it } from "vitest";
import { aucBetween, exposureBetween, exposureSeries, preparePkSystem, type Dose } from "../../src/pk/index.js";

/** exposureSeries must give, window by window, exactly what exposureBetween gives for each window alone. */
const SYSTEMS = [
  preparePkSystem({ compartments: 1, clearanceLPerH: 5, centralVolumeL: 60, absorptionRatePerH: 1, bioavailability: 0.8, lagTimeH: 0.5 }),
  preparePkSystem({ compartments: 2, clearanceLPerH: 3, centralVolumeL: 20, q2LPerH: 2, volume2L: 40, bioavailability: 1, lagTimeH: 0 }),
];

function schedule(route: "oral" | "infusion" | "iv-bolus"): Dose[] {
  // Daily doses with a few missed (days 3 and 7) and a reduction from day 10.
  return Array.from({ length: 21 }, (_, day) => day)
    .filter((day) => day !== 3 && day !== 7)
    .map((day): Dose => (route === "infusion" ? { route, timeH: 24 * day, amountMg: day >= 10 ? 150 : 300, durationH: 2 } : { route, timeH: 24 * day, amountMg: day >= 10 ? 150 : 300 }));
}

describe("exposureSeries", () => {
  it.each([
    [0, "oral"],
    [1, "iv-bolus"],
    [1, "infusion"],
  ] as const)("matches exposureBetween in every window (system %i, %s), to 1e-12", (system, route) => {
    const pk = SYSTEMS[system]!;
    const doses = schedule(route);
    const boundaries = [...Array.from({ length: 28 }, (_, day) => 24 * day), 28 * 24 - 5];
    const series = exposureSeries(pk, doses, boundaries, { cmax: true });
    for (let window = 0; window + 1 < boundaries.length; window++) {
      const single = exposureBetween(pk, doses, { fromH: boundaries[window]!, toH: boundaries[window + 1]! });
      expect(Math.abs(series.aucMgHPerL[window]! - single.aucMgHPerL)).toBeLessThanOrEqual(1e-12 * Math.max(1, single.aucMgHPerL));
      expect(Math.abs(series.cmaxMgPerL[window]! - single.cmaxMgPerL)).toBeLessThanOrEqual(1e-12 * Math.max(1, single.cmaxMgPerL));
      expect(Math.abs(aucBetween(pk, doses, { fromH: boundaries[window]!, toH: boundaries[window + 1]! }) - series.aucMgHPerL[window]!)).toBeLessThanOrEqual(1e-12 * Math.max(1, single.aucMgHPerL));
    }
    const areaOnly = exposureSeries(pk, doses, boundaries, { cmax: false });
    areaOnly.aucMgHPerL.forEach((value, window) => expect(value).toBeCloseTo(series.aucMgHPerL[window]!, 12));
    expect(Number.isNaN(areaOnly.cmaxMgPerL[0]!)).toBe(true);
  });

  it("gives zero exposure without doses, and refuses windows that do not increase", () => {
    const none = exposureSeries(SYSTEMS[0]!, [], [0, 24, 48], { cmax: true });
    expect(Array.from(none.aucMgHPerL)).toEqual([0, 0]);
    expect(Array.from(none.cmaxMgPerL)).toEqual([0, 0]);
    expect(() => exposureSeries(SYSTEMS[0]!, [], [0, 24, 24], { cmax: false })).toThrow("exposureSeries requires finite increasing boundaries, got 24 then 24 at index 1");
    expect(() => exposureSeries(SYSTEMS[0]!, [], [0], { cmax: false })).toThrow("exposureSeries requires at least two boundaries, got 1");
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { concentrationsAt, preparePkSystem, type Dose } from "../../src/pk/index.js";

/**
 * concentrationsAt remembers the step factors of whole-hour steps on long time grids (the
 * mrgsolve-anchor workload: 673 hourly samples after 28 daily doses). Remembered factors are
 * the same doubles computed again, so every concentration must equal, bit for bit, the one
 * evaluated on its own (a one-time grid, which remembers nothing).
 */
describe("the step memo of concentrationsAt changes no bit", () => {
  test.prop([
    fc.integer({ min: 1, max: 3 }),
    fc.double({ min: 0.5, max: 10, noNaN: true }),
    fc.double({ min: 5, max: 200, noNaN: true }),
    fc.double({ min: 0.05, max: 5, noNaN: true }),
    fc.integer({ min: 1, max: 48 }),
    fc.integer({ min: 1, max: 12 }),
    fc.boolean(),
  ])("any model, whole-hour dosing interval, hourly and half-hourly grids", (compartments, clearanceLPerH, centralVolumeL, absorptionRatePerH, intervalH, doseCount, infusion) => {
    const system = preparePkSystem({ compartments: compartments as 1 | 2 | 3, clearanceLPerH, centralVolumeL, bioavailability: 1, lagTimeH: 0, ...(infusion ? {} : { absorptionRatePerH }), ...(compartments >= 2 ? { q2LPerH: 4, volume2L: 30 } : {}), ...(compartments >= 3 ? { q3LPerH: 1, volume3L: 60 } : {}) });
    const doses: Dose[] = Array.from({ length: doseCount }, (_, at) => (infusion ? { route: "infusion", timeH: at * intervalH, amountMg: 100, durationH: 1 } : { route: "oral", timeH: at * intervalH, amountMg: 100 }));
    const grid = Float64Array.from({ length: 2 * intervalH * doseCount + 40 }, (_, at) => at / 2);
    const together = concentrationsAt(system, doses, grid);
    grid.forEach((timeH, at) => expect(Object.is(together[at], concentrationsAt(system, doses, [timeH])[0])).toBe(true));
  });
});

import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { aucBetween, exposureBetween, preparePkSystem, type Dose } from "../../src/pk/index.js";

const SYSTEM = preparePkSystem({ compartments: 3, clearanceLPerH: 4, centralVolumeL: 10, q2LPerH: 3, volume2L: 30, q3LPerH: 0.5, volume3L: 100, absorptionRatePerH: 1.2, bioavailability: 0.7, lagTimeH: 0.5 });
const DOSES: Dose[] = Array.from({ length: 14 }, (_, index) => ({ route: index % 3 === 0 ? "infusion" : "oral", timeH: 12 * index, amountMg: 200, ...(index % 3 === 0 ? { durationH: 2 } : {}) }) as Dose);

describe("aucBetween", () => {
  it("gives F·D/CL for one oral dose over a long horizon (mass balance)", () => {
    const one = preparePkSystem({ compartments: 1, clearanceLPerH: 2.8, centralVolumeL: 32, absorptionRatePerH: 1.5, bioavailability: 1, lagTimeH: 0 });
    expect(aucBetween(one, [{ route: "oral", timeH: 0, amountMg: 320 }], { fromH: 0, toH: 1e4 })).toBeCloseTo(320 / 2.8, 9);
  });

  propTest.prop([fc.double({ min: 0, max: 150, noNaN: true }), fc.double({ min: 0.01, max: 50, noNaN: true })])("equals exposureBetween's AUC on any window (same integrals)", (fromH, lengthH) => {
    const window = { fromH, toH: fromH + lengthH };
    const expected = exposureBetween(SYSTEM, DOSES, window).aucMgHPerL;
    expect(Math.abs(aucBetween(SYSTEM, DOSES, window) - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
  });

  it("refuses an empty window", () => {
    expect(() => aucBetween(SYSTEM, DOSES, { fromH: 5, toH: 5 })).toThrow("aucBetween requires finite fromH < toH, got fromH 5 and toH 5");
  });
});

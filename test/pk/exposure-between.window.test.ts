// Which values a window [fromH, toH] sees at its ends and at events inside it.
import { describe, expect, it } from "vitest";
import { concentrationsAt, exposureBetween, preparePkSystem } from "../../src/pk/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { ONE_CMT_ORAL, regularDoses, TWO_CMT } from "./model-fixtures.js";

const ORAL = preparePkSystem(ONE_CMT_ORAL);

describe("exposureBetween: events at the window ends", () => {
  const system = preparePkSystem(TWO_CMT);
  const boluses = regularDoses("iv-bolus", { amountMg: 100, intervalH: 24, doseCount: 3 });

  it("counts a bolus at fromH with its post-dose value and leaves one at toH to the next window", () => {
    const metrics = exposureBetween(system, boluses, { fromH: 24, toH: 48 });
    const [postDose] = concentrationsAt(system, boluses, [24]);
    const [trough] = concentrationsAt(system, boluses.slice(0, 2), [48]);
    expect([metrics.cmaxMgPerL, metrics.tmaxH]).toEqual([postDose, 24]);
    expect([metrics.cminMgPerL, metrics.tminH]).toEqual([trough, 48]);
  });

  it("takes the trough just before a bolus inside the window as a candidate minimum", () => {
    const metrics = exposureBetween(system, boluses, { fromH: 12, toH: 30 });
    const [trough] = concentrationsAt(system, boluses.slice(0, 1), [24]);
    expect([metrics.cminMgPerL, metrics.tminH]).toEqual([trough, 24]);
  });

  it("has its maximum at the start when the profile only falls, and at the end before the peak", () => {
    const falling = exposureBetween(ORAL, regularDoses("oral", { amountMg: 100, intervalH: 12, doseCount: 3 }), { fromH: 30, toH: 36 });
    expect(falling.tmaxH).toBe(30);
    const rising = exposureBetween(ORAL, [{ route: "oral", timeH: 0, amountMg: 320 }], { fromH: 0, toH: 1 });
    expect(rising.tmaxH).toBe(1);
    expect([rising.cminMgPerL, rising.tminH]).toEqual([0, 0]);
  });

  // One compartment, 1 h infusion: C rises to R/CL (1 − e^(−k)) at the end of the infusion.
  it("has the maximum of a one-compartment infusion at its end", () => {
    const infusion = preparePkSystem({ compartments: 1, clearanceLPerH: 3, centralVolumeL: 25, bioavailability: 1, lagTimeH: 0 });
    const metrics = exposureBetween(infusion, [{ route: "infusion", timeH: 0, amountMg: 1000, durationH: 1 }], { fromH: 0, toH: 8 });
    expect(metrics.tmaxH).toBe(1);
    expectRelativeClose(metrics.cmaxMgPerL, (1000 / 3) * -Math.expm1(-0.12), 1e-14, "cmax");
  });
});

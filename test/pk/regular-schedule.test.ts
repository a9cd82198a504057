import { describe, expect, it } from "vitest";
import { buildRegularSchedule } from "../../src/pk/regular-schedule.js";

describe("buildRegularSchedule", () => {
  it("gives one dose at firstDoseTimeH when doseCount is 1", () => {
    expect(buildRegularSchedule({ doseMg: 50, intervalH: 24, doseCount: 1, firstDoseTimeH: 8 })).toEqual([{ timeH: 8, amountMg: 50 }]);
  });

  it("doc example: 320 mg q12h, three doses from time 0", () => {
    expect(buildRegularSchedule({ doseMg: 320, intervalH: 12, doseCount: 3 })).toEqual([
      { timeH: 0, amountMg: 320 },
      { timeH: 12, amountMg: 320 },
      { timeH: 24, amountMg: 320 },
    ]);
  });

  // Node 20: 0.1 added 30 times is 3.0000000000000013, while 30 × 0.1 rounds to exactly 3.
  // Each time is firstDoseTimeH + i · intervalH, rounded once.
  it("computes each time by one multiplication, so late doses do not drift", () => {
    const doses = buildRegularSchedule({ doseMg: 1, intervalH: 0.1, doseCount: 31, firstDoseTimeH: 0 });
    expect(doses[30]?.timeH).toBe(3);
    expect(doses.every((dose, index) => dose.timeH === index * 0.1)).toBe(true);
  });

  it.each([
    [{ doseMg: -1, intervalH: 12, doseCount: 2 }, "buildRegularSchedule requires a non-negative doseMg, got -1"],
    [{ doseMg: Number.NaN, intervalH: 12, doseCount: 2 }, "buildRegularSchedule requires a non-negative doseMg, got NaN"],
    [{ doseMg: 1, intervalH: 0, doseCount: 2 }, "buildRegularSchedule requires a positive intervalH, got 0"],
    [{ doseMg: 1, intervalH: Infinity, doseCount: 2 }, "buildRegularSchedule requires a positive intervalH, got Infinity"],
    [{ doseMg: 1, intervalH: 12, doseCount: 0 }, "buildRegularSchedule requires a positive integer doseCount, got 0"],
    [{ doseMg: 1, intervalH: 12, doseCount: 2.5 }, "buildRegularSchedule requires a positive integer doseCount, got 2.5"],
    [{ doseMg: 1, intervalH: 12, doseCount: 2, firstDoseTimeH: Number.NaN }, "buildRegularSchedule requires a finite firstDoseTimeH, got NaN"],
  ])("rejects %o", (options, message) => {
    expect(() => buildRegularSchedule(options)).toThrow(new RangeError(message));
  });
});

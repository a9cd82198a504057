import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { concentrationsAt, createConcentrationCourse, preparePkSystem, type Dose } from "../../src/pk/index.js";

const SYSTEM = preparePkSystem({ compartments: 2, clearanceLPerH: 4, centralVolumeL: 20, q2LPerH: 3, volume2L: 50, absorptionRatePerH: 0.8, bioavailability: 0.9, lagTimeH: 0.25 });
const DOSES: Dose[] = [
  { route: "oral", timeH: 0, amountMg: 400 },
  { route: "infusion", timeH: 6, amountMg: 100, durationH: 2 },
  { route: "iv-bolus", timeH: 12, amountMg: 50 },
  { route: "oral", timeH: 24, amountMg: 200 },
];

describe("createConcentrationCourse", () => {
  it("lists the kinks: oral doses after their lag, infusion start and stop, boluses", () => {
    expect(createConcentrationCourse(SYSTEM, DOSES).breakpointsH).toEqual([0.25, 6, 8, 12, 24.25]);
  });

  it("is zero before the first dose takes effect and counts a bolus at its own time", () => {
    const course = createConcentrationCourse(SYSTEM, DOSES);
    expect(course.at(-1)).toBe(0);
    expect(course.at(0.1)).toBe(0);
    expect(course.at(12) - course.at(12 - 1e-9)).toBeCloseTo(50 / 20, 6);
  });

  propTest.prop([fc.array(fc.double({ min: -5, max: 60, noNaN: true }), { minLength: 1, maxLength: 40 })])(
    "agrees with concentrationsAt at any times, in any order (same arithmetic: to 1e-13 relative)",
    (times) => {
      const course = createConcentrationCourse(SYSTEM, DOSES);
      const expected = concentrationsAt(SYSTEM, DOSES, times);
      times.forEach((time, index) => {
        const want = expected[index] as number;
        expect(Math.abs(course.at(time) - want)).toBeLessThanOrEqual(1e-13 * Math.max(1, want));
      });
    },
  );
});

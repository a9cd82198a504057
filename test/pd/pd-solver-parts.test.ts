import { describe, expect, it } from "vitest";
import { DEFAULT_PD_TOLERANCES } from "../../src/pd/index.js";
import { solveScalarOde } from "../../src/pd/solve-scalar-ode.js";
import { readTimeCourse } from "../../src/pd/time-course.js";

describe("readTimeCourse", () => {
  it("reads a finite value (the doc example) and names the caller otherwise", () => {
    expect(readTimeCourse((timeH) => 2 * timeH, 3, "simulateIndirectResponse")).toBe(6);
    expect(() => readTimeCourse(() => Number.NaN, 3, "simulateIndirectResponse")).toThrow(
      new RangeError("simulateIndirectResponse requires a finite time course, got NaN at t = 3 h"),
    );
  });
});

describe("solveScalarOde", () => {
  it("solves y' = −y with the default tolerances (the doc example)", () => {
    expect(DEFAULT_PD_TOLERANCES).toEqual({ relative: 1e-8, absolute: 1e-10 });
    expect(solveScalarOde({ derivative: (_t, y) => -y, initialValue: 1, startH: 0, outputTimesH: [1] })[0]).toBeCloseTo(0.36787944, 8);
  });

  it("restarts at break points, so a step input is integrated exactly; break points outside are ignored", () => {
    // y' = 1 before 1.3 h and 0 after: y(3) = 1.3.
    const got = solveScalarOde({ derivative: (timeH) => (timeH < 1.3 ? 1 : 0), initialValue: 0, startH: 0, outputTimesH: [3], breakpointsH: [-1, 0, 1.3, 7] });
    expect(got[0]).toBeCloseTo(1.3, 12);
  });
});

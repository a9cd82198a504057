import { describe, expect, it } from "vitest";
import { solveOde, type OdeRightHandSide, type SolveOdeOptions } from "../../src/ode/index.js";

const decay: OdeRightHandSide = (_timeH, state, derivative) => {
  derivative[0] = -state[0]!;
};
const base: SolveOdeOptions = { rhs: decay, initialState: new Float64Array([1]), startH: 0, outputTimesH: [1], tolerances: { relative: 1e-8, absolute: 1e-10 } };

describe("solveOde errors (RangeErrors naming solveOde, asserted verbatim)", () => {
  it("refuses a non-finite derivative", () => {
    const logarithm: OdeRightHandSide = (_timeH, state, derivative) => {
      derivative[0] = Math.log(state[0]!);
    };
    expect(() => solveOde({ ...base, rhs: logarithm, initialState: new Float64Array([0]) })).toThrow(
      new RangeError("solveOde requires finite derivatives: the derivative of state 0 is -Infinity at t = 0 h"),
    );
  });

  it("stops after maxSteps", () => {
    expect(() => solveOde({ ...base, outputTimesH: [100], maxSteps: 5 })).toThrow(
      /^solveOde exceeded maxSteps \(5\) at t = [0-9.e-]+ h: the problem may be stiff, or maxSteps too small$/,
    );
  });

  it("reports a step size underflow at a singularity (y' = y², which blows up at t = 1)", () => {
    const square: OdeRightHandSide = (_timeH, state, derivative) => {
      derivative[0] = state[0]! * state[0]!;
    };
    expect(() => solveOde({ ...base, rhs: square, outputTimesH: [2] })).toThrow(
      /^solveOde step size underflow at t = 1\.0000\d+ h \(step [0-9.e-]+ h\): the solution may be singular there, or the tolerances too tight$/,
    );
  });

  it("checks its options", () => {
    const cases: readonly [Partial<SolveOdeOptions>, string][] = [
      [{ startH: Number.NaN }, "solveOde requires a finite startH, got NaN"],
      [{ initialState: new Float64Array([1, Infinity]) }, "solveOde requires a finite initialState, got [1, Infinity]"],
      [{ tolerances: { relative: 0, absolute: 0 } }, "solveOde requires tolerances with 0 ≤ relative < 1, a finite absolute ≥ 0, not both 0; got relative 0, absolute 0"],
      [{ tolerances: { relative: -1e-6, absolute: 1e-9 } }, "solveOde requires tolerances with 0 ≤ relative < 1, a finite absolute ≥ 0, not both 0; got relative -0.000001, absolute 1e-9"],
      [{ maxSteps: 0 }, "solveOde requires maxSteps to be a positive integer, got 0"],
      [{ outputTimesH: [Number.NaN] }, "solveOde requires finite outputTimesH, got NaN at index 0"],
      [{ startH: 1, outputTimesH: [0.5] }, "solveOde requires outputTimesH ≥ startH (1 h), got 0.5 h"],
      [{ outputTimesH: [2, 1] }, "solveOde requires non-decreasing outputTimesH: 1 h follows 2 h"],
      [{ events: [{ timeH: -1, apply: () => {} }] }, "solveOde requires every event at a finite time ≥ startH (0 h), got -1 h"],
    ];
    for (const [override, message] of cases) expect(() => solveOde({ ...base, ...override })).toThrow(new RangeError(message));
  });
});

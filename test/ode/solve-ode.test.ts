import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_STEPS, solveOde, solveOdeWithStatistics, type OdeRightHandSide, type SolveOdeOptions } from "../../src/ode/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const decay: OdeRightHandSide = (_timeH, state, derivative) => {
  derivative[0] = -state[0]!;
};
// y'' = −y as y0' = y1, y1' = −y0: y = (cos t, −sin t) from (1, 0).
const oscillator: OdeRightHandSide = (_timeH, state, derivative) => {
  derivative[0] = state[1]!;
  derivative[1] = -state[0]!;
};
const TIMES_H = [0, 0.5, 1, 2.5, 5, 7.5, 10];

function decayOptions(relative: number, overrides: Partial<SolveOdeOptions> = {}): SolveOdeOptions {
  return { rhs: decay, initialState: new Float64Array([1]), startH: 0, outputTimesH: TIMES_H, tolerances: { relative, absolute: relative * 1e-3 }, ...overrides };
}

/** Largest |got − exact| over the outputs of a one-state or two-state solve. */
function largestError(states: Float64Array, exact: (timeH: number) => readonly number[]): number {
  const stateCount = states.length / TIMES_H.length;
  let largest = 0;
  TIMES_H.forEach((timeH, row) => exact(timeH).forEach((value, column) => {
    largest = Math.max(largest, Math.abs(states[row * stateCount + column]! - value));
  }));
  return largest;
}

describe("solveOde against closed forms", () => {
  it("solves y' = −y (the doc example: e^-1 = 0.367879441171 at 1 h)", () => {
    const got = solveOde({ rhs: decay, initialState: new Float64Array([1]), startH: 0, outputTimesH: [1], tolerances: { relative: 1e-10, absolute: 1e-12 } });
    expectRelativeClose(got[0]!, Math.exp(-1), 1e-9, "y(1)");
    expect(got[0]).toBeCloseTo(0.367879441, 9);
  });

  // The global error of a 5th-order method under tolerance τ is about C·τ (C ≈ 6 here over 10 h:
  // the local errors add up); 20·τ bounds it, and each tighter tolerance must gain accuracy.
  it("has a global error that scales with the tolerance, for decay and the harmonic oscillator", () => {
    for (const [rhs, initial, exact] of [
      [decay, [1], (timeH: number) => [Math.exp(-timeH)]],
      [oscillator, [1, 0], (timeH: number) => [Math.cos(timeH), -Math.sin(timeH)]],
    ] as const) {
      let previous = Infinity;
      for (const relative of [1e-4, 1e-6, 1e-8, 1e-10]) {
        const states = solveOde({ ...decayOptions(relative), rhs, initialState: new Float64Array(initial), tolerances: { relative, absolute: relative } });
        const error = largestError(states, exact);
        expect(error, `tolerance ${relative}`).toBeLessThan(20 * relative);
        expect(error).toBeLessThan(previous / 10);
        previous = error;
      }
    }
  });

  it("reports the start state exactly, and the same values for repeated output times", () => {
    const states = solveOde(decayOptions(1e-8, { outputTimesH: [0, 0, 3, 3] }));
    expect(states[0]).toBe(1);
    expect(states[1]).toBe(1);
    expect(states[2]).toBe(states[3]);
  });

  it("returns an empty array without evaluating anything when there are no output times", () => {
    const rhs: OdeRightHandSide = () => {
      throw new Error("must not be called");
    };
    expect(solveOde({ ...decayOptions(1e-8), rhs, outputTimesH: [] })).toEqual(new Float64Array(0));
  });

  it("leaves the initial state unchanged", () => {
    const initialState = new Float64Array([2]);
    solveOde({ ...decayOptions(1e-8), initialState });
    expect(initialState).toEqual(new Float64Array([2]));
  });

  it("starts anywhere on the time axis", () => {
    const states = solveOde(decayOptions(1e-10, { startH: 100, outputTimesH: [101, 105] }));
    expectRelativeClose(states[1]!, Math.exp(-5), 1e-8, "y(105) from y(100) = 1");
  });
});

describe("solveOde output and step control", () => {
  // The doc example of solveOdeWithStatistics; the step count is the same with 1,001 outputs.
  it("does not shorten steps for output times (dense output)", () => {
    const single = solveOdeWithStatistics({ ...decayOptions(1e-6), tolerances: { relative: 1e-6, absolute: 1e-9 }, outputTimesH: [10] });
    expect(single.statistics).toEqual({ steps: 41, rejectedSteps: 0, rhsEvaluations: 248 });
    const dense = solveOdeWithStatistics({ ...decayOptions(1e-6), tolerances: { relative: 1e-6, absolute: 1e-9 }, outputTimesH: Array.from({ length: 1001 }, (_, index) => index / 100) });
    expect(dense.statistics).toEqual(single.statistics);
    expect(dense.states[1000]).toBe(single.states[0]);
    // Interpolated values are as accurate as the steps (4th-order continuous extension).
    for (let index = 0; index <= 1000; index++) expectRelativeClose(dense.states[index]!, Math.exp(-index / 100), 2e-5, `y(${index / 100})`);
  });

  it("accepts any ArrayLike of output times, such as a Float64Array", () => {
    const states = solveOde(decayOptions(1e-10, { outputTimesH: Float64Array.from([1, 2]) }));
    expectRelativeClose(states[1]!, Math.exp(-2), 1e-9, "y(2)");
  });

  it("uses 1,000,000 steps as its default budget", () => {
    expect(DEFAULT_MAX_STEPS).toBe(1_000_000);
  });
});

import { describe, expect, it } from "vitest";
import { buildRestartEvents, solveOde, type OdeEvent, type OdeRightHandSide } from "../../src/ode/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

const TOLERANCES = { relative: 1e-10, absolute: 1e-12 };
const bolus = (timeH: number, amount: number): OdeEvent => ({ timeH, apply: (state) => { state[0] = state[0]! + amount; } });
const elimination: OdeRightHandSide = (_timeH, state, derivative) => {
  derivative[0] = -0.5 * state[0]!;
};

describe("solveOde events", () => {
  it("applies an event before the output at its time (dose first) and superposes doses", () => {
    const states = solveOde({ rhs: elimination, initialState: new Float64Array(1), startH: 0, outputTimesH: [0, 1, 2, 3], events: [bolus(2, 10), bolus(0, 10)], tolerances: TOLERANCES });
    expect(states[0]).toBe(10);
    expectRelativeClose(states[1]!, 10 * Math.exp(-0.5), 1e-9, "A(1)");
    expectRelativeClose(states[2]!, 10 * Math.exp(-1) + 10, 1e-9, "A(2), including the dose at 2 h");
    expectRelativeClose(states[3]!, (10 * Math.exp(-1) + 10) * Math.exp(-0.5), 1e-9, "A(3)");
  });

  it("applies events at the same time in their given order", () => {
    const double: OdeEvent = { timeH: 1, apply: (state) => { state[0] = 2 * state[0]!; } };
    const still: OdeRightHandSide = (_timeH, _state, derivative) => {
      derivative[0] = 0;
    };
    const run = (events: readonly OdeEvent[]) => solveOde({ rhs: still, initialState: new Float64Array([1]), startH: 0, outputTimesH: [1], events, tolerances: TOLERANCES })[0];
    expect(run([bolus(1, 3), double])).toBe(8);
    expect(run([double, bolus(1, 3)])).toBe(5);
  });

  it("ignores events after the last output and applies events at the start", () => {
    const states = solveOde({ rhs: elimination, initialState: new Float64Array(1), startH: 0, outputTimesH: [0, 1], events: [bolus(0, 4), bolus(5, 1e6)], tolerances: TOLERANCES });
    expect(states[0]).toBe(4);
    expectRelativeClose(states[1]!, 4 * Math.exp(-0.5), 1e-9, "A(1)");
  });

  it("takes a tiny last step to events a few ulps apart, which is no step size underflow", () => {
    const nearH = 96 - 3e-13;
    const states = solveOde({ rhs: elimination, initialState: new Float64Array([1]), startH: 0, outputTimesH: [nearH, 96], events: [bolus(nearH, 1), bolus(96, 1)], tolerances: TOLERANCES });
    expectRelativeClose(states[1]!, states[0]! + 1, 1e-12, "A(96) = A(96 − 3e-13 h) + 1");
  });

  it("never steps across an event: no right-hand-side evaluation straddles it", () => {
    // A square-wave input on until 1 h: y' = 1 then 0. Had a step crossed 1 h, y(2) would be off.
    const seen: number[] = [];
    const input: OdeRightHandSide = (timeH, state, derivative) => {
      seen.push(timeH);
      derivative[0] = state[1]!;
      derivative[1] = 0;
    };
    const switchOff: OdeEvent = { timeH: 1, apply: (state) => { state[1] = 0; } };
    const states = solveOde({ rhs: input, initialState: new Float64Array([0, 1]), startH: 0, outputTimesH: [2], events: [switchOff], tolerances: TOLERANCES });
    expect(states[0]).toBeCloseTo(1, 14);
    expect(seen).toContain(1);
  });

  it("evaluates the right-hand side on [start, end) of a segment: an input jumping at an event enters by its left limit", () => {
    // y' = u(t), u = 1 before 2 h and 5 from 2 h (right-continuous, as C(t) with a bolus at 2 h).
    const input: OdeRightHandSide = (timeH, _state, derivative) => {
      derivative[0] = timeH < 2 ? 1 : 5;
    };
    const states = solveOde({ rhs: input, initialState: new Float64Array(1), startH: 0, outputTimesH: [2, 3], events: buildRestartEvents([2]), tolerances: TOLERANCES });
    expect(states[0]).toBeCloseTo(2, 13);
    expect(states[1]).toBeCloseTo(7, 13);
  });

  it("builds restart events that leave the state unchanged (the doc example)", () => {
    const events = buildRestartEvents([0, 12]);
    expect(events.map((event) => event.timeH)).toEqual([0, 12]);
    const state = new Float64Array([3]);
    events[0]!.apply(state);
    expect(state).toEqual(new Float64Array([3]));
    // absolute 1e-16: e^-12 = 6e-6 is to be checked relatively, not drowned in an absolute 1e-12.
    const tolerances = { relative: 1e-10, absolute: 1e-16 };
    const states = solveOde({ rhs: elimination, initialState: new Float64Array([1]), startH: 0, outputTimesH: [24], events, tolerances });
    expectRelativeClose(states[0]!, Math.exp(-12), 1e-9, "A(24) through restarts");
  });
});

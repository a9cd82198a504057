import { describe, expect, it } from "vitest";
import { compileExpression, type ExpressionValue } from "../../src/expr/index.js";
import { bindExpression, evaluateBoundExpression } from "../../src/ode/bound-expression.js";
import { checkOdeModelNames } from "../../src/ode/check-ode-model-names.js";
import { compileOdeModel } from "../../src/ode/index.js";
import { buildOdeDoseEvents } from "../../src/ode/ode-dose-events.js";
import { buildOdeModelRightHandSide, describeOdeModelState, makeSlots } from "../../src/ode/ode-model-right-hand-side.js";
import { CASE_A_PARAMETERS, ONE_COMPARTMENT_ORAL } from "./ode-model-fixtures.js";

const NAMES = { compartments: ["depot", "central"], parameters: ["cl", "v"] };

describe("bindExpression and evaluateBoundExpression", () => {
  it("codes parameters as −(index + 1), compartments as index + 1 and t as 0 (the doc example)", () => {
    expect(bindExpression(compileExpression("cl / v * central"), NAMES, "x").sources).toEqual(Int32Array.of(-1, -2, 2));
    expect(bindExpression(compileExpression("t * depot"), NAMES, "x").sources).toEqual(Int32Array.of(0, 1));
  });

  it("refuses a variable it cannot bind", () => {
    expect(() => bindExpression(compileExpression("ka"), NAMES, "the equation of compartment \"depot\"")).toThrow(
      new RangeError('bindExpression found no value for "ka" in the equation of compartment "depot"'),
    );
  });

  it("evaluates from a frame into reused slots (the doc example: 2.8)", () => {
    const bound = bindExpression(compileExpression("cl / v * central"), NAMES, "x");
    const slots: ExpressionValue[] = makeSlots(bound);
    expect(slots.length).toBe(bound.sources.length);
    const frame = { timeH: 0, state: Float64Array.of(0, 32), parameterValues: Float64Array.of(2.8, 32) };
    expect(evaluateBoundExpression(bound, frame, slots)).toBeCloseTo(2.8, 15);
  });
});

describe("describeOdeModelState and buildOdeModelRightHandSide", () => {
  it("lays out amounts, the AUC and the infusion rates (the doc example)", () => {
    expect(describeOdeModelState(2)).toEqual({ aucIndex: 2, firstRateIndex: 3, stateCount: 5 });
  });

  it("writes each equation plus its infusion rate, the concentration as d AUC/dt, and 0 for the rates", () => {
    const rhs = buildOdeModelRightHandSide(compileOdeModel(ONE_COMPARTMENT_ORAL), CASE_A_PARAMETERS);
    const derivative = new Float64Array(5).fill(Number.NaN);
    rhs(0, Float64Array.of(100, 64, 0, 0, 10), derivative);
    expect([...derivative]).toEqual([-150, 150 - (2.8 / 32) * 64 + 10, 2, 0, 0]);
  });
});

describe("buildOdeDoseEvents", () => {
  it("makes one event per bolus (the doc example) and two per infusion", () => {
    expect(buildOdeDoseEvents([{ compartment: 0, timeH: 0, amountMg: 320 }], 2, 0).length).toBe(1);
    const [start, stop] = buildOdeDoseEvents([{ compartment: 1, timeH: 2, amountMg: 100, infusionDurationH: 4 }], 2, 0);
    expect([start?.timeH, stop?.timeH]).toEqual([2, 6]);
    const state = new Float64Array(5);
    start?.apply(state);
    expect([...state]).toEqual([0, 0, 0, 0, 25]);
    stop?.apply(state);
    expect(state[4]).toBe(0);
  });
});

describe("checkOdeModelNames", () => {
  it("reserves t (the doc example) and accepts good names", () => {
    expect(checkOdeModelNames({ ...ONE_COMPARTMENT_ORAL, parameters: ["ka", "t"] })[0]?.message).toBe('parameter name "t" is reserved for time (h)');
    expect(checkOdeModelNames(ONE_COMPARTMENT_ORAL)).toEqual([]);
  });
});

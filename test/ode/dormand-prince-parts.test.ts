import { describe, expect, it } from "vitest";
import { interpolateDenseOutput, prepareDenseOutput } from "../../src/ode/dense-output.js";
import { attemptDormandPrinceStep } from "../../src/ode/dormand-prince-step.js";
import { createDormandPrinceWorkspace, type DormandPrinceWorkspace } from "../../src/ode/dormand-prince-workspace.js";
import { evaluateDerivative } from "../../src/ode/evaluate-derivative.js";
import { chooseInitialStepH } from "../../src/ode/initial-step-size.js";
import type { OdeRightHandSide } from "../../src/ode/index.js";
import { measureScaledError } from "../../src/ode/scaled-error-norm.js";
import { chooseStepSizeFactor, MAX_STEP_FACTOR, MIN_STEP_FACTOR, STEP_SAFETY } from "../../src/ode/step-size-factor.js";

const decay: OdeRightHandSide = (_timeH, state, derivative) => {
  derivative[0] = -state[0]!;
};
const TOLERANCES = { relative: 1e-6, absolute: 1e-6 };

/** A workspace for y' = −y at y(0) = 1 with k1 = f(0, y) in place, as a (re)start leaves it. */
function startedWorkspace(): DormandPrinceWorkspace {
  const workspace = createDormandPrinceWorkspace(decay, new Float64Array([1]), TOLERANCES);
  workspace.stage.set(workspace.state);
  evaluateDerivative(workspace, 0, workspace.k1);
  return workspace;
}

describe("createDormandPrinceWorkspace", () => {
  it("copies the initial state (the doc example) and allocates the stages", () => {
    const initial = new Float64Array([1, 2]);
    const workspace = createDormandPrinceWorkspace(decay, initial, TOLERANCES);
    expect(workspace.state).toEqual(new Float64Array([1, 2]));
    expect(workspace.state).not.toBe(initial);
    expect([workspace.k1, workspace.k7, workspace.proposal, ...workspace.dense].every((vector) => vector.length === 2)).toBe(true);
    expect(workspace.rhsEvaluations).toBe(0);
  });
});

describe("evaluateDerivative", () => {
  it("evaluates f at the stage and counts it (the doc example)", () => {
    const workspace = createDormandPrinceWorkspace(decay, new Float64Array([2]), TOLERANCES);
    workspace.stage.set(workspace.state);
    evaluateDerivative(workspace, 0, workspace.k1);
    expect(workspace.k1).toEqual(new Float64Array([-2]));
    expect(workspace.rhsEvaluations).toBe(1);
  });

  it("refuses NaN, naming the state and time", () => {
    const workspace = createDormandPrinceWorkspace((_t, _y, d) => { d[1] = Number.NaN; }, new Float64Array(2), TOLERANCES);
    expect(() => evaluateDerivative(workspace, 3, workspace.k1)).toThrow(
      new RangeError("solveOde requires finite derivatives: the derivative of state 1 is NaN at t = 3 h"),
    );
  });
});

describe("attemptDormandPrinceStep", () => {
  it("takes a 5th-order step with its error norm (the doc example)", () => {
    const workspace = startedWorkspace();
    const errorNorm = attemptDormandPrinceStep(workspace, 0, 0.1);
    expect(errorNorm).toBeCloseTo(0.0042, 4);
    expect(workspace.proposal[0]).toBeCloseTo(0.9048374183, 10);
    expect(workspace.state[0]).toBe(1);
    // Local error of order 5: the true error e^-0.1 − y1 is 3e-10, the estimate 8e-9 (the 4th-order one's).
    expect(Math.abs(workspace.proposal[0]! - Math.exp(-0.1))).toBeLessThan(5e-10);
    expect(workspace.k7[0]).toBe(-workspace.proposal[0]!);
    expect(workspace.rhsEvaluations).toBe(7);
  });

  it("has local errors that shrink as h^5 (the 4th-order estimate)", () => {
    const norms = [0.2, 0.1].map((stepH) => attemptDormandPrinceStep(startedWorkspace(), 0, stepH));
    expect(Math.log2(norms[0]! / norms[1]!)).toBeCloseTo(5, 0);
  });
});

describe("measureScaledError", () => {
  it("is the largest |err| over its allowance (the doc example: half of it gives 0.5)", () => {
    const workspace = createDormandPrinceWorkspace(decay, new Float64Array([1, 100]), { relative: 1e-3, absolute: 1e-3 });
    workspace.proposal.set([1, 100]);
    // Allowances 2e-3 and 0.101; errors 1e-3 and 0.0101.
    workspace.stage.set([1e-3, 0.0101]);
    expect(measureScaledError(workspace)).toBeCloseTo(0.5, 14);
  });

  it("counts a zero error as 0 even where the allowance is 0, and gives NaN for a NaN error", () => {
    const workspace = createDormandPrinceWorkspace(decay, new Float64Array(2), { relative: 1e-3, absolute: 0 });
    expect(measureScaledError(workspace)).toBe(0);
    workspace.stage.set([Number.NaN, 1]);
    expect(measureScaledError(workspace)).toBeNaN();
  });
});

describe("chooseStepSizeFactor", () => {
  it("is 0.9 at an error norm of 1 (the doc example) and follows 0.9·err^(-1/5)", () => {
    expect(chooseStepSizeFactor(1, MAX_STEP_FACTOR)).toBe(STEP_SAFETY);
    expect(chooseStepSizeFactor(1 / 32, MAX_STEP_FACTOR)).toBeCloseTo(1.8, 14);
  });

  it("is clamped, at most 1 after a rejection, and safe at 0 and NaN", () => {
    expect(chooseStepSizeFactor(0, MAX_STEP_FACTOR)).toBe(MAX_STEP_FACTOR);
    expect(chooseStepSizeFactor(1e-30, MAX_STEP_FACTOR)).toBe(MAX_STEP_FACTOR);
    expect(chooseStepSizeFactor(1e-30, 1)).toBe(1);
    expect(chooseStepSizeFactor(1e30, MAX_STEP_FACTOR)).toBe(MIN_STEP_FACTOR);
    expect(chooseStepSizeFactor(Number.NaN, MAX_STEP_FACTOR)).toBe(MIN_STEP_FACTOR);
  });
});

describe("chooseInitialStepH", () => {
  it("picks h with h^5·‖f‖ ≈ 0.01 in scaled units (the doc example)", () => {
    expect(chooseInitialStepH(startedWorkspace(), 0, 24)).toBeCloseTo(0.0289, 4);
  });

  it("never exceeds the segment, and starts at 1e-6 h from an all-zero state", () => {
    expect(chooseInitialStepH(startedWorkspace(), 0, 0.001)).toBe(0.001);
    const still = createDormandPrinceWorkspace((_t, _y, d) => { d[0] = 0; }, new Float64Array(1), TOLERANCES);
    expect(chooseInitialStepH(still, 0, 24)).toBe(1e-6);
  });
});

describe("dense output", () => {
  it("interpolates inside a step to its local accuracy (the doc example)", () => {
    const workspace = startedWorkspace();
    attemptDormandPrinceStep(workspace, 0, 0.1);
    prepareDenseOutput(workspace, 0.1);
    interpolateDenseOutput(workspace, 0.5);
    expect(workspace.stage[0]).toBeCloseTo(0.951229421, 9);
    expect(Math.abs(workspace.stage[0]! - Math.exp(-0.05))).toBeLessThan(5e-9);
  });

  it("reproduces both ends of the step", () => {
    const workspace = startedWorkspace();
    attemptDormandPrinceStep(workspace, 0, 0.1);
    prepareDenseOutput(workspace, 0.1);
    interpolateDenseOutput(workspace, 0);
    expect(workspace.stage[0]).toBe(1);
    interpolateDenseOutput(workspace, 1);
    expect(workspace.stage[0]).toBeCloseTo(workspace.proposal[0]!, 15);
  });
});

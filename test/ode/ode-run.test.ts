import { describe, expect, it } from "vitest";
import { createDormandPrinceWorkspace } from "../../src/ode/dormand-prince-workspace.js";
import { integrateSegment } from "../../src/ode/integrate-segment.js";
import { reportOutputsAtCurrentTime, type OdeRun } from "../../src/ode/ode-run.js";

function decayRun(outputTimesH: readonly number[]): OdeRun {
  const workspace = createDormandPrinceWorkspace((_t, y, d) => { d[0] = -y[0]!; }, new Float64Array([1]), { relative: 1e-10, absolute: 1e-12 });
  return { workspace, outputTimesH, outputs: new Float64Array(outputTimesH.length), outputIndex: 0, timeH: 0, stepCount: 0, rejectedCount: 0, maxSteps: 10_000 };
}

describe("integrateSegment", () => {
  it("lands exactly on the segment end with y there (the doc example), reporting outputs before it", () => {
    const run = decayRun([6, 12]);
    integrateSegment(run, 12);
    expect(run.timeH).toBe(12);
    // Absolute tolerance 1e-12: the error is a few 1e-13 on e^-12 = 6e-6.
    expect(run.workspace.state[0]).toBeCloseTo(Math.exp(-12), 12);
    expect(run.outputIndex).toBe(1);
    expect(run.outputs[0]).toBeCloseTo(Math.exp(-6), 12);
  });
});

describe("reportOutputsAtCurrentTime", () => {
  it("copies the state for outputs at the current time and counts what remains (0 at the end: the doc example)", () => {
    const run = decayRun([0, 0, 1]);
    expect(reportOutputsAtCurrentTime(run)).toBe(1);
    expect([...run.outputs]).toEqual([1, 1, 0]);
    integrateSegment(run, 1);
    expect(reportOutputsAtCurrentTime(run)).toBe(0);
  });
});

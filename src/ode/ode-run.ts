import type { DormandPrinceWorkspace } from "./dormand-prince-workspace.js";

/** The mutable progress of one solveOde call: where it is, what it has reported, what it spent. */
export interface OdeRun {
  readonly workspace: DormandPrinceWorkspace;
  readonly outputTimesH: ArrayLike<number>;
  /** Row-major outputs × states. */
  readonly outputs: Float64Array;
  /** Index of the next output time to report. */
  outputIndex: number;
  /** Time of workspace.state, h. */
  timeH: number;
  /** Steps tried so far (accepted and rejected). */
  stepCount: number;
  /** Steps rejected by the error control so far. */
  rejectedCount: number;
  readonly maxSteps: number;
}

/**
 * Copies the current state into every output row whose time is ≤ run.timeH (those equal to it,
 * since earlier ones are already reported), and returns how many remain.
 *
 * @example reportOutputsAtCurrentTime(run) // 0 once the last output time is reached
 */
export function reportOutputsAtCurrentTime(run: OdeRun): number {
  const { outputTimesH, outputs, workspace } = run;
  const stateCount = workspace.state.length;
  while (run.outputIndex < outputTimesH.length && outputTimesH[run.outputIndex]! <= run.timeH) {
    outputs.set(workspace.state, run.outputIndex * stateCount);
    run.outputIndex++;
  }
  return outputTimesH.length - run.outputIndex;
}

import { prepareDenseOutput, interpolateDenseOutput } from "./dense-output.js";
import { attemptDormandPrinceStep } from "./dormand-prince-step.js";
import { evaluateDerivative } from "./evaluate-derivative.js";
import { chooseInitialStepH } from "./initial-step-size.js";
import type { OdeRun } from "./ode-run.js";
import { previousDouble } from "./previous-double.js";
import { chooseStepSizeFactor, MAX_STEP_FACTOR } from "./step-size-factor.js";

/**
 * Integrates from run.timeH to endH with no discontinuity in between, reporting through the
 * dense output every output time strictly before endH (outputs at endH are reported by the
 * caller, after any event at endH). A fresh start: k1 and the first step are computed anew, as
 * after a dose the solution's derivatives jump. The last step is stretched or cut to land on
 * endH exactly (Hairer's 1.01 rule), so no event is ever stepped across; its last stages see
 * time as the double just below endH, so the right-hand side is evaluated on [start, endH)
 * and a time course that jumps at endH (C(t) including a bolus given at endH) enters through
 * its left limit.
 *
 * Reference: Hairer, Nørsett & Wanner, Solving ODEs I, §II.4 (step size control).
 *
 * @param endH end of the segment, h (> run.timeH)
 * @example integrateSegment(run, 12) // run.timeH is then exactly 12 and run.workspace.state is y(12)
 */
export function integrateSegment(run: OdeRun, endH: number): void {
  const workspace = run.workspace;
  workspace.stage.set(workspace.state);
  evaluateDerivative(workspace, run.timeH, workspace.k1);
  let stepH = chooseInitialStepH(workspace, run.timeH, endH - run.timeH);
  let largestFactor = MAX_STEP_FACTOR;
  while (run.timeH < endH) {
    const isLast = run.timeH + 1.01 * stepH >= endH;
    const tryH = isLast ? endH - run.timeH : stepH;
    checkStepBudget(run, isLast ? Infinity : tryH);
    workspace.stageEndH = isLast ? previousDouble(endH) : run.timeH + tryH;
    const errorNorm = attemptDormandPrinceStep(workspace, run.timeH, tryH);
    stepH = tryH * chooseStepSizeFactor(errorNorm, largestFactor);
    if (errorNorm <= 1) {
      acceptStep(run, tryH, isLast ? endH : run.timeH + tryH);
      largestFactor = MAX_STEP_FACTOR;
    } else {
      largestFactor = 1;
      run.rejectedCount++;
    }
  }
}

/** Reports the outputs inside the accepted step, then advances the state (FSAL: k1 ← k7). */
function acceptStep(run: OdeRun, stepH: number, newTimeH: number): void {
  const { workspace, outputTimesH, outputs } = run;
  const stateCount = workspace.state.length;
  const startH = run.timeH;
  let prepared = false;
  // Strictly before newTimeH: an output at the step's end is copied from the state below.
  while (run.outputIndex < outputTimesH.length && outputTimesH[run.outputIndex]! < newTimeH) {
    if (!prepared) prepareDenseOutput(workspace, stepH);
    prepared = true;
    interpolateDenseOutput(workspace, (outputTimesH[run.outputIndex]! - startH) / stepH);
    outputs.set(workspace.stage, run.outputIndex * stateCount);
    run.outputIndex++;
  }
  workspace.state.set(workspace.proposal);
  const previousFirst = workspace.k1;
  workspace.k1 = workspace.k7;
  workspace.k7 = previousFirst;
  run.timeH = newTimeH;
}

/**
 * RangeErrors for a run out of steps, or a step the error control made too small to advance
 * time in floating point. A last step cut to the segment end may be tiny (two events a few ulps
 * apart) and is not checked: the caller passes Infinity for it.
 */
function checkStepBudget(run: OdeRun, stepH: number): void {
  run.stepCount++;
  if (run.stepCount > run.maxSteps) {
    throw new RangeError(`solveOde exceeded maxSteps (${run.maxSteps}) at t = ${run.timeH} h: the problem may be stiff, or maxSteps too small`);
  }
  if (!(stepH > 16 * Number.EPSILON * Math.abs(run.timeH)) || !(stepH > 0)) {
    throw new RangeError(`solveOde step size underflow at t = ${run.timeH} h (step ${stepH} h): the solution may be singular there, or the tolerances too tight`);
  }
}

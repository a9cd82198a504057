import type { SolveOdeOptions } from "./ode-problem.js";

/**
 * Throws a RangeError naming solveOde for the first invalid option: a non-finite start or
 * initial state, tolerances outside [0, 1) or both 0, output times that are not finite, fall
 * before startH or decrease, an event that is not finite or falls before startH, or a maxSteps
 * that is not a positive integer.
 *
 * @example assertSolveOdeOptions({ ...options, outputTimesH: [2, 1] }) // RangeError: solveOde requires non-decreasing outputTimesH: 1 h follows 2 h
 */
export function assertSolveOdeOptions(options: SolveOdeOptions): void {
  const { startH, initialState, tolerances, maxSteps } = options;
  if (!Number.isFinite(startH)) throw new RangeError(`solveOde requires a finite startH, got ${startH}`);
  if (!initialState.every(Number.isFinite)) throw new RangeError(`solveOde requires a finite initialState, got [${initialState.join(", ")}]`);
  const { relative, absolute } = tolerances;
  if (!(relative >= 0 && relative < 1 && absolute >= 0 && Number.isFinite(absolute)) || relative + absolute === 0) {
    throw new RangeError(`solveOde requires tolerances with 0 ≤ relative < 1, a finite absolute ≥ 0, not both 0; got relative ${relative}, absolute ${absolute}`);
  }
  if (maxSteps !== undefined && !(Number.isInteger(maxSteps) && maxSteps > 0)) {
    throw new RangeError(`solveOde requires maxSteps to be a positive integer, got ${maxSteps}`);
  }
  assertOutputTimes(options.outputTimesH, startH);
  for (const event of options.events ?? []) {
    if (!(Number.isFinite(event.timeH) && event.timeH >= startH)) {
      throw new RangeError(`solveOde requires every event at a finite time ≥ startH (${startH} h), got ${event.timeH} h`);
    }
  }
}

function assertOutputTimes(outputTimesH: ArrayLike<number>, startH: number): void {
  let previousH = startH;
  for (let index = 0; index < outputTimesH.length; index++) {
    const timeH = outputTimesH[index]!;
    if (!Number.isFinite(timeH)) throw new RangeError(`solveOde requires finite outputTimesH, got ${timeH} at index ${index}`);
    if (timeH < startH) throw new RangeError(`solveOde requires outputTimesH ≥ startH (${startH} h), got ${timeH} h`);
    if (timeH < previousH) throw new RangeError(`solveOde requires non-decreasing outputTimesH: ${timeH} h follows ${previousH} h`);
    previousH = timeH;
  }
}

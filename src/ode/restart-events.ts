import type { OdeEvent } from "./ode-problem.js";

const LEAVE_STATE = (): void => {};

/**
 * Events that change nothing but make the solver stop and restart at each time: for kinks or
 * jumps of an input the right-hand side reads (a concentration driving a PD model has a kink at
 * every oral dose and a jump at every bolus), which a step must not straddle.
 *
 * @param timesH the break points, h
 * @example buildRestartEvents([0, 12]).map((event) => event.timeH) // [0, 12]
 */
export function buildRestartEvents(timesH: readonly number[]): readonly OdeEvent[] {
  return timesH.map((timeH) => ({ timeH, apply: LEAVE_STATE }));
}

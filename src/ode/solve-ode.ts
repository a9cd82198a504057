import { assertSolveOdeOptions } from "./assert-solve-ode-options.js";
import { createDormandPrinceWorkspace } from "./dormand-prince-workspace.js";
import { integrateSegment } from "./integrate-segment.js";
import { DEFAULT_MAX_STEPS, type OdeEvent, type SolveOdeOptions } from "./ode-problem.js";
import { reportOutputsAtCurrentTime, type OdeRun } from "./ode-run.js";

/** What a solve costs, for benchmarks and tests of the step control. */
export interface OdeSolveStatistics {
  /** Steps tried, accepted and rejected. */
  readonly steps: number;
  /** Of those, the steps the error control rejected. */
  readonly rejectedSteps: number;
  readonly rhsEvaluations: number;
}

/**
 * Solves y' = f(t, y) from startH with the adaptive Dormand–Prince 5(4) method and returns y at
 * each output time, row-major (outputs × states). Events split the time axis into segments: at
 * each event time the solver stops exactly, applies the events at that time in their given
 * order, reports outputs at that time (dose first), and restarts; no step crosses an event.
 * Output times are served by the dense output and never shorten a step.
 *
 * Reference: Hairer, Nørsett & Wanner, Solving ODEs I, 2nd ed., §II.4–II.6 (DOPRI5); the same
 * tableau as MATLAB ode45 and deSolve's "ode45".
 *
 * @example solveOde({ rhs: (_t, y, dy) => { dy[0] = -y[0]!; }, initialState: new Float64Array([1]), startH: 0,
 *   outputTimesH: [1], tolerances: { relative: 1e-10, absolute: 1e-12 } })[0] // 0.367879441 (e^-1)
 */
export function solveOde(options: SolveOdeOptions): Float64Array {
  return solveOdeWithStatistics(options).states;
}

/**
 * solveOde, also returning the number of steps and right-hand-side evaluations it took.
 *
 * @example solveOdeWithStatistics({ rhs: (_t, y, dy) => { dy[0] = -y[0]!; }, initialState: new Float64Array([1]),
 *   startH: 0, outputTimesH: [10], tolerances: { relative: 1e-6, absolute: 1e-9 } }).statistics // { steps: 41, rejectedSteps: 0, rhsEvaluations: 248 }
 */
export function solveOdeWithStatistics(options: SolveOdeOptions): { readonly states: Float64Array; readonly statistics: OdeSolveStatistics } {
  assertSolveOdeOptions(options);
  const events = sortEvents(options.events ?? []);
  const workspace = createDormandPrinceWorkspace(options.rhs, options.initialState, options.tolerances);
  const outputCount = options.outputTimesH.length;
  const run: OdeRun = {
    workspace,
    outputTimesH: options.outputTimesH,
    outputs: new Float64Array(outputCount * options.initialState.length),
    outputIndex: 0,
    timeH: options.startH,
    stepCount: 0,
    rejectedCount: 0,
    maxSteps: options.maxSteps ?? DEFAULT_MAX_STEPS,
  };
  const lastOutputH = outputCount === 0 ? options.startH : options.outputTimesH[outputCount - 1]!;
  let eventIndex = 0;
  for (;;) {
    for (; eventIndex < events.length && events[eventIndex]!.timeH <= run.timeH; eventIndex++) {
      events[eventIndex]!.apply(workspace.state);
    }
    if (reportOutputsAtCurrentTime(run) === 0) break;
    integrateSegment(run, Math.min(events[eventIndex]?.timeH ?? Infinity, lastOutputH));
  }
  return { states: run.outputs, statistics: { steps: run.stepCount, rejectedSteps: run.rejectedCount, rhsEvaluations: workspace.rhsEvaluations } };
}

/** A copy sorted by time; Array.prototype.sort is stable, so same-time events keep their order. */
function sortEvents(events: readonly OdeEvent[]): readonly OdeEvent[] {
  return [...events].sort((first, second) => first.timeH - second.timeH);
}

import { buildRestartEvents, solveOde, type OdeTolerances } from "../ode/index.js";

/**
 * Default tolerances of the PD simulations: relative 1e-8 keeps the solver's error far below
 * any PD model's own uncertainty; absolute 1e-10 in the state's unit (mg/L, response units).
 */
export const DEFAULT_PD_TOLERANCES: OdeTolerances = Object.freeze({ relative: 1e-8, absolute: 1e-10 });

/** Options of solveScalarOde. */
export interface ScalarOdeOptions {
  /** dy/dt at (timeH, y). */
  readonly derivative: (timeH: number, value: number) => number;
  readonly initialValue: number;
  readonly startH: number;
  /** Non-decreasing times ≥ startH, h. */
  readonly outputTimesH: ArrayLike<number>;
  /** Times where the input jumps or has a kink (dose times): the solver restarts there. */
  readonly breakpointsH?: readonly number[];
  /** DEFAULT_PD_TOLERANCES if omitted. */
  readonly tolerances?: OdeTolerances;
}

/**
 * Solves a one-state ODE driven by a time course (a concentration) with solveOde
 * (Dormand–Prince 5(4)), restarting at each break point so that no step straddles a kink or
 * jump of the input: without them, error control still works but wastes steps at every dose.
 * Break points outside (startH, last output] are ignored.
 *
 * Reference: Hairer, Nørsett & Wanner, Solving ODEs I, §II.4–II.6.
 *
 * @example solveScalarOde({ derivative: (_t, y) => -y, initialValue: 1, startH: 0, outputTimesH: [1] })[0] // 0.36787944 (e^-1)
 */
export function solveScalarOde(options: ScalarOdeOptions): Float64Array {
  const { derivative, startH, outputTimesH } = options;
  const lastH = outputTimesH.length === 0 ? startH : outputTimesH[outputTimesH.length - 1]!;
  const breakpointsH = (options.breakpointsH ?? []).filter((timeH) => timeH > startH && timeH <= lastH);
  return solveOde({
    rhs: (timeH, state, rate) => {
      rate[0] = derivative(timeH, state[0]!);
    },
    initialState: Float64Array.of(options.initialValue),
    startH,
    outputTimesH,
    events: buildRestartEvents(breakpointsH),
    tolerances: options.tolerances ?? DEFAULT_PD_TOLERANCES,
  });
}

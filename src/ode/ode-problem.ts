/**
 * The right-hand side f of y' = f(t, y): writes f(timeH, state) into `derivative` and returns
 * nothing, so the solver can reuse its arrays and allocate nothing per step. It must not keep or
 * change `state`. Time is in hours; the state's units are the caller's (amounts in mg for PK).
 */
export type OdeRightHandSide = (timeH: number, state: Float64Array, derivative: Float64Array) => void;

/**
 * Error tolerances of the adaptive solver: a step is accepted when every component's local error
 * estimate is at most `absolute + relative · max(|y_old|, |y_new|)` (a max norm, as MATLAB
 * ode45; Hairer's DOPRI5 uses the RMS norm, which is looser by up to √n).
 */
export interface OdeTolerances {
  /** Relative tolerance (> 0), e.g. 1e-8. */
  readonly relative: number;
  /** Absolute tolerance in the state's units (≥ 0, and > 0 if a state can pass through 0). */
  readonly absolute: number;
}

/**
 * A discontinuity at `timeH`: the solver stops there, calls `apply(state)` (which changes the
 * state in place, e.g. adds a bolus to a compartment or switches an infusion rate held in a
 * state of zero derivative) and restarts. Events at the same time run in the order given, and
 * before the output at that time ("dose first").
 */
export interface OdeEvent {
  readonly timeH: number;
  readonly apply: (state: Float64Array) => void;
}

/** Options of solveOde. */
export interface SolveOdeOptions {
  readonly rhs: OdeRightHandSide;
  /** The state at startH (not changed: the solver works on a copy). */
  readonly initialState: Float64Array;
  readonly startH: number;
  /** Non-decreasing times ≥ startH at which the state is reported (h). */
  readonly outputTimesH: ArrayLike<number>;
  /** Discontinuities in any order (stably sorted by time); those after the last output are ignored. */
  readonly events?: readonly OdeEvent[];
  readonly tolerances: OdeTolerances;
  /** Most steps (accepted and rejected) over the whole solve; DEFAULT_MAX_STEPS if omitted. */
  readonly maxSteps?: number;
}

/** Default step budget of solveOde: far above the few thousand steps a 6-month regimen needs. */
export const DEFAULT_MAX_STEPS = 1_000_000;

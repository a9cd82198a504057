import type { OdeRightHandSide, OdeTolerances } from "./ode-problem.js";

/**
 * Every array one Dormand–Prince solve needs, allocated once so that the step loop allocates
 * nothing. `k1` and `k7` are swapped after each accepted step (first same as last, FSAL).
 */
export interface DormandPrinceWorkspace {
  readonly rhs: OdeRightHandSide;
  readonly tolerances: OdeTolerances;
  /** y at the current time. */
  readonly state: Float64Array;
  /** The 5th-order solution at the end of the step being tried. */
  readonly proposal: Float64Array;
  /** The argument of the stage being evaluated. */
  readonly stage: Float64Array;
  k1: Float64Array;
  readonly k2: Float64Array;
  readonly k3: Float64Array;
  readonly k4: Float64Array;
  readonly k5: Float64Array;
  readonly k6: Float64Array;
  k7: Float64Array;
  /** Coefficients of the continuous extension of the step just accepted (see dense-output.ts). */
  readonly dense: readonly [Float64Array, Float64Array, Float64Array, Float64Array];
  /** Right-hand-side evaluations so far. */
  rhsEvaluations: number;
  /**
   * The time at which stages 6 and 7 of the next step are evaluated: its end, or for a step
   * ending on a segment end the double just below it, so that inputs jumping there (a
   * concentration that includes a bolus given at that time) are seen as their left limits.
   */
  stageEndH: number;
}

/**
 * A workspace for `initialState.length` states, starting from a copy of `initialState`.
 *
 * @example createDormandPrinceWorkspace(() => {}, new Float64Array([1, 2]), { relative: 1e-6, absolute: 1e-9 }).state // Float64Array [1, 2]
 */
export function createDormandPrinceWorkspace(
  rhs: OdeRightHandSide,
  initialState: Float64Array,
  tolerances: OdeTolerances,
): DormandPrinceWorkspace {
  const count = initialState.length;
  const vector = (): Float64Array => new Float64Array(count);
  return {
    rhs,
    tolerances,
    state: Float64Array.from(initialState),
    proposal: vector(),
    stage: vector(),
    k1: vector(),
    k2: vector(),
    k3: vector(),
    k4: vector(),
    k5: vector(),
    k6: vector(),
    k7: vector(),
    dense: [vector(), vector(), vector(), vector()],
    rhsEvaluations: 0,
    stageEndH: 0,
  };
}

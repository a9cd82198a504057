import type { OdeTolerances } from "../ode/index.js";
import { assertIndirectResponseModel, buildIndirectResponseRate, type IndirectResponseModel } from "./indirect-response.js";
import { solveScalarOde } from "./solve-scalar-ode.js";
import { readTimeCourse, type TimeCourse } from "./time-course.js";

/** Options of simulateIndirectResponse. */
export interface IndirectResponseOptions {
  readonly model: IndirectResponseModel;
  /** R0, the patient's baseline response (endpoint unit, ≥ 0); kin = kout · R0 keeps it there without drug. */
  readonly baseline: number;
  /** Plasma concentration C(t), mg/L. */
  readonly concentrationAt: TimeCourse;
  /** Non-decreasing times ≥ startH, h. */
  readonly outputTimesH: ArrayLike<number>;
  /** Dose times (kinks or jumps of C), where the solver restarts. */
  readonly breakpointsH?: readonly number[];
  /** Time at which R = R0, h (0 if omitted). */
  readonly startH?: number;
  readonly tolerances?: OdeTolerances;
}

/**
 * The response R(t) of an indirect response model at each output time, from R(startH) = R0:
 * dR/dt = kin · production(C) − kout · loss(C) · R with kin = kout · R0 (types I–IV, see
 * buildIndirectResponseRate). Solved numerically with solveOde (Dormand–Prince 5(4)),
 * restarting at the break points. Time in hours.
 *
 * Reference: Dayneka, N. L., Garg, V. & Jusko, W. J. (1993) Comparison of four basic models
 * of indirect pharmacodynamic responses. J Pharmacokinet Biopharm 21, 457–478.
 *
 * @example simulateIndirectResponse({ model: { kind: "inhibition-of-production", kOutPerH: 0.2, imax: 0.8, ic50MgPerL: 5 },
 *   baseline: 10, concentrationAt: () => 5, outputTimesH: [100] })[0] // 6.0000 (Rss = R0 · (1 − 0.4))
 */
export function simulateIndirectResponse(options: IndirectResponseOptions): Float64Array {
  const { model, baseline, concentrationAt } = options;
  assertIndirectResponseModel(model, "simulateIndirectResponse");
  if (!(baseline >= 0 && Number.isFinite(baseline))) throw new RangeError(`simulateIndirectResponse requires a finite baseline ≥ 0, got ${baseline}`);
  const rate = buildIndirectResponseRate(model, baseline);
  return solveScalarOde({
    derivative: (timeH, response) => rate(readTimeCourse(concentrationAt, timeH, "simulateIndirectResponse"), response),
    initialValue: baseline,
    startH: options.startH ?? 0,
    outputTimesH: options.outputTimesH,
    ...(options.breakpointsH === undefined ? {} : { breakpointsH: options.breakpointsH }),
    ...(options.tolerances === undefined ? {} : { tolerances: options.tolerances }),
  });
}

import type { OdeTolerances } from "../ode/index.js";
import { computeDirectEffect, type DirectEffectModel } from "./direct-effect.js";
import { solveScalarOde } from "./solve-scalar-ode.js";
import { readTimeCourse, type TimeCourse } from "./time-course.js";

/** Options of simulateEffectSiteConcentrations. */
export interface EffectCompartmentOptions {
  /** Plasma concentration C(t), mg/L. */
  readonly concentrationAt: TimeCourse;
  /** Equilibration rate constant between plasma and effect site, 1/h (> 0). */
  readonly ke0PerH: number;
  /** Non-decreasing times ≥ startH, h. */
  readonly outputTimesH: ArrayLike<number>;
  /** Dose times (kinks or jumps of C), where the solver restarts. */
  readonly breakpointsH?: readonly number[];
  /** Time at which Ce = 0, h (0 if omitted). */
  readonly startH?: number;
  readonly tolerances?: OdeTolerances;
}

/**
 * The effect-site concentration Ce of the effect compartment (link) model,
 * dCe/dt = ke0 · (C(t) − Ce), Ce(startH) = 0, at each output time (mg/L). Solved numerically
 * (solveOde through solveScalarOde), since C is only known as a callback; the exact solution
 * Ce(t) = ke0 ∫ e^(−ke0 (t − u)) C(u) du would need C's form.
 *
 * Reference: Sheiner, L. B., Stanski, D. R., Vozeh, S., Miller, R. D. & Ham, J. (1979)
 * Simultaneous modeling of pharmacokinetics and pharmacodynamics: application to
 * d-tubocurarine. Clin Pharmacol Ther 25, 358–371.
 *
 * @example simulateEffectSiteConcentrations({ concentrationAt: () => 2, ke0PerH: 0.5, outputTimesH: [2] })[0] // 1.2642 (2 · (1 − e^-1))
 */
export function simulateEffectSiteConcentrations(options: EffectCompartmentOptions): Float64Array {
  const { concentrationAt, ke0PerH } = options;
  if (!(ke0PerH > 0 && Number.isFinite(ke0PerH))) throw new RangeError(`simulateEffectSiteConcentrations requires a finite ke0PerH > 0, got ${ke0PerH}`);
  return solveScalarOde({
    derivative: (timeH, effectSiteMgPerL) =>
      ke0PerH * (readTimeCourse(concentrationAt, timeH, "simulateEffectSiteConcentrations") - effectSiteMgPerL),
    initialValue: 0,
    startH: options.startH ?? 0,
    outputTimesH: options.outputTimesH,
    ...(options.breakpointsH === undefined ? {} : { breakpointsH: options.breakpointsH }),
    ...(options.tolerances === undefined ? {} : { tolerances: options.tolerances }),
  });
}

/**
 * The effect of a direct model acting on the effect-site concentration: Ce from
 * simulateEffectSiteConcentrations, then computeDirectEffect(model, Ce) at each output time.
 *
 * Reference: Sheiner et al. (1979), as above.
 *
 * @example simulateEffectCompartmentResponse({ concentrationAt: () => 2, ke0PerH: 0.5, outputTimesH: [2] },
 *   { kind: "emax", emax: 10, ec50: 1.2642 }).effects[0] // 5 (Ce = EC50)
 */
export function simulateEffectCompartmentResponse(
  options: EffectCompartmentOptions,
  model: DirectEffectModel,
): { readonly effectSiteMgPerL: Float64Array; readonly effects: Float64Array } {
  const effectSiteMgPerL = simulateEffectSiteConcentrations(options);
  return { effectSiteMgPerL, effects: effectSiteMgPerL.map((value) => computeDirectEffect(model, value)) };
}

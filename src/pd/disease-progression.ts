import type { OdeTolerances } from "../ode/index.js";
import { solveScalarOde } from "./solve-scalar-ode.js";
import { readTimeCourse, type TimeCourse } from "./time-course.js";

/** The natural course of a disease score S from S0 at startH; time in hours. */
export type NaturalProgression =
  | { readonly kind: "linear"; readonly baseline: number; readonly slopePerH: number }
  | { readonly kind: "exponential"; readonly baseline: number; readonly ratePerH: number };

/**
 * How the drug acts: not at all; symptomatically (an offset, S − E(t), gone when the drug is);
 * or protectively (it slows the progression rate by the fraction E: the effect accumulates and
 * persists), with E(t) as a time course or a constant.
 */
export type DiseaseDrugAction =
  | { readonly kind: "none" }
  | { readonly kind: "symptomatic"; readonly effectAt: TimeCourse }
  | { readonly kind: "protective"; readonly effectAt: TimeCourse }
  | { readonly kind: "protective-constant"; readonly effect: number };

/** Options of simulateDiseaseProgression. */
export interface DiseaseProgressionOptions {
  readonly progression: NaturalProgression;
  readonly drug: DiseaseDrugAction;
  /** Non-decreasing times ≥ startH, h. */
  readonly outputTimesH: ArrayLike<number>;
  /** Time of S = S0, h (0 if omitted). */
  readonly startH?: number;
  /** Kinks or jumps of E(t) (dose times), for the protective ODE. */
  readonly breakpointsH?: readonly number[];
  readonly tolerances?: OdeTolerances;
}

/**
 * The disease score at each output time, with τ = t − startH (h):
 * natural S(τ) = S0 + slope·τ (linear) or S0·e^(rate·τ) (exponential); symptomatic S(τ) − E(t);
 * protective S0 + slope·Λ(τ) or S0·e^(rate·Λ(τ)), where Λ(τ) = ∫ (1 − E(u)) du over the elapsed
 * time, i.e. dS/dt = slope·(1 − E) or rate·(1 − E)·S. Λ is exact, (1 − E)·τ, for a constant
 * effect, and solved with solveOde (Dormand–Prince 5(4), restarting at the break points) for
 * an effect that varies.
 *
 * Reference: Holford, N. H. G. & Peace, K. E. (1992) Methodologic aspects of a population
 * pharmacodynamic model for cognitive effects in Alzheimer patients treated with tacrine.
 * PNAS 89, 11466–11470; Mould, D. R. (2012) Models for disease progression: new approaches
 * and uses. Clin Pharmacol Ther 92, 125–131.
 *
 * @example simulateDiseaseProgression({ progression: { kind: "linear", baseline: 20, slopePerH: 0.01 },
 *   drug: { kind: "protective-constant", effect: 0.5 }, outputTimesH: [100] })[0] // 20.5
 */
export function simulateDiseaseProgression(options: DiseaseProgressionOptions): Float64Array {
  const { progression, drug, outputTimesH } = options;
  const startH = options.startH ?? 0;
  const elapsedH = Float64Array.from(outputTimesH, (timeH) => timeH - startH);
  if (!elapsedH.every((tauH) => tauH >= 0 && Number.isFinite(tauH))) throw new RangeError(`simulateDiseaseProgression requires finite outputTimesH ≥ startH (${startH} h)`);
  if (drug.kind === "protective-constant" && !Number.isFinite(drug.effect)) {
    throw new RangeError(`simulateDiseaseProgression requires a finite effect, got ${drug.effect}`);
  }
  if (drug.kind === "none") return elapsedH.map((tauH) => followNaturalCourse(progression, tauH));
  if (drug.kind === "symptomatic") {
    return elapsedH.map((tauH, index) => followNaturalCourse(progression, tauH) - readTimeCourse(drug.effectAt, outputTimesH[index]!, "simulateDiseaseProgression"));
  }
  const unprotectedH =
    drug.kind === "protective-constant"
      ? elapsedH.map((tauH) => (1 - drug.effect) * tauH)
      : solveScalarOde({
          derivative: (timeH) => 1 - readTimeCourse(drug.effectAt, timeH, "simulateDiseaseProgression"),
          initialValue: 0,
          startH,
          outputTimesH,
          ...(options.breakpointsH === undefined ? {} : { breakpointsH: options.breakpointsH }),
          ...(options.tolerances === undefined ? {} : { tolerances: options.tolerances }),
        });
  return unprotectedH.map((lambdaH) => followNaturalCourse(progression, lambdaH));
}

/**
 * S0 + slope · τ or S0 · e^(rate · τ): the natural course after τ hours (or, for a protective
 * drug, after the "unprotected time" Λ).
 *
 * @example followNaturalCourse({ kind: "exponential", baseline: 10, ratePerH: Math.log(2) / 24 }, 48) // 40
 */
export function followNaturalCourse(progression: NaturalProgression, elapsedH: number): number {
  return progression.kind === "linear"
    ? progression.baseline + progression.slopePerH * elapsedH
    : progression.baseline * Math.exp(progression.ratePerH * elapsedH);
}

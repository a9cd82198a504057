import { betaQuantile } from "../stats/index.js";
import type { Rng } from "../rng/index.js";

/** How patients take their doses. */
export type AdherenceModel =
  | { readonly kind: "full" }
  /** Every scheduled dose is missed with the same probability. */
  | { readonly kind: "constant"; readonly missProbability: number }
  /** Each patient takes doses with its own probability, drawn from Beta(mean·κ, (1 − mean)·κ). */
  | { readonly kind: "beta"; readonly meanTaken: number; readonly concentration: number };

/** A patient's adherence draws: the chance to take a dose and one uniform per scheduled dose. */
export interface PatientAdherence {
  readonly takeProbability: number;
  /** Dose k is taken when uniforms[k] < takeProbability. */
  readonly uniforms: Float64Array;
}

function takeProbability(model: AdherenceModel, uniform: number): number {
  if (model.kind === "full") return 1;
  if (model.kind === "constant") return 1 - model.missProbability;
  return betaQuantile(uniform, model.meanTaken * model.concentration, (1 - model.meanTaken) * model.concentration);
}

/**
 * Draws one patient's adherence: a uniform for the patient-level probability of taking a
 * dose (a Beta draw by inversion, or the constant), then `scheduleLength` uniforms, one per
 * scheduled dose. The count is the longest schedule of any arm, so a patient's draws are
 * the same whatever arm it is simulated in (the twin misses the doses its patient misses).
 *
 * @param scheduleLength doses of the longest regimen in the trial
 */
export function drawAdherence(rng: Rng, model: AdherenceModel, scheduleLength: number): PatientAdherence {
  const probability = takeProbability(model, rng.next());
  const uniforms = new Float64Array(scheduleLength);
  for (let dose = 0; dose < scheduleLength; dose++) uniforms[dose] = rng.next();
  return { takeProbability: probability, uniforms };
}

/**
 * Whether scheduled dose `index` is taken.
 *
 * @example isDoseTaken({ takeProbability: 0.9, uniforms: Float64Array.from([0.95, 0.1]) }, 0) // false
 */
export function isDoseTaken(adherence: PatientAdherence | undefined, index: number): boolean {
  if (adherence === undefined) return true;
  return (adherence.uniforms[index] ?? 0) < adherence.takeProbability;
}

import type { VirtualPopulation } from "../population/index.js";
import type { LinearCovariate } from "../spec/schema.js";

/**
 * Σ coefficient · (x − reference) over an endpoint's covariate terms for one patient, x
 * possibly log-transformed: the covariate part of a log-odds, log hazard or log rate.
 *
 * @example linearPredictor([{ column: "age", coefficient: 0.02, reference: 50, transform: "none" }], population, 0) // 0.2 for age 60
 */
export function linearPredictor(terms: readonly LinearCovariate[], population: VirtualPopulation, patient: number): number {
  let sum = 0;
  for (const term of terms) {
    const raw = population.numeric.get(term.column)?.[patient] ?? Number.NaN;
    const value = term.transform === "log" ? Math.log(raw) : raw;
    sum += term.coefficient * (value - term.reference);
  }
  return sum;
}

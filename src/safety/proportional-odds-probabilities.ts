import { proportionalOddsExceedance, type ProportionalOddsModel } from "./proportional-odds-exceedance.js";

/**
 * P(grade = g | event) for g = 1, …, K under a proportional-odds model:
 * P(grade ≥ g) − P(grade ≥ g + 1) with P(grade ≥ 1) = 1 and P(grade ≥ K + 1) = 0, where
 * P(grade ≥ g) = logistic(θ_g + β·x). In R: −diff(c(1, plogis(theta + beta * x), 0)), or with
 * MASS::polr's cutpoints ζ = −θ, diff(c(0, plogis(zeta − beta * x), 1)).
 *
 * Reference: McCullagh (1980), Regression models for ordinal data, JRSS B 42, 109–142;
 * Venables & Ripley (2002), Modern Applied Statistics with S, §7.3 (polr).
 *
 * @param model intercepts θ₂…θ_K (non-increasing) and slope β
 * @param exposure the exposure metric x (finite)
 * @returns Float64Array of K probabilities ≥ 0, index 0 for grade 1
 * @example proportionalOddsProbabilities({ intercepts: [0, -Infinity], slope: 1 }, 0) // [0.5, 0.5, 0]
 */
export function proportionalOddsProbabilities(model: ProportionalOddsModel, exposure: number): Float64Array {
  const exceedance = proportionalOddsExceedance(model, exposure, "proportionalOddsProbabilities");
  const probabilities = new Float64Array(exceedance.length + 1);
  let atLeast = 1;
  for (let index = 0; index < exceedance.length; index++) {
    const next = exceedance[index] as number;
    probabilities[index] = atLeast - next;
    atLeast = next;
  }
  probabilities[exceedance.length] = atLeast;
  return probabilities;
}

import { proportionalOddsExceedance, type ProportionalOddsModel } from "./proportional-odds-exceedance.js";

/**
 * The CTCAE grade of an event under a proportional-odds model, by inversion of one uniform:
 * grade = 1 + #{g ≥ 2 : u < P(grade ≥ g)}, with P(grade ≥ g) = logistic(θ_g + β·x). So
 * P(grade = g) is the length of [P(grade ≥ g + 1), P(grade ≥ g)), proportionalOddsProbabilities;
 * a smaller u gives a higher grade, and for β > 0 the grade of a fixed u never falls as the
 * exposure rises (common random numbers across arms give ordered grades).
 *
 * Reference: McCullagh (1980), Regression models for ordinal data, JRSS B 42, 109–142;
 * Devroye (1986), Non-Uniform Random Variate Generation, §III.2 (inversion, discrete case).
 *
 * @param uniform a draw in (0, 1)
 * @param model intercepts θ₂…θ_K (non-increasing, 1 to 4 of them) and slope β
 * @param exposure the exposure metric x (finite)
 * @returns the grade, 1 to K
 * @example proportionalOddsGrade(0.3, { intercepts: [0, -1, -2, -3], slope: 0.5 }, 2) // 3
 */
export function proportionalOddsGrade(uniform: number, model: ProportionalOddsModel, exposure: number): number {
  if (!(uniform > 0 && uniform < 1)) {
    throw new RangeError(`proportionalOddsGrade requires a uniform in (0, 1), got ${uniform}`);
  }
  const exceedance = proportionalOddsExceedance(model, exposure, "proportionalOddsGrade");
  let grade = 1;
  for (const atLeast of exceedance) if (uniform < atLeast) grade++;
  return grade;
}

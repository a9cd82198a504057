import { logisticProbability } from "./logistic-probability.js";

/**
 * A proportional-odds (cumulative logit) model of the CTCAE grade of an event:
 * logit P(grade ≥ g | event) = θ_g + β · exposure for g = 2, …, K, and P(grade ≥ 1) = 1.
 */
export interface ProportionalOddsModel {
  /**
   * θ₂, θ₃, …, θ_K: log-odds of grade ≥ 2, ≥ 3, … at exposure 0, non-increasing (θ₂ ≥ θ₃ ≥ …);
   * 1 to 4 of them (K = 2 to 5). ±Infinity is allowed (a grade that is certain or impossible).
   * MASS::polr's cutpoints are ζ_{g−1} = −θ_g (it models logit P(grade ≤ k) = ζ_k − η).
   */
  readonly intercepts: readonly number[];
  /** β: change of every log-odds per unit of exposure, finite. */
  readonly slope: number;
}

/**
 * P(grade ≥ g | event) for g = 2, …, K under a proportional-odds model, logistic(θ_g + β·x),
 * after checking the model. Non-increasing in g, bit for bit, because θ_g + β·x and the
 * logistic function both keep the order of their arguments under rounding.
 *
 * Reference: McCullagh (1980), Regression models for ordinal data, JRSS B 42, 109–142, eq. (2.4);
 * Agresti (2010), Analysis of Ordinal Categorical Data, 2nd ed., §3.2.
 *
 * @param model intercepts θ₂…θ_K and slope β
 * @param exposure the exposure metric x (finite, in the slope's unit)
 * @param functionName the public function whose precondition this is, for RangeError messages
 * @returns Float64Array of K − 1 exceedance probabilities, index 0 for grade ≥ 2
 * @throws RangeError "proportionalOddsGrade requires non-increasing intercepts (θ₂ ≥ θ₃ ≥ …), got 1 at index 2 after 0"
 * @example proportionalOddsExceedance({ intercepts: [0, -1], slope: 1 }, 1) // [logistic(1), 0.5]
 */
export function proportionalOddsExceedance(model: ProportionalOddsModel, exposure: number, functionName = "proportionalOddsExceedance"): Float64Array {
  const { intercepts, slope } = model;
  if (intercepts.length < 1 || intercepts.length > 4) {
    throw new RangeError(`${functionName} requires 1 to 4 intercepts (grades up to 2 to 5), got ${intercepts.length}`);
  }
  if (!Number.isFinite(slope)) throw new RangeError(`${functionName} requires a finite slope, got ${slope}`);
  if (!Number.isFinite(exposure)) throw new RangeError(`${functionName} requires a finite exposure, got ${exposure}`);
  const exceedance = new Float64Array(intercepts.length);
  for (let index = 0; index < intercepts.length; index++) {
    const intercept = intercepts[index] as number;
    if (Number.isNaN(intercept)) throw new RangeError(`${functionName} requires intercepts that are numbers, got NaN at index ${index}`);
    const previous = intercepts[index - 1];
    if (previous !== undefined && intercept > previous) {
      throw new RangeError(`${functionName} requires non-increasing intercepts (θ₂ ≥ θ₃ ≥ …), got ${intercept} at index ${index} after ${previous}`);
    }
    exceedance[index] = logisticProbability(intercept, slope, exposure);
  }
  return exceedance;
}

export { logisticProbability } from "./logistic-probability.js";
export { gradeOf } from "./grade-of.js";
export { exponentialTarget } from "./exponential-target.js";
export { advanceCumulativeHazard, type CumulativeHazardState } from "./advance-cumulative-hazard.js";
export { onsetInPiecewiseHazard, type PiecewiseHazard } from "./onset-in-piecewise-hazard.js";
export { proportionalOddsExceedance, type ProportionalOddsModel } from "./proportional-odds-exceedance.js";
export { proportionalOddsProbabilities } from "./proportional-odds-probabilities.js";
export { proportionalOddsGrade } from "./proportional-odds-grade.js";
export { logNormalDuration } from "./log-normal-duration.js";

import { mean, quantileType7, sampleStandardDeviation } from "../stats/index.js";
import type { NumberSummary } from "./cohort-description.js";

const UNDEFINED_SUMMARY: NumberSummary = { mean: Number.NaN, sd: Number.NaN, median: Number.NaN, q1: Number.NaN, q3: Number.NaN, min: Number.NaN, max: Number.NaN };

/**
 * Mean, sample SD (n − 1), median and quartiles (type 7, R's default) and range of recorded
 * values, with R's conventions for small samples: no values gives NaN everywhere (R: NA), one
 * value gives NaN for the SD (R: `sd(5)` is NA).
 *
 * Reference: R `mean`, `sd`, `quantile(type = 7)`, `range`; Hyndman & Fan (1996).
 *
 * @param values recorded values, no NaN (any unit; the summary has the same unit)
 * @example summariseNumbers([1, 2, 3, 4, 10]).q1 // 2 (R 4.2.2: quantile(c(1, 2, 3, 4, 10), 0.25) = 2)
 */
export function summariseNumbers(values: readonly number[]): NumberSummary {
  if (values.length === 0) return UNDEFINED_SUMMARY;
  // A Float64Array sorts numerically; Array#sort would compare the numbers as text.
  const sorted = Array.from(Float64Array.from(values).sort());
  return {
    mean: mean(values),
    sd: values.length < 2 ? Number.NaN : sampleStandardDeviation(values),
    median: quantileType7(sorted, 0.5),
    q1: quantileType7(sorted, 0.25),
    q3: quantileType7(sorted, 0.75),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

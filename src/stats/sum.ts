import { sum as kahanBabuskaSum } from "simple-statistics";

/**
 * Compensated (Kahan–Babuška) sum in array order: the one `sum` of twin-trial (STYLE.md §6),
 * and the only place that imports simple-statistics, so its API does not leak (STYLE.md §1).
 * An empty array sums to 0 and NaN propagates. An infinite term makes the library's correction
 * ∞ − ∞ = NaN, so a NaN result is recomputed by plain addition, which gives ±Infinity as IEEE
 * arithmetic does (and NaN for NaN terms or +∞ + −∞).
 *
 * Reference: Klein, A. (2006). A generalized Kahan–Babuška-summation-algorithm. Computing 76,
 * 279–293; simple-statistics src/sum.js.
 *
 * @param values the terms, in the order they are added (the order is part of the result's bits)
 * @returns the sum
 * @example sum([0.1, 0.2, 0.3]) // 0.6 (plain left-to-right addition gives 0.6000000000000001)
 */
export function sum(values: readonly number[]): number {
  const compensated = kahanBabuskaSum(values);
  if (!Number.isNaN(compensated)) return compensated;
  return values.reduce((total, value) => total + value, 0);
}

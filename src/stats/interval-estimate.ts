/**
 * A point estimate with a two-sided confidence interval [ciLower, ciUpper], all on the scale
 * of the estimate (a proportion, a difference of proportions or a ratio). Interval ends are NaN
 * where the method does not define them (see each function).
 */
export interface IntervalEstimate {
  readonly estimate: number;
  readonly ciLower: number;
  readonly ciUpper: number;
}

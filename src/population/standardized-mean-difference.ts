/** A sample's mean and standard deviation, in the unit of its values. */
export interface MeanAndSpread {
  readonly mean: number;
  readonly standardDeviation: number;
}

/**
 * Standardized mean difference of a virtual sample against a real one:
 * SMD = (mean_virtual − mean_real) / √((sd_real² + sd_virtual²) / 2), Cohen's d with the
 * average of the two variances (not weighted by sample size), as balance diagnostics use it.
 * |SMD| > 0.1 is the usual sign of a meaningful imbalance. Equal means give 0 even when both SDs
 * are 0 (two identical constants); a nonzero difference over a zero spread is ±Infinity; NaN in,
 * NaN out.
 *
 * Reference: Austin, P. C. (2009). Balance diagnostics for comparing the distribution of baseline
 * covariates between treatment groups in propensity-score matched samples. Statistics in
 * Medicine 28, 3083–3107, equation (1).
 *
 * @param real mean and SD of the real patients (any unit)
 * @param virtual mean and SD of the virtual patients (same unit)
 * @returns the SMD, unitless, positive when the virtual mean is larger
 * @example standardizedMeanDifference({ mean: 10, standardDeviation: 2 }, { mean: 11, standardDeviation: 2 }) // 0.5
 */
export function standardizedMeanDifference(real: MeanAndSpread, virtual: MeanAndSpread): number {
  const difference = virtual.mean - real.mean;
  if (difference === 0) return 0;
  const pooled = Math.sqrt((real.standardDeviation ** 2 + virtual.standardDeviation ** 2) / 2);
  return difference / pooled;
}

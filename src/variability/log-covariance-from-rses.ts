import { buildLogNormalCovariance } from "./log-normal-covariance.js";
import type { SquareMatrix } from "./square-matrix.js";

/** Uncertainty of the typical values (θ) as relative standard errors and correlations of the estimates. */
export interface LogCovarianceFromRsesOptions {
  /** Relative standard error of each estimate, a fraction (0.1 = 10 % RSE), ≥ 0; 0 = known exactly. */
  readonly rses: readonly number[];
  /** Correlations of the estimates (taken as correlations of their logs), n × n, unit diagonal; the identity when left out. */
  readonly correlations?: SquareMatrix;
}

/**
 * Covariance of the logs of the typical values for drawTypicalValues, from the relative standard
 * errors of a model fit: σᵢ² = ln(1 + rseᵢ²) (the log-normal whose CV is the RSE), Covᵢⱼ = ρᵢⱼ·σᵢ·σⱼ.
 * A log-normal keeps every drawn typical value on the sign of its estimate, where a normal with the
 * same SE would draw negative clearances for large RSEs.
 *
 * Reference: rxode2 `rxSolve(thetaMat = …, nStud = …)` and Simulx parameter uncertainty (one θ draw
 * per simulated study); Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions, vol. 1,
 * 2nd ed., ch. 14.
 *
 * @param options RSEs (fractions) and optional correlations
 * @returns the n × n log-scale covariance (dimensionless)
 * @throws RangeError "logCovarianceFromRses requires finite rses >= 0, got rses[0] = NaN"
 * @throws RangeError "logCovarianceFromRses requires correlations from -1 to 1, …" (and the other correlation checks)
 * @example logCovarianceFromRses({ rses: [0.1, 0] }) // [[0.009950330853168085, 0], [0, 0]] (R 4.2.2: log(1.01) = 0.009950331)
 */
export function logCovarianceFromRses(options: LogCovarianceFromRsesOptions): number[][] {
  const { rses, correlations } = options;
  const spreads = { relativeSpreads: rses, caller: "logCovarianceFromRses", spreadsName: "rses" };
  return buildLogNormalCovariance(correlations === undefined ? spreads : { ...spreads, correlations });
}

import { assertCorrelationMatrix } from "./correlation-matrix.js";
import { entryAt, type SquareMatrix } from "./square-matrix.js";

/** Inputs of buildLogNormalCovariance. */
export interface LogNormalCovarianceOptions {
  /** Relative spread of each log-normal quantity: a CV or a relative standard error, a fraction (0.3 = 30 %), ≥ 0. */
  readonly relativeSpreads: readonly number[];
  /** Correlations of the logs, n × n with unit diagonal; the identity when left out. */
  readonly correlations?: SquareMatrix;
  /** The public function, first word of the messages. */
  readonly caller: string;
  /** The public name of relativeSpreads in messages, e.g. "cvs" or "rses". */
  readonly spreadsName: string;
}

/**
 * Covariance of the logs of log-normal quantities with given relative spreads (CVs) and log-scale
 * correlations: ωᵢ² = ln(1 + cvᵢ²) on the diagonal (the CV of exp(η) is then exactly cvᵢ), and
 * Covᵢⱼ = ρᵢⱼ·ωᵢ·ωⱼ off it. A spread of 0 gives an all-zero row and column (no variability),
 * which choleskyFactor accepts. The one formula behind omegaFromCvs and logCovarianceFromRses.
 *
 * Reference: Johnson, Kotz & Balakrishnan, Continuous Univariate Distributions, vol. 1, 2nd ed.,
 * ch. 14 (CV of a log-normal = √(exp(ω²) − 1)); NONMEM's η on the log scale.
 *
 * @param options spreads (fractions), optional correlations and the names used in messages
 * @returns the n × n covariance of the logs (dimensionless)
 * @throws RangeError "omegaFromCvs requires finite cvs >= 0, got cvs[1] = -0.1"
 * @example buildLogNormalCovariance({ relativeSpreads: [0.3], caller: "omegaFromCvs", spreadsName: "cvs" })
 * // [[0.08617769624105233]] = ln 1.09 (R 4.2.2: log(1.09) = 0.0861777)
 */
export function buildLogNormalCovariance(options: LogNormalCovarianceOptions): number[][] {
  const { relativeSpreads, caller, spreadsName } = options;
  for (const [index, spread] of relativeSpreads.entries()) {
    if (!(spread >= 0 && Number.isFinite(spread))) {
      throw new RangeError(`${caller} requires finite ${spreadsName} >= 0, got ${spreadsName}[${index}] = ${spread}`);
    }
  }
  const size = relativeSpreads.length;
  const { correlations } = options;
  if (correlations !== undefined) assertCorrelationMatrix(correlations, { size, caller, countedBy: spreadsName });
  const logVariances = relativeSpreads.map((spread) => Math.log1p(spread * spread));
  const logSds = logVariances.map(Math.sqrt);
  return Array.from({ length: size }, (_, row) =>
    Array.from({ length: size }, (_, column) => {
      if (row === column) return logVariances[row] as number;
      // Lower triangle, in one order for both halves: the result is symmetric to the bit.
      const [low, high] = row < column ? [row, column] : [column, row];
      const correlation = correlations === undefined ? 0 : entryAt(correlations, high, low);
      return correlation * (logSds[low] as number) * (logSds[high] as number);
    }),
  );
}

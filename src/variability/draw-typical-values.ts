import type { Rng } from "../rng/index.js";
import { drawMultivariateNormal } from "./draw-multivariate-normal.js";
import type { SquareMatrix } from "./square-matrix.js";

/** Point estimates of the typical values and the Cholesky factor of the covariance of their logs. */
export interface TypicalValueUncertainty {
  /** The estimates θ, each in its parameter's unit (finite). */
  readonly typical: readonly number[];
  /** choleskyFactor(logCovarianceFromRses(…)) or of another log-scale covariance, n × n. */
  readonly logCovarianceLower: SquareMatrix;
}

/**
 * One draw of the typical values for a simulated study (replicate): θᵢ·exp((L·z)ᵢ), log-normal
 * around the estimates, so a positive estimate stays positive. Reads exactly n uniforms in index
 * order (see drawMultivariateNormal), including for estimates with no uncertainty, which come back
 * unchanged. Draw it once per replicate from the replicate's own stream, before any patient.
 *
 * Reference: rxode2 `rxSolve(thetaMat = …, nStud = …)` and Simulx parameter uncertainty; Gentle,
 * Random Number Generation and Monte Carlo Methods, 2nd ed., ch. 5 (multivariate distributions).
 *
 * @param rng the replicate's stream
 * @param uncertainty the estimates and the Cholesky factor of the covariance of their logs
 * @returns the drawn typical values, each in its parameter's unit
 * @throws RangeError "drawTypicalValues requires one row of logCovarianceLower per typical value, got 3 rows and 2 values"
 * @throws RangeError "drawTypicalValues requires finite typical values, got typical[1] = NaN"
 * @example drawTypicalValues(streamFor(42, [1, "uncertainty"]), { typical: [2.8, 32], logCovarianceLower: [[0.1, 0], [0, 0]] })
 * // [3.083696453943827, 32] = [2.8·exp(0.1·z₀), 32]; the second uniform is read and has no effect
 */
export function drawTypicalValues(rng: Rng, uncertainty: TypicalValueUncertainty): number[] {
  const { typical, logCovarianceLower } = uncertainty;
  if (logCovarianceLower.length !== typical.length) {
    throw new RangeError(
      `drawTypicalValues requires one row of logCovarianceLower per typical value, ` +
        `got ${logCovarianceLower.length} rows and ${typical.length} values`,
    );
  }
  for (const [index, value] of typical.entries()) {
    if (!Number.isFinite(value)) throw new RangeError(`drawTypicalValues requires finite typical values, got typical[${index}] = ${value}`);
  }
  const logDeviations = new Array<number>(typical.length).fill(0);
  drawMultivariateNormal(rng, logCovarianceLower, logDeviations);
  return typical.map((value, index) => value * Math.exp(logDeviations[index] as number));
}

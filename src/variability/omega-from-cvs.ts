import { buildLogNormalCovariance } from "./log-normal-covariance.js";
import type { SquareMatrix } from "./square-matrix.js";

/** Between-patient variability as CVs of the individual parameters and correlations of their η. */
export interface OmegaFromCvsOptions {
  /** CV of each individual parameter P = TV·exp(η), a fraction (0.3 = 30 %), ≥ 0; 0 = no variability. */
  readonly cvs: readonly number[];
  /** Correlations of the η's, n × n, unit diagonal, symmetric, entries in [−1, 1]; the identity when left out. */
  readonly correlations?: SquareMatrix;
}

/**
 * Ω, the covariance of the random effects η of log-normal parameters P = TV·exp(η), from CVs and
 * correlations: ωᵢ² = ln(1 + cvᵢ²), Ωᵢⱼ = ρᵢⱼ·ωᵢ·ωⱼ. NONMEM users often quote ω ≈ CV: that is the
 * small-CV approximation, not used here. A CV of 0 gives an all-zero row and column, which
 * choleskyFactor accepts (no variability for that parameter); Ω's positive definiteness is checked
 * when it is factored.
 *
 * Reference: Mould & Upton (2013), Basic concepts in population modeling, simulation, and
 * model-based drug development—Part 2, CPT Pharmacometrics Syst. Pharmacol. 2, e38 (log-normal
 * between-subject variability); DOMAIN.md "Variability".
 *
 * @param options CVs (fractions) and optional correlations of η
 * @returns Ω as rows (dimensionless: η is on the log scale)
 * @throws RangeError "omegaFromCvs requires finite cvs >= 0, got cvs[1] = -0.1"
 * @throws RangeError "omegaFromCvs requires correlations from -1 to 1, got correlations[1][0] = 1.2" (and the other
 *   correlation checks of assertCorrelationMatrix)
 * @example omegaFromCvs({ cvs: [0.3, 0.2], correlations: [[1, 0.5], [0.5, 1]] })
 * // [[0.08617769624105233, 0.029068671729548124], [0.029068671729548124, 0.0392207131532813]]
 * // (R 4.2.2: log(1.09) = 0.0861777, 0.5 * sqrt(log(1.09) * log(1.04)) = 0.02906867, log(1.04) = 0.03922071)
 */
export function omegaFromCvs(options: OmegaFromCvsOptions): number[][] {
  const { cvs, correlations } = options;
  const spreads = { relativeSpreads: cvs, caller: "omegaFromCvs", spreadsName: "cvs" };
  return buildLogNormalCovariance(correlations === undefined ? spreads : { ...spreads, correlations });
}

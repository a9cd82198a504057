/**
 * Scratch space for one Cox fit, allocated once and reused by every iteration (p covariates):
 * the score and information it returns and the running risk-set sums.
 */
export interface CoxWorkspace {
  /** U(β) = ∂ log L/∂β, length p. */
  readonly score: Float64Array;
  /** I(β) = −∂² log L/∂β², p × p row-major, symmetric. */
  readonly information: Float64Array;
  /** Σ over the risk set of exp(xβ)·x, and the same over the current deaths. */
  readonly riskSums: Float64Array;
  readonly deathSums: Float64Array;
  /** Σ exp(xβ)·x·xᵀ over the risk set and over the current deaths (lower triangles). */
  readonly riskSquares: Float64Array;
  readonly deathSquares: Float64Array;
  /** xβ and exp(xβ) of each sorted patient, length n. */
  readonly linearPredictors: Float64Array;
  readonly risks: Float64Array;
}

/**
 * Allocates a CoxWorkspace for n patients and p covariates, once per fit.
 *
 * @param covariateCount p ≥ 1
 * @param patientCount n ≥ 1
 * @returns zero-filled scratch arrays
 * @example createCoxWorkspace(2, 10).information.length // 4
 */
export function createCoxWorkspace(covariateCount: number, patientCount: number): CoxWorkspace {
  const p = covariateCount;
  return {
    score: new Float64Array(p),
    information: new Float64Array(p * p),
    riskSums: new Float64Array(p),
    deathSums: new Float64Array(p),
    riskSquares: new Float64Array(p * p),
    deathSquares: new Float64Array(p * p),
    linearPredictors: new Float64Array(patientCount),
    risks: new Float64Array(patientCount),
  };
}

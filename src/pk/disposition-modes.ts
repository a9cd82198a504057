import type { LinearPkParameters } from "./linear-pk-parameters.js";
import { decomposeSymmetricMatrix } from "./symmetric-eigen.js";
import { buildSymmetricRateMatrix } from "./symmetric-rate-matrix.js";

/**
 * The disposition of a mammillary model as a sum of exponential modes: a unit amount put into
 * the central compartment at time 0 gives C(t) = Σ_j weight_j · e^(−rate_j · t).
 */
export interface DispositionModes {
  /** The rate constants (α ≥ β ≥ γ), 1/h, all > 0. */
  readonly ratesPerH: Float64Array;
  /** The weights, 1/L, all ≥ 0, summing to 1/V1. */
  readonly weightsPerL: Float64Array;
}

/**
 * The modes of the disposition: with M = U Λ Uᵀ the symmetric rate matrix
 * (buildSymmetricRateMatrix), rate_j = λ_j and weight_j = U_1j² / V1, the squared central
 * component of the j-th unit eigenvector over V1. The weights are ≥ 0 by construction, which
 * keeps every concentration a sum of non-negative terms. The slowest rate is then recomputed
 * from the determinant, γ = det M / (α β), since det M is a product of positive terms: this keeps
 * it exact to rounding even when elimination is much slower than distribution (small CL), where
 * Jacobi's eigenvalue loses about log10((CL + Q2 + Q3) / CL) digits (the condition of the
 * diagonally scaled matrix; 2.6e-12 relative for CL = 0.01 L/h next to Q2 + Q3 = 120 L/h).
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 2 (α, β and the
 * coefficients A = D (α − k21) / (V1 (α − β)), B = D (k21 − β) / (V1 (α − β)), whose sum is D/V1);
 * the modal form is the spectral decomposition of the symmetric matrix.
 *
 * @param parameters CL, V1 and the peripheral Q and V (L/h, L); already checked
 * @example deriveDispositionModes({ compartments: 2, clearanceLPerH: 5, centralVolumeL: 10, q2LPerH: 2, volume2L: 40, bioavailability: 1, lagTimeH: 0 })
 * // ratesPerH [0.715036762718386, 0.0349632372816139] (pk.json b_two_cmt_iv_bolus α, β),
 * // weightsPerL [(α − k21) / (10 (α − β)), (k21 − β) / (10 (α − β))] = [0.09779, 0.00221]
 */
export function deriveDispositionModes(parameters: LinearPkParameters): DispositionModes {
  const matrix = buildSymmetricRateMatrix(parameters);
  const size = matrix.size;
  const { eigenvalues, eigenvectors } = decomposeSymmetricMatrix(matrix.entriesPerH, size);
  const order = sortDescending(eigenvalues);
  const ratesPerH = new Float64Array(size);
  const weightsPerL = new Float64Array(size);
  let fasterRatesProduct = 1;
  for (let mode = 0; mode < size; mode++) {
    const column = order[mode] as number;
    const centralComponent = eigenvectors[column] as number;
    ratesPerH[mode] = eigenvalues[column] as number;
    weightsPerL[mode] = (centralComponent * centralComponent) / parameters.centralVolumeL;
    if (mode < size - 1) fasterRatesProduct *= eigenvalues[column] as number;
  }
  ratesPerH[size - 1] = matrix.determinant / fasterRatesProduct;
  return { ratesPerH, weightsPerL };
}

/** Indices of the values, largest first; equal values keep their index order (insertion sort, n ≤ 3). */
function sortDescending(values: readonly number[]): number[] {
  const order: number[] = [];
  for (let index = 0; index < values.length; index++) {
    // Shift the smaller ones up one place (no splice: it allocates an array per call).
    let position = order.length;
    while (position > 0 && (values[order[position - 1] as number] as number) < (values[index] as number)) {
      order[position] = order[position - 1] as number;
      position--;
    }
    order[position] = index;
  }
  return order;
}

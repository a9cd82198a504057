import type { LinearPkParameters } from "./linear-pk-parameters.js";

/** The disposition rate matrix of a mammillary model in symmetric form. */
export interface SymmetricRateMatrix {
  /** Number of compartments n. */
  readonly size: 1 | 2 | 3;
  /** Row-major n × n entries, 1/h; symmetric and positive definite. */
  readonly entriesPerH: readonly number[];
  /** Its determinant k10 · k21 · k31 (the product of the disposition rates), 1/hⁿ. */
  readonly determinant: number;
}

/**
 * The matrix M = −D⁻¹ K D of dx/dt = −M x, where K is the mammillary rate matrix of the
 * amounts (dA/dt = K A, see LinearPkParameters) and D = diag(√V1, √V2, √V3), so x_i = A_i / √V_i.
 * Because flows are symmetric in clearance (k12 · V1 = k21 · V2 = Q2), M is symmetric:
 * M11 = (CL + Q2 + Q3)/V1, M22 = Q2/V2, M33 = Q3/V3, M12 = −Q2/√(V1 V2), M13 = −Q3/√(V1 V3), M23 = 0.
 * M is positive definite when CL > 0, and similar to −K, so its eigenvalues are the disposition
 * rate constants (α, β, γ). Its determinant is a product of positive terms, computed without
 * cancellation: k10 (1 compartment), k10 k21 (2), k10 k21 k31 (3).
 *
 * Reference: Gibaldi, M. & Perrier, D. (1982). Pharmacokinetics, 2nd ed., ch. 2 and appendix C
 * (mammillary models); Golub, G. H. & Van Loan, C. F. (2013). Matrix Computations, 4th ed.,
 * §8.1 (a diagonal similarity that makes a matrix symmetric).
 *
 * @param parameters CL, V1 and the peripheral Q and V (L/h, L); already checked
 * @example buildSymmetricRateMatrix({ compartments: 2, clearanceLPerH: 5, centralVolumeL: 10, q2LPerH: 2, volume2L: 40, bioavailability: 1, lagTimeH: 0 })
 * // { size: 2, entriesPerH: [0.7, −0.1, −0.1, 0.05], determinant: 0.025 } (k10 = 0.5, k21 = 0.05)
 */
export function buildSymmetricRateMatrix(parameters: LinearPkParameters): SymmetricRateMatrix {
  const size = parameters.compartments;
  const centralVolumeL = parameters.centralVolumeL;
  // A plain array: V8 allocates a Float64Array of more than 8 elements off the heap, ~20× slower.
  const entriesPerH = new Array<number>(size * size).fill(0);
  let outflowLPerH = parameters.clearanceLPerH;
  let determinant = parameters.clearanceLPerH / centralVolumeL;
  for (let peripheral = 1; peripheral < size; peripheral++) {
    const flowLPerH = (peripheral === 1 ? parameters.q2LPerH : parameters.q3LPerH) as number;
    const volumeL = (peripheral === 1 ? parameters.volume2L : parameters.volume3L) as number;
    const returnRatePerH = flowLPerH / volumeL;
    outflowLPerH += flowLPerH;
    entriesPerH[peripheral * size + peripheral] = returnRatePerH;
    // √V1 · √V2 rather than √(V1 V2): the product could overflow for absurd volumes.
    const couplingPerH = -flowLPerH / (Math.sqrt(centralVolumeL) * Math.sqrt(volumeL));
    entriesPerH[peripheral] = couplingPerH;
    entriesPerH[peripheral * size] = couplingPerH;
    determinant *= returnRatePerH;
  }
  entriesPerH[0] = outflowLPerH / centralVolumeL;
  return { size, entriesPerH, determinant };
}

/**
 * Parameters of a linear mammillary model with 1, 2 or 3 compartments, elimination from the
 * central one, and an optional first-order absorption depot:
 *
 *   dAd/dt = −ka·Ad
 *   dA1/dt = ka·Ad + R(t) − (CL + Q2 + Q3)/V1 · A1 + Q2/V2 · A2 + Q3/V3 · A3
 *   dA2/dt = Q2/V1 · A1 − Q2/V2 · A2,   dA3/dt = Q3/V1 · A1 − Q3/V3 · A3
 *   C = A1 / V1
 *
 * Only the fields of the chosen compartment count may be given: q2LPerH and volume2L for 2 and 3
 * compartments, q3LPerH and volume3L for 3. The symbols are those of NONMEM's ADVAN4/ADVAN12
 * (CL, V1, Q, V2, Q3, V3, KA, F1, ALAG1).
 */
export interface LinearPkParameters {
  readonly compartments: 1 | 2 | 3;
  /** CL, clearance from the central compartment, L/h (> 0). */
  readonly clearanceLPerH: number;
  /** V1, central volume, L (> 0). */
  readonly centralVolumeL: number;
  /** Q2, intercompartmental clearance to the first peripheral compartment, L/h (> 0; 2 and 3 compartments). */
  readonly q2LPerH?: number;
  /** V2, volume of the first peripheral compartment, L (> 0; 2 and 3 compartments). */
  readonly volume2L?: number;
  /** Q3, intercompartmental clearance to the second peripheral compartment, L/h (> 0; 3 compartments). */
  readonly q3LPerH?: number;
  /** V3, volume of the second peripheral compartment, L (> 0; 3 compartments). */
  readonly volume3L?: number;
  /** ka, first-order absorption rate, 1/h (> 0); required when any dose is oral. */
  readonly absorptionRatePerH?: number;
  /** F, the fraction of an oral dose that reaches the depot, 0 < F ≤ 1 (other routes: 1). */
  readonly bioavailability: number;
  /** Oral absorption lag, h (≥ 0): an oral dose reaches the depot lagTimeH after it is given. */
  readonly lagTimeH: number;
}

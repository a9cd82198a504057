import { closestRecordDistance } from "./closest-record-distance.js";
import type { EncodedRecords } from "./encode-records.js";

/**
 * Leave-one-out nearest-neighbour distances: for every record, the distance to the nearest other
 * record of the same set (closestRecordDistance with the record itself left out). Among real
 * patients this is how close real records naturally are to each other, the yardstick for
 * virtual patients' distances to closest record. Duplicated real rows give 0.
 *
 * Reference: Platzer, M. & Reutterer, T. (2021). Holdout-based fidelity and privacy assessment of
 * mixed-type synthetic data. Frontiers in Big Data 4, 679939 (nearest-neighbour distance ratios).
 *
 * @param records the records (e.g. the real patients)
 * @returns one distance per record, unitless; Infinity for a lone record
 * @example nearestOtherRecordDistances(encodeRecords({ numeric: [{ name: "x", centre: 0, scale: 1 }], categorical: [], skipped: [] }, { size: 3, numeric: new Map([["x", [0, 1, 3]]]), categorical: new Map() })) // Float64Array [1, 1, 2]
 */
export function nearestOtherRecordDistances(records: EncodedRecords): Float64Array {
  const distances = new Float64Array(records.count);
  for (let row = 0; row < records.count; row++) distances[row] = closestRecordDistance({ records, row, excludedRow: row }, records);
  return distances;
}

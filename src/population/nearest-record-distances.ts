import { closestRecordDistance } from "./closest-record-distance.js";
import type { EncodedRecords } from "./encode-records.js";

/**
 * Distance to closest record (DCR): for every record of `from`, the distance to its nearest
 * record of `to` (closestRecordDistance), by brute force over all pairs. For virtual patients
 * against the real ones, a DCR of 0 is a copy of a real patient.
 *
 * Reference: Park, N. et al. (2018). Data synthesis based on generative adversarial networks.
 * Proceedings of the VLDB Endowment 11(10), 1071–1083 (DCR).
 *
 * @param from the records to measure from (e.g. virtual patients)
 * @param to the records to search (e.g. real patients), same coordinates
 * @returns one distance per record of `from`, unitless (real-SD units)
 * @example nearestRecordDistances(encodedTable, encodedTable) // all 0: each row finds itself
 */
export function nearestRecordDistances(from: EncodedRecords, to: EncodedRecords): Float64Array {
  const distances = new Float64Array(from.count);
  for (let row = 0; row < from.count; row++) distances[row] = closestRecordDistance({ records: from, row }, to);
  return distances;
}

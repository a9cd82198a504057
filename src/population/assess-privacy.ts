import { quantileType7 } from "../stats/index.js";
import type { CovariateTable, VirtualPopulation } from "./covariate-table.js";
import { encodeRecords, type RecordColumns } from "./encode-records.js";
import { nearestOtherRecordDistances } from "./nearest-other-record-distances.js";
import { nearestRecordDistances } from "./nearest-record-distances.js";
import { planDistanceSpace } from "./plan-distance-space.js";

/** A distance at or below this (in real-SD units) is an exact copy; it absorbs rounding only. */
export const EXACT_COPY_TOLERANCE = 1e-12;

/** The percentile of the real nearest-neighbour distances below which a record is a near copy. */
export const NEAR_COPY_PROBABILITY = 0.05;

/** Nearest-record distances of one group of records, summarized. */
export interface NearestDistanceSummary {
  readonly count: number;
  /** NaN when there are no records. */
  readonly median: number;
  readonly percentile5: number;
  /** Share with a nearest distance ≤ EXACT_COPY_TOLERANCE. */
  readonly exactCopyShare: number;
  /** Share with a nearest distance < the near-copy threshold, exact copies included. */
  readonly nearCopyShare: number;
}

/** How close virtual patients are to real ones, against how close real patients are to each other. */
export interface PrivacyAssessment {
  /** Columns that are distance coordinates: standardized number columns, then category columns. */
  readonly columns: readonly string[];
  /** Number columns left out: constant among the real patients, or fewer than two observed values. */
  readonly skippedColumns: readonly string[];
  /** The 5th percentile of the real nearest-neighbour distances (type 7). */
  readonly nearCopyThreshold: number;
  /** Each real patient to the nearest other real patient (leave-one-out). */
  readonly real: NearestDistanceSummary;
  /** Each virtual patient to the nearest real patient: the distance to closest record (DCR). */
  readonly virtual: NearestDistanceSummary;
}

function summarizeDistances(distances: Float64Array, nearCopyThreshold: number): NearestDistanceSummary {
  const sorted = Array.from(distances).sort((a, b) => a - b);
  const count = sorted.length;
  const quantile = (probability: number): number => (count === 0 ? Number.NaN : quantileType7(sorted, probability));
  let exact = 0;
  let near = 0;
  for (const distance of sorted) {
    if (distance <= EXACT_COPY_TOLERANCE) exact++;
    if (distance <= EXACT_COPY_TOLERANCE || distance < nearCopyThreshold) near++;
  }
  return { count, median: quantile(0.5), percentile5: quantile(0.05), exactCopyShare: exact / count, nearCopyShare: near / count };
}

function tableColumns(table: CovariateTable): RecordColumns {
  return {
    size: table.rowCount,
    numeric: new Map(table.numeric.map((column) => [column.name, column.values])),
    categorical: new Map(table.categorical.map((column) => [column.name, column.codes])),
  };
}

/**
 * Checks whether virtual patients copy real ones. Records are compared in planDistanceSpace's
 * coordinates: number columns standardized by the real mean and SD (constant columns skipped),
 * category columns as 0/1 mismatches, a coordinate missing in either record skipped and the
 * squared distance scaled by dims / used (closestRecordDistance). For each virtual patient the
 * distance to the closest real record (DCR) is found by brute force, and for each real patient
 * the distance to its nearest other real patient (leave-one-out). A virtual patient is an exact
 * copy when its DCR ≤ 1e-12 and a near copy when its DCR is below the 5th percentile of the real
 * nearest-neighbour distances (or it is an exact copy): it is closer to a real patient than 95% of
 * real patients are to one another. A generator that learns the distribution without memorising
 * records gives about 5% near copies, like the real patients themselves (`real.nearCopyShare`, which
 * ties at the threshold make a little smaller); plain bootstrap gives 100% exact copies by design.
 *
 * Reference: Park, N. et al. (2018). Data synthesis based on generative adversarial networks.
 * PVLDB 11(10), 1071–1083 (DCR and its 5th percentile); Platzer, M. & Reutterer, T. (2021).
 * Holdout-based fidelity and privacy assessment of mixed-type synthetic data. Frontiers in Big
 * Data 4, 679939.
 *
 * @param table the real eligible patients
 * @param population the virtual patients grown from them
 * @returns distance summaries, unitless (real-SD units), and the shares of exact and near copies
 * @throws RangeError 'encodeRecords requires every column of the distance space, "age" is missing'
 * @example assessPrivacy(table, bootstrapPopulation).virtual.exactCopyShare // 1
 */
export function assessPrivacy(table: CovariateTable, population: VirtualPopulation): PrivacyAssessment {
  const space = planDistanceSpace(table);
  const real = encodeRecords(space, tableColumns(table));
  const virtual = encodeRecords(space, population);
  const realDistances = nearestOtherRecordDistances(real);
  const sortedReal = Array.from(realDistances).sort((a, b) => a - b);
  const nearCopyThreshold = sortedReal.length === 0 ? Number.NaN : quantileType7(sortedReal, NEAR_COPY_PROBABILITY);
  return {
    columns: [...space.numeric.map((column) => column.name), ...space.categorical],
    skippedColumns: space.skipped,
    nearCopyThreshold,
    real: summarizeDistances(realDistances, nearCopyThreshold),
    virtual: summarizeDistances(nearestRecordDistances(virtual, real), nearCopyThreshold),
  };
}

import type { DistanceSpace } from "./plan-distance-space.js";

/** Columns of patient records by name: a VirtualPopulation, or a table's columns in maps. */
export interface RecordColumns {
  readonly size: number;
  readonly numeric: ReadonlyMap<string, ArrayLike<number>>;
  readonly categorical: ReadonlyMap<string, ArrayLike<number>>;
}

/**
 * Patient records laid out row by row for distance loops: record r's standardized numbers are
 * numeric[r·numericWidth …], its category codes categorical[r·categoricalWidth …].
 */
export interface EncodedRecords {
  readonly count: number;
  readonly numericWidth: number;
  readonly categoricalWidth: number;
  /** Standardized values; NaN = missing. */
  readonly numeric: Float64Array;
  /** Level codes; −1 = missing. */
  readonly categorical: Int32Array;
}

function column<T>(columns: ReadonlyMap<string, T>, name: string): T {
  const values = columns.get(name);
  if (values === undefined) throw new RangeError(`encodeRecords requires every column of the distance space, "${name}" is missing`);
  return values;
}

/**
 * Standardizes and interleaves records for planDistanceSpace's coordinates, so the nearest-record
 * search reads one contiguous row per record and allocates nothing. Infinite values are treated
 * as missing (their distance is undefined).
 *
 * Reference: row-major ("C order") storage; planDistanceSpace for the coordinates.
 *
 * @param space the coordinates (number columns with their centre and scale, category columns)
 * @param records the columns to encode, each of length records.size
 * @returns the encoded records (standardized numbers are unitless)
 * @throws RangeError 'encodeRecords requires every column of the distance space, "age" is missing'
 * @example encodeRecords({ numeric: [{ name: "x", centre: 1, scale: 2 }], categorical: [], skipped: [] }, { size: 1, numeric: new Map([["x", [5]]]), categorical: new Map() }).numeric // Float64Array [2]
 */
export function encodeRecords(space: DistanceSpace, records: RecordColumns): EncodedRecords {
  const count = records.size;
  const numericWidth = space.numeric.length;
  const categoricalWidth = space.categorical.length;
  const numeric = new Float64Array(count * numericWidth);
  const categorical = new Int32Array(count * categoricalWidth);
  space.numeric.forEach((scaled, offset) => {
    const values = column(records.numeric, scaled.name);
    for (let row = 0; row < count; row++) {
      const z = ((values[row] as number) - scaled.centre) / scaled.scale;
      numeric[row * numericWidth + offset] = Number.isFinite(z) ? z : Number.NaN;
    }
  });
  space.categorical.forEach((name, offset) => {
    const codes = column(records.categorical, name);
    for (let row = 0; row < count; row++) categorical[row * categoricalWidth + offset] = codes[row] as number;
  });
  return { count, numericWidth, categoricalWidth, numeric, categorical };
}

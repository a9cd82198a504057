import type { CovariateTable, VirtualPopulation } from "../../src/population/index.js";

/** A virtual population that copies the given rows of a covariate table (row i of the population is table row rows[i]): a hand-made resample for tests. */
export function populationFromRows(table: CovariateTable, rows: readonly number[]): VirtualPopulation {
  return {
    size: rows.length,
    sourceRow: Int32Array.from(rows),
    numeric: new Map(table.numeric.map((column) => [column.name, Float64Array.from(rows, (row) => column.values[row] as number)])),
    categorical: new Map(table.categorical.map((column) => [column.name, Int32Array.from(rows, (row) => column.codes[row] as number)])),
  };
}

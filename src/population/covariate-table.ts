/** A number column of the eligible cohort; `continuous` columns get kernel noise in smoothed-bootstrap. */
export interface NumericCovariate {
  readonly name: string;
  readonly values: Float64Array;
  readonly continuous: boolean;
}

/** A category column of the eligible cohort, as level codes (-1 = missing). */
export interface CategoricalCovariate {
  readonly name: string;
  readonly codes: Int32Array;
}

/** The eligible real patients as columns, row r = the r-th eligible patient. */
export interface CovariateTable {
  readonly rowCount: number;
  readonly numeric: readonly NumericCovariate[];
  readonly categorical: readonly CategoricalCovariate[];
}

/** Virtual patients as columns: patient i was grown from table row sourceRow[i] (−1: drawn anew by the Gaussian copula, nobody's copy). */
export interface VirtualPopulation {
  readonly size: number;
  readonly sourceRow: Int32Array;
  readonly numeric: ReadonlyMap<string, Float64Array>;
  readonly categorical: ReadonlyMap<string, Int32Array>;
}

/** How a cohort column is read (the spec declares it). */
export interface ColumnDeclaration {
  readonly type: "number" | "integer" | "category" | "boolean";
  readonly unit?: string | undefined;
  readonly label?: string | undefined;
}

/** A declared cohort column with its name. */
export interface CohortColumn extends ColumnDeclaration {
  readonly name: string;
}

/** A category column: level names (sorted by code unit, locale-free) and one code per row (-1 = missing). */
export interface CategoryColumn {
  readonly levels: readonly string[];
  readonly codes: Int32Array;
}

/** A patient's observed concentrations (rows_per_patient: many with observations). */
export interface PatientObservations {
  readonly timesH: Float64Array;
  readonly concentrationsMgPerL: Float64Array;
}

/**
 * A real cohort read from CSV, typed by the spec's column declarations. Column-oriented
 * so that resampling copies numbers, not objects. Row r of every array is the record
 * on line `rowNumbers[r]` of the file (header = line 1).
 */
export interface Cohort {
  readonly file: string;
  readonly rowCount: number;
  readonly rowNumbers: Int32Array;
  readonly ids: readonly string[];
  readonly columns: readonly CohortColumn[];
  /** number, integer and boolean (0/1) columns; NaN = missing. */
  readonly numeric: ReadonlyMap<string, Float64Array>;
  readonly categories: ReadonlyMap<string, CategoryColumn>;
  /** Observed concentrations per patient, when the spec declares cohort.observations. */
  readonly observations?: readonly PatientObservations[];
  /** Raw text of extra columns the spec reads as they are (a real trial's outcome), by name, one entry per patient. */
  readonly raw?: ReadonlyMap<string, readonly string[]>;
}

/** One line of the attrition table: a criterion and how many patients it excluded. */
export interface AttritionStep {
  readonly criterion: string;
  readonly excluded: number;
  readonly remaining: number;
}

/** A cohort with its eligibility applied: the rows virtual patients are grown from. */
export interface EligibleCohort {
  readonly cohort: Cohort;
  /** Indexes (0-based, into the cohort's rows) of the eligible patients, in file order. */
  readonly eligibleRows: Int32Array;
  readonly attrition: readonly AttritionStep[];
}

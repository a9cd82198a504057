import type { AttritionStep, CohortColumn } from "../population/cohort-data.js";

/** A value a patient can have in a counted column: a category level, a boolean, or a number. */
export type LevelValue = string | number | boolean;

/**
 * Location and spread of the recorded values of a number or integer column, in the column's
 * unit. Quartiles are Hyndman & Fan type 7 (R's default). NaN where a statistic is undefined:
 * everything with no recorded value, the SD with one.
 */
export interface NumberSummary {
  readonly mean: number;
  readonly sd: number;
  readonly median: number;
  readonly q1: number;
  readonly q3: number;
  readonly min: number;
  readonly max: number;
}

/** Patients with one level, and their percentage of the patients with a recorded value. */
export interface LevelCount {
  readonly level: LevelValue;
  readonly count: number;
  readonly percent: number;
}

/** One column in one group of patients. */
export interface ColumnSummary {
  /** Patients with a recorded value. */
  readonly n: number;
  readonly missing: number;
  /** Missing as a percentage of all patients in the group. */
  readonly missingPercent: number;
  /** Number and integer columns. */
  readonly numbers?: NumberSummary;
  /** Category and boolean columns, and number or integer columns with few distinct values. */
  readonly levels?: readonly LevelCount[];
}

/** A described column: its declaration, and one summary per group (in the order of `groups`). */
export interface DescribedColumn extends CohortColumn {
  readonly summaries: readonly ColumnSummary[];
}

/** A group of described patients: everyone (level null), or those with one level of the `by` column. */
export interface PatientGroup {
  readonly level: LevelValue | null;
  readonly patients: number;
}

/** A baseline table ("Table 1") of a real cohort: plain data, rendered by src/report. */
export interface CohortDescription {
  readonly file: string;
  /** Patients in the file, before eligibility. */
  readonly patientsInFile: number;
  readonly attrition: readonly AttritionStep[];
  /** The column that splits the patients into groups, if any. */
  readonly by?: string;
  /** Everyone first, then one group per level of `by` that has patients. */
  readonly groups: readonly PatientGroup[];
  /** Described patients with no value in `by`: counted in the first group only. */
  readonly ungrouped: number;
  readonly columns: readonly DescribedColumn[];
}

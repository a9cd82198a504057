import type { Issue } from "../errors.js";
import type { EligibleCohort } from "../population/cohort-data.js";
import type { Endpoint, TwinModel } from "../spec/schema.js";
import { mean } from "../stats/index.js";
import { isListedValue } from "./is-listed-value.js";
import { readTwinCell } from "./read-twin-cell.js";
import type { TwinOutcomes } from "./twin-model-fit.js";

/** The fitting rows of one twin model as a regression needs them. */
export interface TwinData {
  readonly selection: string;
  readonly selectedCount: number;
  /** Positions in eligible.eligibleRows of the complete rows, increasing. */
  readonly tableIndexes: readonly number[];
  /** R's labels of the design columns: "(Intercept)", then "age" or "log(bili)". */
  readonly names: readonly string[];
  readonly covariates: TwinModel["covariates"];
  /** One row per fitting row: 1, then each (transformed) covariate. */
  readonly design: readonly (readonly number[])[];
  /** Mean of each (transformed) covariate over the fitting rows: where its endpoint term is 0. */
  readonly references: readonly number[];
  readonly outcomes: TwinOutcomes;
}

/** Where a twin model's cell problems are reported, and what they are called. */
interface Reader {
  readonly eligible: EligibleCohort;
  /** The spec place, e.g. "endpoints[0].twin_model". */
  readonly place: string;
  readonly issues: Issue[];
}

/** A number cell: the value, null when missing, NaN (with an issue) when not usable. */
function readNumber(reader: Reader, column: string, row: number, what: { use: string; positive: boolean }): number | null {
  const { cohort } = reader.eligible;
  const cell = readTwinCell(cohort, column, row);
  if (cell === null) return null;
  const value = typeof cell === "number" ? cell : Number(cell);
  const location = { kind: "csv" as const, file: cohort.file, row: cohort.rowNumbers[row] ?? 0, columnName: column };
  if (!Number.isFinite(value)) {
    reader.issues.push({ code: "COHORT_NOT_A_NUMBER", message: `${column} is ${what.use} of ${reader.place} and must be a number, got "${cell}"`, hint: "write a plain number with a dot as the decimal separator, or leave the cell empty for a missing value", location });
    return Number.NaN;
  }
  if (what.positive && !(value > 0)) {
    reader.issues.push({ code: "COHORT_NOT_POSITIVE", message: `${column} is ${what.use} of ${reader.place} and must be > 0, but is ${value} here`, hint: `correct the value, or exclude the patient with {column: ${column}, min: <a positive value>} in cohort.eligibility (declare the column first)`, location });
    return Number.NaN;
  }
  return value;
}

/** The outcome cells of one row (value, or time and event), null entries for missing cells. */
function readOutcome(reader: Reader, endpoint: Endpoint, row: number): (number | null)[] {
  const twin = endpoint.twin_model as TwinModel;
  const listed = (column: string): number | null => {
    const cell = readTwinCell(reader.eligible.cohort, column, row);
    return cell === null ? null : isListedValue(cell, twin.event_values ?? []) ? 1 : 0;
  };
  if (endpoint.type === "continuous") return [readNumber(reader, twin.outcome_column ?? "", row, { use: "the outcome", positive: false })];
  if (endpoint.type === "binary") return [listed(twin.outcome_column ?? "")];
  return [readNumber(reader, twin.time_column ?? "", row, { use: "the follow-up time (days)", positive: true }), listed(twin.event_column ?? "")];
}

function toOutcomes(type: Endpoint["type"], columns: readonly number[][]): TwinOutcomes {
  const [first = [], second = []] = columns;
  if (type === "continuous") return { type, values: Float64Array.from(first) };
  if (type === "binary") return { type, events: Uint8Array.from(first) };
  return { type: "time-to-event", timesDays: Float64Array.from(first), events: Uint8Array.from(second) };
}

function describeSelection(twin: TwinModel): string {
  return twin.rows === undefined ? "every eligible patient" : `${twin.rows.column} in {${twin.rows.values.map(String).join(", ")}}`;
}

/**
 * The fitting rows of an endpoint's twin model among the eligible patients: those the
 * `rows` selection picks, without the ones missing a covariate or outcome cell (counted as
 * dropped). Cells that cannot be used (text in a number, a log of a value ≤ 0, a time ≤ 0)
 * are pushed to `issues` and their rows left out.
 */
export function collectTwinData(eligible: EligibleCohort, endpoint: Endpoint, context: { place: string; issues: Issue[] }): TwinData {
  const twin = endpoint.twin_model as TwinModel;
  const reader: Reader = { eligible, ...context };
  const tableIndexes: number[] = [];
  const design: number[][] = [];
  const outcomeColumns: number[][] = [[], []];
  let selectedCount = 0;
  eligible.eligibleRows.forEach((row, position) => {
    if (twin.rows !== undefined && !isListedValue(readTwinCell(eligible.cohort, twin.rows.column, row), twin.rows.values)) return;
    selectedCount += 1;
    const covariates = twin.covariates.map((term) => {
      const value = readNumber(reader, term.column, row, { use: "a covariate", positive: term.transform === "log" });
      return value === null || term.transform === "none" ? value : Math.log(value);
    });
    const outcome = readOutcome(reader, endpoint, row);
    const cells = [...covariates, ...outcome];
    if (cells.some((cell) => cell === null || Number.isNaN(cell))) return;
    tableIndexes.push(position);
    design.push([1, ...(covariates as number[])]);
    outcome.forEach((value, index) => outcomeColumns[index]?.push(value as number));
  });
  return {
    selection: describeSelection(twin),
    selectedCount,
    tableIndexes,
    names: ["(Intercept)", ...twin.covariates.map((term) => (term.transform === "log" ? `log(${term.column})` : term.column))],
    covariates: twin.covariates,
    design,
    references: twin.covariates.map((_, index) => (design.length === 0 ? Number.NaN : mean(design.map((values) => values[index + 1] as number)))),
    outcomes: toOutcomes(endpoint.type, outcomeColumns),
  };
}

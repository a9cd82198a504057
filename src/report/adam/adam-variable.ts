import { renderCsv, type CsvCell } from "../render-csv.js";

/** How define.md types a variable: ADaM's Char ("text") and Num, with whole numbers told apart. */
export type AdamType = "text" | "integer" | "number";

/** A variable as define.md describes it. */
export interface VariableDefinition {
  readonly name: string;
  readonly label: string;
  readonly type: AdamType;
  /** The unit, or the values the variable takes (its codelist); "" when neither applies. */
  readonly values: string;
  /** Where the value comes from, naming the simulation output that holds the same number. */
  readonly derivation: string;
}

/** One variable of a dataset: its definition and how a row gives its cell. */
export interface AdamVariable<Row> extends VariableDefinition {
  readonly cell: (row: Row) => CsvCell;
}

/** A dataset as define.md describes it. */
export interface DatasetDefinition {
  /** The ADaM dataset name, e.g. ADSL. */
  readonly name: string;
  /** Its file in the results folder's adam/ subfolder, e.g. adsl.csv. */
  readonly file: string;
  readonly label: string;
  /** What one row is, and the variables that identify it. */
  readonly structure: string;
  readonly variables: readonly VariableDefinition[];
}

/** One dataset: the same variable list gives the CSV columns and the define.md rows (one source of truth). */
export interface AdamDataset<Row> extends DatasetDefinition {
  readonly variables: readonly AdamVariable<Row>[];
}

/** The dataset's CSV: one column per variable, in order, one line per row (the number format of every CSV). */
export function renderAdamDataset<Row>(dataset: AdamDataset<Row>, rows: Iterable<Row>): string {
  function* cells(): Generator<CsvCell[]> {
    for (const row of rows) yield dataset.variables.map((variable) => variable.cell(row));
  }
  return renderCsv(
    dataset.variables.map((variable) => variable.name),
    cells(),
  );
}

/** "Y" / "N" for an ADaM flag. */
export function flag(value: boolean): "Y" | "N" {
  return value ? "Y" : "N";
}

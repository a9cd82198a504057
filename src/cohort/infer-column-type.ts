import type { ColumnDeclaration } from "../population/cohort-data.js";
import { isMissingCell, parseNumberCell } from "./parse-cell.js";

/** Cells that make a column boolean when every recorded cell is one of them (any case). */
const BOOLEAN_WORDS = new Set(["0", "1", "true", "false"]);

/**
 * The type a cohort column would be declared with, guessed from its cells (missing cells
 * ignored): boolean if every cell is 0, 1, true or false (any case, so R's TRUE / FALSE
 * too); integer if every cell is a whole number as parseNumberCell reads it; number if every
 * cell is a finite number; category otherwise. A column with no recorded cell is a number
 * column (it is described as all missing either way).
 *
 * @param cells the column's raw cell text, one per patient
 * @example inferColumnType(["0", "0.5", "1", ""]) // "number" (edema in cohorts/pbc.csv)
 */
export function inferColumnType(cells: readonly string[]): ColumnDeclaration["type"] {
  const recorded = cells.filter((cell) => !isMissingCell(cell)).map((cell) => cell.trim());
  if (recorded.length === 0) return "number";
  if (recorded.every((cell) => BOOLEAN_WORDS.has(cell.toLowerCase()))) return "boolean";
  const numbers = recorded.map(parseNumberCell);
  if (numbers.some((result) => "problem" in result)) return "category";
  return numbers.every((result) => "value" in result && Number.isInteger(result.value)) ? "integer" : "number";
}

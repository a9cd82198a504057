/**
 * Whether a cell holds one of the values a spec lists (twin_model.rows.values,
 * event_values): equal as text, or as numbers when the cell is raw text such as "2.0"
 * and the listed value a number. A missing cell (null) is never listed, as a missing
 * value never meets an eligibility criterion.
 *
 * @example isListedValue("2", [2]) // true
 */
export function isListedValue(cell: number | string | null, values: readonly (string | number)[]): boolean {
  if (cell === null) return false;
  return values.some((value) => String(value) === String(cell) || (typeof value === "number" && typeof cell === "string" && cell !== "" && Number(cell) === value));
}

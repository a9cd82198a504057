/**
 * Reading one CSV cell as a typed value. Strict on purpose: `Number("")` is 0 and
 * `Number("3,5")` is NaN, so neither is used directly (STYLE.md §5).
 */

/** Cells that mean "missing": empty, or R's NA. */
export function isMissingCell(cell: string): boolean {
  const trimmed = cell.trim();
  return trimmed === "" || trimmed === "NA";
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export type CellResult = { readonly value: number } | { readonly problem: string; readonly hint: string };

/** A decimal number (dot as separator, optional exponent), finite. */
export function parseNumberCell(cell: string): CellResult {
  const trimmed = cell.trim();
  if (!DECIMAL.test(trimmed)) {
    if (/^[+-]?\d+,\d+$/.test(trimmed)) return { problem: `expected a number, got ${JSON.stringify(cell)}`, hint: "use a dot as the decimal separator" };
    return { problem: `expected a number, got ${JSON.stringify(cell)}`, hint: "write a plain decimal number such as 3.5, or leave the cell empty for a missing value" };
  }
  const value = Number(trimmed);
  if (!Number.isFinite(value)) return { problem: `the number ${trimmed} is out of range`, hint: "values must be finite double-precision numbers (below 1.8e308)" };
  return { value };
}

/** A whole number. */
export function parseIntegerCell(cell: string): CellResult {
  const parsed = parseNumberCell(cell);
  if ("problem" in parsed) return parsed;
  if (!Number.isInteger(parsed.value)) return { problem: `expected a whole number, got ${JSON.stringify(cell)}`, hint: "declare the column as type: number if it holds fractions" };
  return parsed;
}

const TRUE_WORDS = new Set(["1", "true", "yes", "y", "t"]);
const FALSE_WORDS = new Set(["0", "false", "no", "n", "f"]);

/** A boolean as 1 or 0 (1/0, true/false, yes/no, y/n, t/f; any case). */
export function parseBooleanCell(cell: string): CellResult {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return { value: 1 };
  if (FALSE_WORDS.has(word)) return { value: 0 };
  return { problem: `expected a boolean, got ${JSON.stringify(cell)}`, hint: "write 1/0, true/false or yes/no, or declare the column as type: category" };
}

/** Escapes a cell for a Markdown table (pipes and line breaks). */
function escapeCell(cell: string): string {
  return cell.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/**
 * A GitHub-flavoured Markdown table. Columns listed in `rightAligned` (by index) are
 * right-aligned, for numbers.
 */
export function renderMarkdownTable(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: readonly number[] = []): string {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(" | ")} |`;
  const rule = header.map((_, index) => (rightAligned.includes(index) ? "---:" : "---"));
  return [line(header), line(rule), ...rows.map(line)].join("\n");
}

/**
 * A number with a fixed count of decimals for reading (report.md); NA for NaN.
 *
 * @example formatFixed(0.123456, 3) // "0.123"
 */
export function formatFixed(value: number, decimals: number): string {
  if (Number.isNaN(value)) return "NA";
  if (!Number.isFinite(value)) return value > 0 ? "Inf" : "-Inf";
  const text = value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/**
 * A number rounded to `digits` significant digits for reading, without exponent for
 * everyday magnitudes.
 *
 * @example formatSignificant(1234.5678, 3) // "1235"
 */
export function formatSignificant(value: number, digits: number): string {
  if (Number.isNaN(value)) return "NA";
  if (!Number.isFinite(value)) return value > 0 ? "Inf" : "-Inf";
  if (value === 0) return "0";
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  const decimals = Math.max(0, digits - 1 - magnitude);
  if (magnitude < -4 || magnitude > 12) return value.toExponential(digits - 1);
  return formatFixed(value, Math.min(decimals, 12));
}

/**
 * A proportion as a percentage with one decimal.
 *
 * @example formatPercent(0.8123) // "81.2%"
 */
export function formatPercent(value: number): string {
  return `${formatFixed(100 * value, 1)}%`;
}

/**
 * A p value as clinical reports print it: 4 decimals, "<0.0001" below.
 *
 * @example formatPValue(0.00001) // "<0.0001"
 */
export function formatPValue(value: number): string {
  if (Number.isNaN(value)) return "NA";
  return value < 0.0001 ? "<0.0001" : formatFixed(value, 4);
}

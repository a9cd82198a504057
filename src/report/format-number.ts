/** Significant digits of every non-integer number we write (documented in README "Outputs"). */
export const SIGNIFICANT_DIGITS = 10;

/**
 * The one way numbers leave the program (STYLE.md §6): integers as they are, other values
 * rounded to 10 significant digits and written in JavaScript's shortest round-trip form
 * (defined exactly by ECMAScript, so identical on every platform); −0 → "0"; NaN → "NA";
 * ±∞ → "Inf" / "-Inf" (as R writes them).
 *
 * @example formatNumber(0.13286415338127) // "0.1328641534"
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NA";
  if (value === Infinity) return "Inf";
  if (value === -Infinity) return "-Inf";
  if (value === 0) return "0";
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(SIGNIFICANT_DIGITS)));
}

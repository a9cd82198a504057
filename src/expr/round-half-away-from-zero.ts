/**
 * Rounds to the nearest whole number, halves away from zero: 2.5 → 3, −2.5 → −3, 0.5 → 1.
 *
 * This is the rounding taught at school and SAS's ROUND, and it is NOT R's: since R 4.0.0
 * `round(2.5)` is 2 and `round(0.5)` is 0 (IEC 60559 halves to even). JavaScript's
 * `Math.round` differs again (halves up: −2.5 → −2).
 *
 * @param value any number; NaN and ±Infinity are returned unchanged
 * @example roundHalfAwayFromZero(-2.5) // -3
 */
export function roundHalfAwayFromZero(value: number): number {
  // Math.round(0.49999999999999994) is 0 since ES2015, so the magnitude rounds correctly.
  const magnitude = Math.round(Math.abs(value));
  return value < 0 ? -magnitude : magnitude;
}

import { expect } from "vitest";

/**
 * Relative difference |got − expected| / |expected|; the absolute difference when expected is 0
 * (a relative difference to 0 is undefined). Two NaNs agree (difference 0), a NaN against a number
 * gives NaN, and equal infinities agree.
 */
export function relativeDifference(got: number, expected: number): number {
  if (Number.isNaN(got) && Number.isNaN(expected)) return 0;
  if (got === expected) return 0;
  const difference = Math.abs(got - expected);
  return expected === 0 ? difference : difference / Math.abs(expected);
}

/**
 * Asserts that `got` is within `tolerance` of `expected`, relatively (see relativeDifference).
 * A failure prints the input label, got, expected, the relative difference and the tolerance
 * (STYLE.md §7). Returns the relative difference so a test can also report the largest one.
 *
 * @example expectRelativeClose(0.1 + 0.2, 0.3, 1e-15, "0.1 + 0.2") // passes: 1.85e-16 ≤ 1e-15
 */
export function expectRelativeClose(got: number, expected: number, tolerance: number, label: string): number {
  const difference = relativeDifference(got, expected);
  const message =
    `${label}: got ${got}, expected ${expected}, ` +
    `relative difference ${difference.toExponential(3)}, tolerance ${tolerance.toExponential(1)}`;
  expect(difference <= tolerance, message).toBe(true);
  return difference;
}

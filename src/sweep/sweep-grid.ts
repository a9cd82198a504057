import type { SweepField, SweepPoint } from "./sweep-field.js";

/** The most points a sweep may have. */
export const MAX_SWEEP_POINTS = 10_000;

/** Number of points of the full grid over the fields. */
export function gridSize(fields: readonly SweepField[]): number {
  return fields.reduce((product, field) => product * field.values.length, 1);
}

/**
 * The full grid over the fields, the first field varying slowest (as nested loops written in
 * field order), points numbered from 1.
 *
 * @example sweepGrid([{values: [1, 2]}, {values: ["a", "b"]}]) // [1,a], [1,b], [2,a], [2,b]
 */
export function sweepGrid(fields: readonly SweepField[]): SweepPoint[] {
  let combinations: (readonly SweepField["values"][number][])[] = [[]];
  for (const field of fields) combinations = combinations.flatMap((prefix) => field.values.map((value) => [...prefix, value]));
  return combinations.map((values, at) => ({ index: at + 1, values }));
}

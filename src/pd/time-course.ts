/**
 * A quantity as a function of time in hours, e.g. the plasma concentration (mg/L) that the
 * closed-form PK engine provides for one patient, or a drug effect. PD models call it many
 * times per step, so it should be cheap and free of side effects.
 */
export type TimeCourse = (timeH: number) => number;

/**
 * Reads a time course and throws a RangeError naming the caller if the value is not finite.
 *
 * @param caller the public function to name in the message
 * @example readTimeCourse((timeH) => 2 * timeH, 3, "simulateIndirectResponse") // 6
 */
export function readTimeCourse(course: TimeCourse, timeH: number, caller: string): number {
  const value = course(timeH);
  if (!Number.isFinite(value)) throw new RangeError(`${caller} requires a finite time course, got ${value} at t = ${timeH} h`);
  return value;
}

const CYCLE_DAYS = 28;
const MAX_CYCLE_LANDMARKS = 6;
const QUARTERS = 4;

/**
 * Landmark days of the safety Kaplan–Meier table: the end of each 28-day cycle and the end of
 * the trial, or, when that gives more than 6 landmarks or the trial is shorter than a cycle,
 * the trial's quarters.
 *
 * @param durationDays the planned treatment period (days)
 * @example safetyLandmarkDays(84) // [28, 56, 84]
 */
export function safetyLandmarkDays(durationDays: number): number[] {
  const cycles = Math.floor(durationDays / CYCLE_DAYS);
  const days = Array.from({ length: cycles }, (_, index) => (index + 1) * CYCLE_DAYS);
  if (days[days.length - 1] !== durationDays) days.push(durationDays);
  if (cycles >= 1 && days.length <= MAX_CYCLE_LANDMARKS) return days;
  return Array.from({ length: QUARTERS }, (_, index) => (durationDays * (index + 1)) / QUARTERS);
}

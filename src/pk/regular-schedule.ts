import type { DoseEvent } from "./dose-event.js";

/** What a regular regimen gives: the same dose at a fixed interval. */
export interface RegularScheduleOptions {
  /** Amount per administration, mg (≥ 0). */
  readonly doseMg: number;
  /** Time between consecutive doses, h (> 0). */
  readonly intervalH: number;
  /** Number of administrations (a positive integer). */
  readonly doseCount: number;
  /** Time of the first dose, h; 0 if left out. */
  readonly firstDoseTimeH?: number;
}

/**
 * Doses of doseMg at firstDoseTimeH (default 0), then every intervalH, doseCount doses.
 *
 * Dose i is at firstDoseTimeH + i · intervalH, computed by one multiplication rather than by
 * repeated addition so that late doses do not drift (0.1 added 30 times is not 3).
 *
 * Reference: the ADDL/II dosing records of NONMEM and mrgsolve (`ev(amt, ii, addl)`), where
 * doseCount = addl + 1.
 *
 * @param options doseMg (mg), intervalH (h), doseCount, firstDoseTimeH (h)
 * @returns the doses in time order
 * @example buildRegularSchedule({ doseMg: 320, intervalH: 12, doseCount: 3 })
 * // [{ timeH: 0, amountMg: 320 }, { timeH: 12, amountMg: 320 }, { timeH: 24, amountMg: 320 }]
 */
export function buildRegularSchedule(options: RegularScheduleOptions): readonly DoseEvent[] {
  const { doseMg, intervalH, doseCount } = options;
  const firstDoseTimeH = options.firstDoseTimeH ?? 0;
  if (!Number.isFinite(doseMg) || doseMg < 0) {
    throw new RangeError(`buildRegularSchedule requires a non-negative doseMg, got ${doseMg}`);
  }
  if (!Number.isFinite(intervalH) || intervalH <= 0) {
    throw new RangeError(`buildRegularSchedule requires a positive intervalH, got ${intervalH}`);
  }
  if (!Number.isSafeInteger(doseCount) || doseCount < 1) {
    throw new RangeError(`buildRegularSchedule requires a positive integer doseCount, got ${doseCount}`);
  }
  if (!Number.isFinite(firstDoseTimeH)) {
    throw new RangeError(`buildRegularSchedule requires a finite firstDoseTimeH, got ${firstDoseTimeH}`);
  }
  const doses: DoseEvent[] = [];
  for (let index = 0; index < doseCount; index++) {
    doses.push({ timeH: firstDoseTimeH + index * intervalH, amountMg: doseMg });
  }
  return doses;
}

/**
 * One administration: `amountMg` given at `timeH` hours after time zero. A schedule is a
 * `readonly DoseEvent[]` sorted by time; doses at the same time are all given, and a
 * concentration reported at a dose time includes that dose ("dose first", as mrgsolve's
 * default `recsort`).
 */
export interface DoseEvent {
  readonly timeH: number;
  readonly amountMg: number;
}

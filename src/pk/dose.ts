/** How a dose enters the body: into a gut depot, all at once into the central compartment, or at a constant rate into it. */
export type DoseRoute = "oral" | "iv-bolus" | "infusion";

/**
 * One administration. A schedule is a `readonly Dose[]` sorted by `timeH` (equal times allowed).
 *
 * - "oral": `amountMg` is what is swallowed; bioavailability · amountMg reaches the depot at
 *   `timeH` + lag time and is absorbed at the first-order rate ka.
 * - "iv-bolus": `amountMg` enters the central compartment at `timeH`.
 * - "infusion": `amountMg` enters the central compartment at the constant rate
 *   amountMg / durationH from `timeH` to `timeH + durationH`.
 *
 * A concentration reported at an event time includes that event ("dose first", as mrgsolve's
 * default `recsort`): a bolus at t is in C(t).
 */
export interface Dose {
  readonly route: DoseRoute;
  /** Administration time, h (for an oral dose: before the lag time). */
  readonly timeH: number;
  /** Amount administered, mg (≥ 0); for an oral dose the engine applies the bioavailability. */
  readonly amountMg: number;
  /** Infusion length, h (> 0); only on infusions. */
  readonly durationH?: number;
}

/**
 * Where an event clock stands: the hazard accumulated since the start (or the last event) and
 * the cumulative hazard at which the next event happens. Plain data, mutated by
 * advanceCumulativeHazard; start it as `{ cumulativeHazard: 0, targetHazard: exponentialTarget(u) }`.
 */
export interface CumulativeHazardState {
  /** ∫ hazard dt since the start or the last event, dimensionless, ≥ 0. */
  cumulativeHazard: number;
  /** E = −ln(u) (exponentialTarget), dimensionless; NaN once an event has spent it. */
  targetHazard: number;
}

/**
 * Advances an event clock over one interval [fromH, toH) of constant hazard, and returns the
 * event time if the cumulative hazard reaches its target inside the interval: the inversion
 * T = inf{t : H(t) ≥ E} of a piecewise-constant hazard, learnt interval by interval.
 *
 * - No event (returns undefined): `cumulativeHazard` grows by hazardPerH · (toH − fromH), never
 *   past the target (a crossing that rounding puts at toH or later fires at the start of the
 *   next call instead). A zero hazard never fires (unless the target is already reached). An
 *   empty interval (fromH = toH) does nothing.
 * - Event at t = fromH + (E − cumulativeHazard) / hazardPerH < toH (fromH itself if the target is
 *   already reached): the state is spent, `cumulativeHazard` = 0 and `targetHazard` = NaN, and t
 *   is returned. A further call with a spent state throws.
 * - Recurrent events (a Poisson process whose intensity is the hazard: the cumulative hazards
 *   between successive events are independent Exp(1)): after an event at t, set
 *   `state.targetHazard = exponentialTarget(nextUniform)` and call again with fromH = t and the
 *   same toH and hazard; repeat until it returns undefined, then go on with the next interval.
 *   Each event uses one more uniform, so the count of draws depends on the outcome: give
 *   recurrent events a stream of their own (STYLE.md §6).
 *
 * Reference: Bender, Augustin & Blettner (2005), Statistics in Medicine 24, 1713–1723
 * (T = H⁻¹(−log U)); Ross (2013), Simulation, 5th ed., ch. 5 (nonhomogeneous Poisson processes).
 *
 * @param state the clock, mutated in place
 * @param fromH interval start, hours (finite)
 * @param toH interval end, hours (finite, ≥ fromH); the interval excludes it
 * @param hazardPerH the constant hazard on the interval, events per hour (finite, ≥ 0)
 * @returns the event time in hours, in [fromH, toH), or undefined
 * @example advanceCumulativeHazard({ cumulativeHazard: 0.5, targetHazard: 2 }, 10, 100, 0.05) // 40
 */
export function advanceCumulativeHazard(state: CumulativeHazardState, fromH: number, toH: number, hazardPerH: number): number | undefined {
  checkArguments(state, fromH, toH, hazardPerH);
  if (fromH === toH) return undefined;
  const remaining = state.targetHazard - state.cumulativeHazard;
  if (remaining > 0 && hazardPerH === 0) return undefined;
  const eventH = remaining > 0 ? fromH + remaining / hazardPerH : fromH;
  if (eventH < toH) {
    state.cumulativeHazard = 0;
    state.targetHazard = Number.NaN;
    return eventH;
  }
  state.cumulativeHazard = Math.min(state.cumulativeHazard + hazardPerH * (toH - fromH), state.targetHazard);
  return undefined;
}

function checkArguments(state: CumulativeHazardState, fromH: number, toH: number, hazardPerH: number): void {
  if (!(Number.isFinite(fromH) && Number.isFinite(toH) && toH >= fromH)) {
    throw new RangeError(`advanceCumulativeHazard requires finite hours with toH ≥ fromH, got [${fromH}, ${toH})`);
  }
  if (!(Number.isFinite(hazardPerH) && hazardPerH >= 0)) {
    throw new RangeError(`advanceCumulativeHazard requires a finite hazardPerH ≥ 0, got ${hazardPerH}`);
  }
  if (Number.isNaN(state.targetHazard)) {
    throw new RangeError("advanceCumulativeHazard requires a targetHazard, got NaN: after an event, set a new one with exponentialTarget");
  }
  if (!(Number.isFinite(state.targetHazard) && state.targetHazard >= 0)) {
    throw new RangeError(`advanceCumulativeHazard requires a finite targetHazard ≥ 0, got ${state.targetHazard}`);
  }
  if (!(Number.isFinite(state.cumulativeHazard) && state.cumulativeHazard >= 0)) {
    throw new RangeError(`advanceCumulativeHazard requires a finite cumulativeHazard ≥ 0, got ${state.cumulativeHazard}`);
  }
}

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { advanceCumulativeHazard, type CumulativeHazardState, exponentialTarget } from "../../src/safety/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { SAFETY_REFERENCE } from "./safety-primitives-json.js";

/** Every event of a piecewise-constant hazard, one new uniform per event (the documented loop). */
function recurrentEvents(startH: readonly number[], hazardPerH: readonly number[], endH: number, uniforms: readonly number[]): number[] {
  let next = 0;
  const state: CumulativeHazardState = { cumulativeHazard: 0, targetHazard: exponentialTarget(uniforms[next++] as number) };
  const events: number[] = [];
  startH.forEach((fromH, piece) => {
    const toH = startH[piece + 1] ?? endH;
    const hazard = hazardPerH[piece] as number;
    for (let eventH = advanceCumulativeHazard(state, fromH, toH, hazard); eventH !== undefined; eventH = advanceCumulativeHazard(state, eventH, toH, hazard)) {
      events.push(eventH);
      state.targetHazard = exponentialTarget(uniforms[next++] as number);
    }
  });
  return events;
}

describe("advanceCumulativeHazard", () => {
  it("rejects bad hours, hazards and states with exact messages", () => {
    const fresh = (): CumulativeHazardState => ({ cumulativeHazard: 0, targetHazard: 1 });
    expect(() => advanceCumulativeHazard(fresh(), 5, 4, 1)).toThrow(new RangeError("advanceCumulativeHazard requires finite hours with toH ≥ fromH, got [5, 4)"));
    expect(() => advanceCumulativeHazard(fresh(), 0, Infinity, 1)).toThrow(new RangeError("advanceCumulativeHazard requires finite hours with toH ≥ fromH, got [0, Infinity)"));
    expect(() => advanceCumulativeHazard(fresh(), Number.NaN, 1, 1)).toThrow(new RangeError("advanceCumulativeHazard requires finite hours with toH ≥ fromH, got [NaN, 1)"));
    expect(() => advanceCumulativeHazard(fresh(), 0, 1, -0.1)).toThrow(new RangeError("advanceCumulativeHazard requires a finite hazardPerH ≥ 0, got -0.1"));
    expect(() => advanceCumulativeHazard(fresh(), 0, 1, Number.NaN)).toThrow(new RangeError("advanceCumulativeHazard requires a finite hazardPerH ≥ 0, got NaN"));
    expect(() => advanceCumulativeHazard(fresh(), 0, 1, Infinity)).toThrow(new RangeError("advanceCumulativeHazard requires a finite hazardPerH ≥ 0, got Infinity"));
    expect(() => advanceCumulativeHazard({ cumulativeHazard: 0, targetHazard: -1 }, 0, 1, 1)).toThrow(new RangeError("advanceCumulativeHazard requires a finite targetHazard ≥ 0, got -1"));
    expect(() => advanceCumulativeHazard({ cumulativeHazard: 0, targetHazard: Infinity }, 0, 1, 1)).toThrow(new RangeError("advanceCumulativeHazard requires a finite targetHazard ≥ 0, got Infinity"));
    expect(() => advanceCumulativeHazard({ cumulativeHazard: -1, targetHazard: 1 }, 0, 1, 1)).toThrow(new RangeError("advanceCumulativeHazard requires a finite cumulativeHazard ≥ 0, got -1"));
  });

  it("spends the state at an event: a second call without a new target throws", () => {
    const state: CumulativeHazardState = { cumulativeHazard: 0.5, targetHazard: 2 };
    expect(advanceCumulativeHazard(state, 10, 100, 0.05)).toBe(40); // the doc example: 10 + 1.5 / 0.05
    expect(state.cumulativeHazard).toBe(0);
    expect(state.targetHazard).toBeNaN();
    expect(() => advanceCumulativeHazard(state, 40, 100, 0.05)).toThrow(
      new RangeError("advanceCumulativeHazard requires a targetHazard, got NaN: after an event, set a new one with exponentialTarget"),
    );
  });

  it("accumulates h·(toH − fromH) without an event; zero hazards and empty intervals change nothing", () => {
    const state: CumulativeHazardState = { cumulativeHazard: 0, targetHazard: 3 };
    expect(advanceCumulativeHazard(state, 0, 8, 0.25)).toBeUndefined();
    expect(state.cumulativeHazard).toBe(2);
    expect(advanceCumulativeHazard(state, 8, 1e9, 0)).toBeUndefined();
    expect(advanceCumulativeHazard(state, 1e9, 1e9, 5)).toBeUndefined();
    expect(state).toEqual({ cumulativeHazard: 2, targetHazard: 3 });
    // The remaining 1 at 0.5 per hour: 2 hours after the start of the next interval.
    expect(advanceCumulativeHazard(state, 1e9, 2e9, 0.5)).toBe(1e9 + 2);
  });

  it("fires at fromH when the target is already reached, whatever the hazard, and never at toH", () => {
    expect(advanceCumulativeHazard({ cumulativeHazard: 0, targetHazard: 0 }, 3, 4, 0)).toBe(3);
    expect(advanceCumulativeHazard({ cumulativeHazard: 1, targetHazard: 1 }, 3, 4, 2)).toBe(3);
    // H reaches the target exactly at toH = 4: the event belongs to the next interval.
    const state: CumulativeHazardState = { cumulativeHazard: 0, targetHazard: 2 };
    expect(advanceCumulativeHazard(state, 3, 4, 2)).toBeUndefined();
    expect(state.cumulativeHazard).toBe(2);
    expect(advanceCumulativeHazard(state, 4, 5, 0)).toBe(4);
  });

  it("never lets rounding lose a crossing: it clamps to the target and fires at the next start", () => {
    // 92 + 2.23686 / 0.306 rounds to 99.31 = toH, but 0.306 · 7.31 rounds above 2.23686.
    const state: CumulativeHazardState = { cumulativeHazard: 0, targetHazard: 2.23686 };
    expect(0.306 * (99.31 - 92)).toBeGreaterThan(2.23686);
    expect(advanceCumulativeHazard(state, 92, 99.31, 0.306)).toBeUndefined();
    expect(state.cumulativeHazard).toBe(2.23686);
    expect(advanceCumulativeHazard(state, 99.31, 120, 0.306)).toBe(99.31);
  });

  it("with a constant hazard, recurrent events are the running sums of −ln(U_k)/λ, bit for bit", () => {
    const uniforms = Array.from({ length: 400 }, (_, index) => (index + 0.5) / 400).reverse();
    for (const hazard of [0.002, 0.1, 3]) {
      // About 300 events: the 400 targets add up to about 400.
      const endH = 300 / hazard;
      const events = recurrentEvents([0], [hazard], endH, uniforms);
      const expected: number[] = [];
      for (let timeH = 0, index = 0; ; index++) {
        timeH += -Math.log(uniforms[index] as number) / hazard;
        if (!(timeH < endH)) break;
        expected.push(timeH);
      }
      expect(events.length).toBeGreaterThan(0);
      expect(events).toEqual(expected);
    }
  });

  it("recurrent events over R's piecewise hazards match H⁻¹(E₁ + … + E_k) by findInterval", () => {
    for (const reference of SAFETY_REFERENCE.piecewise) {
      const events = recurrentEvents(reference.start_h, reference.hazard_per_h, reference.end_h, reference.uniforms);
      const expected = reference.recurrent_onsets_h.filter((value): value is number => value !== null);
      expect(events.length).toBe(expected.length);
      // Sums of up to 40 targets and the same sums in R: a few ulps each; observed ≤ 6.4e-15.
      events.forEach((eventH, index) => {
        expectRelativeClose(eventH, expected[index] as number, 1e-12, `pieces ${reference.start_h.join(",")} event ${index}`);
      });
    }
  });

  test.prop([
    fc.double({ min: 0, max: 50, noNaN: true }),
    fc.double({ min: 0.01, max: 50, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 5, noNaN: true }),
    fc.double({ min: 1e-6, max: 10, noNaN: true }),
  ])("splitting an interval at any point moves the event by rounding only", (fromH, length, split, hazard, target) => {
    const toH = fromH + length;
    const middleH = fromH + split * length;
    const whole = advanceCumulativeHazard({ cumulativeHazard: 0, targetHazard: target }, fromH, toH, hazard);
    const state: CumulativeHazardState = { cumulativeHazard: 0, targetHazard: target };
    const parts = advanceCumulativeHazard(state, fromH, middleH, hazard) ?? advanceCumulativeHazard(state, middleH, toH, hazard);
    if (whole === undefined || parts === undefined) {
      // Only a crossing within rounding of toH may be seen by one and not the other.
      const edge = whole ?? parts;
      if (edge !== undefined) expect(toH - edge).toBeLessThanOrEqual(1e-12 * toH);
      return;
    }
    expect(Math.abs(whole - parts)).toBeLessThanOrEqual(1e-12 * toH);
  });
});

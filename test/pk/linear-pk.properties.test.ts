import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { concentrationsAt, exposureBetween, preparePkSystem } from "../../src/pk/index.js";
import type { Dose, IntervalExposure, LinearPkParameters } from "../../src/pk/index.js";

// A failure prints fast-check's seed; replay with fc.configureGlobal({ seed }).

/** 10^u for u uniform in [minExponent, maxExponent]: spreads draws over orders of magnitude. */
const logUniform = (minExponent: number, maxExponent: number) => fc.double({ min: minExponent, max: maxExponent, noNaN: true }).map((exponent) => 10 ** exponent);

/** A multiple of 1/64 h in [0, maxH]: sums and shifts of such times are exact, so time invariance is exact. */
const dyadicH = (minH: number, maxH: number) => fc.integer({ min: Math.ceil(minH * 64), max: Math.floor(maxH * 64) }).map((ticks) => ticks / 64);

/**
 * 1 to 3 compartments; k10 from 0.003 to 10 /h, V1 1..1000 L, distribution rates 0.01..10 /h,
 * peripheral volumes 0.1..100 × V1; ka = k10 × 1/100..100 (exactly k10 one time in four); F
 * 0.01..1; lag 0 (one time in two) or up to 2 h.
 */
const parametersArbitrary: fc.Arbitrary<LinearPkParameters> = fc
  .record({
    compartments: fc.constantFrom(1 as const, 2 as const, 3 as const),
    eliminationRatePerH: logUniform(-2.5, 1),
    centralVolumeL: logUniform(0, 3),
    distribution: fc.array(fc.record({ ratePerH: logUniform(-2, 1), volumeRatio: logUniform(-1, 2) }), { minLength: 2, maxLength: 2 }),
    rateRatio: fc.oneof(fc.constant(1), logUniform(-2, 2)),
    bioavailability: fc.double({ min: 0.01, max: 1, noNaN: true }),
    lagTimeH: fc.oneof(fc.constant(0), dyadicH(0, 2)),
  })
  .map(({ compartments, eliminationRatePerH, centralVolumeL, distribution, rateRatio, bioavailability, lagTimeH }) => {
    const [first, second] = distribution as [{ ratePerH: number; volumeRatio: number }, { ratePerH: number; volumeRatio: number }];
    const parameters: LinearPkParameters = {
      compartments,
      clearanceLPerH: eliminationRatePerH * centralVolumeL,
      centralVolumeL,
      absorptionRatePerH: eliminationRatePerH * rateRatio,
      bioavailability,
      lagTimeH,
    };
    const secondPeripheral = compartments === 3 ? { q3LPerH: second.ratePerH * centralVolumeL, volume3L: second.volumeRatio * centralVolumeL } : {};
    return compartments === 1 ? parameters : { ...parameters, q2LPerH: first.ratePerH * centralVolumeL, volume2L: first.volumeRatio * centralVolumeL, ...secondPeripheral };
  });

/**
 * 1 to 20 doses of 0 or 0.001..2000 mg by any route, gaps of 0..48 h (0 gives doses at the same
 * time), infusions of 1/64..24 h; all times dyadic. Amounts stay clear of subnormal numbers.
 */
const dosesArbitrary: fc.Arbitrary<readonly Dose[]> = fc
  .array(
    fc.record({
      gapH: fc.oneof(fc.constant(0), dyadicH(0, 48)),
      route: fc.constantFrom("oral" as const, "iv-bolus" as const, "infusion" as const),
      amountMg: fc.oneof(fc.constant(0), logUniform(-3, Math.log10(2000))),
      durationH: dyadicH(1 / 64, 24),
    }),
    { minLength: 1, maxLength: 20 },
  )
  .map((steps) => {
    let timeH = 0;
    return steps.map(({ gapH, route, amountMg, durationH }) => {
      timeH += gapH;
      return route === "infusion" ? { route, timeH, amountMg, durationH } : { route, timeH, amountMg };
    });
  });

const windowArbitrary = fc.record({ fromH: dyadicH(-12, 300), lengthH: dyadicH(1 / 8, 96) }).map(({ fromH, lengthH }) => ({ fromH, toH: fromH + lengthH }));
const timesArbitrary = fc.array(dyadicH(-24, 800), { maxLength: 50 });

/** Doses of both lists, in time order (first list first at equal times). */
function mergeDoses(left: readonly Dose[], right: readonly Dose[]): Dose[] {
  return [...left, ...right].map((dose, index) => ({ dose, index })).sort((a, b) => a.dose.timeH - b.dose.timeH || a.index - b.index).map(({ dose }) => dose);
}

const scaleDoses = (doses: readonly Dose[], factor: number): Dose[] => doses.map((dose) => ({ ...dose, amountMg: dose.amountMg * factor }));

describe("linear PK engine: properties", () => {
  propTest.prop([parametersArbitrary, dosesArbitrary, timesArbitrary])("concentrations are finite and ≥ 0, and 0 before the first dose", (parameters, doses, timesH) => {
    const concentrations = concentrationsAt(preparePkSystem(parameters), doses, timesH);
    concentrations.forEach((concentration, index) => {
      expect(Number.isFinite(concentration) && concentration >= 0, `C(${timesH[index]} h) = ${concentration}`).toBe(true);
      if ((timesH[index] as number) < (doses[0] as Dose).timeH) expect(concentration).toBe(0);
    });
  });

  // The model is linear in the doses: concentrations and every metric scale by the factor, up to
  // rounding. Bounds: 1e-12 relative (sums of non-negative terms, a few ulps each); the time
  // above a threshold scaled with the doses moves only by the rounding of the crossings.
  propTest.prop([parametersArbitrary, dosesArbitrary, windowArbitrary, logUniform(-3, 3)])(
    "concentrations and every metric scale linearly with the doses",
    (parameters, doses, window, factor) => {
      const system = preparePkSystem(parameters);
      const base = exposureBetween(system, doses, window);
      const threshold = { ...window, thresholdMgPerL: base.cavgMgPerL };
      const withThreshold = exposureBetween(system, doses, threshold);
      const scaled = exposureBetween(system, scaleDoses(doses, factor), { ...window, thresholdMgPerL: base.cavgMgPerL * factor });
      for (const key of ["cmaxMgPerL", "cminMgPerL", "aucMgHPerL", "cavgMgPerL"] as const) {
        const bound = 1e-12 * factor * Math.max(base.cmaxMgPerL * (key === "aucMgHPerL" ? window.toH - window.fromH : 1), 1e-300);
        const difference = Math.abs(scaled[key] - factor * base[key]);
        expect(difference <= bound, `${key} × ${factor}: got ${scaled[key]}, expected ${factor * base[key]}, diff ${difference}, tolerance ${bound}`).toBe(true);
      }
      // Long after the last dose C can decay into subnormal numbers (below 2.2e-308), where
      // relative precision is lost by design; the crossings are only compared above that.
      if (base.cavgMgPerL * Math.min(factor, 1) > 1e-290) {
        expect(Math.abs(scaled.timeAboveThresholdH - withThreshold.timeAboveThresholdH)).toBeLessThanOrEqual(1e-6 * (window.toH - window.fromH));
      }
    },
  );

  // Superposition: the profile and the area of two schedules together are the sums of theirs.
  propTest.prop([parametersArbitrary, dosesArbitrary, dosesArbitrary, windowArbitrary])(
    "two schedules together give the sum of their profiles and areas (superposition)",
    (parameters, first, second, window) => {
      const system = preparePkSystem(parameters);
      const union = mergeDoses(first, second);
      const timesH = Array.from({ length: 25 }, (_, index) => window.fromH + ((window.toH - window.fromH) * index) / 24);
      const together = concentrationsAt(system, union, timesH);
      const apart = [concentrationsAt(system, first, timesH), concentrationsAt(system, second, timesH)] as const;
      together.forEach((value, index) => {
        const sum = (apart[0][index] as number) + (apart[1][index] as number);
        expect(Math.abs(value - sum), `C(${timesH[index]} h): ${value} vs ${sum}`).toBeLessThanOrEqual(1e-12 * sum + 1e-300);
      });
      const areaSum = exposureBetween(system, first, window).aucMgHPerL + exposureBetween(system, second, window).aucMgHPerL;
      expect(Math.abs(exposureBetween(system, union, window).aucMgHPerL - areaSum)).toBeLessThanOrEqual(1e-12 * areaSum + 1e-300);
    },
  );

  propTest.prop([parametersArbitrary, dosesArbitrary, windowArbitrary])("cmin ≤ cavg ≤ cmax, and tmin and tmax lie in the window", (parameters, doses, window) => {
    const metrics: IntervalExposure = exposureBetween(preparePkSystem(parameters), doses, window);
    const slackMgPerL = 1e-12 * metrics.cmaxMgPerL + 1e-300;
    expect(metrics.cminMgPerL).toBeGreaterThanOrEqual(0);
    expect(metrics.cavgMgPerL).toBeGreaterThanOrEqual(metrics.cminMgPerL - slackMgPerL);
    expect(metrics.cavgMgPerL).toBeLessThanOrEqual(metrics.cmaxMgPerL + slackMgPerL);
    for (const timeH of [metrics.tmaxH, metrics.tminH]) {
      expect(timeH).toBeGreaterThanOrEqual(window.fromH);
      expect(timeH).toBeLessThanOrEqual(window.toH);
    }
  });

  // The extremes are found among the window ends, the events and the stationary points: no
  // point of the profile on a grid of the window lies outside [cmin, cmax] (up to rounding,
  // 1e-12 · Cmax), and C(tmax) = Cmax. The grid point at toH is left out: a bolus given exactly
  // then is in C(toH) but belongs to the next window.
  propTest.prop([parametersArbitrary, dosesArbitrary, windowArbitrary])("the profile on a grid stays within [cmin, cmax], and C(tmax) = cmax", (parameters, doses, window) => {
    const system = preparePkSystem(parameters);
    const metrics = exposureBetween(system, doses, window);
    const timesH = Array.from({ length: 400 }, (_, index) => window.fromH + ((window.toH - window.fromH) * index) / 400);
    const profile = concentrationsAt(system, doses, timesH);
    const slackMgPerL = 1e-12 * metrics.cmaxMgPerL + 1e-300;
    expect(Math.max(...profile)).toBeLessThanOrEqual(metrics.cmaxMgPerL + slackMgPerL);
    expect(Math.min(...profile)).toBeGreaterThanOrEqual(metrics.cminMgPerL - slackMgPerL);
    if (metrics.tmaxH < window.toH) {
      expect(Math.abs((concentrationsAt(system, doses, [metrics.tmaxH])[0] as number) - metrics.cmaxMgPerL)).toBeLessThanOrEqual(slackMgPerL);
    }
  });

  // Shifting every dose and the window by the same dyadic amount is exact in floating point, so
  // the profile is the same up to rounding inside the engine (measured: identical, or ~1e-16).
  propTest.prop([parametersArbitrary, dosesArbitrary, windowArbitrary, dyadicH(-100, 100)])(
    "shifting the doses and the times shifts the profile and the metrics (time invariance)",
    (parameters, doses, window, shiftH) => {
      const system = preparePkSystem(parameters);
      const shiftedDoses = doses.map((dose) => ({ ...dose, timeH: dose.timeH + shiftH }));
      // Sixteenths of a dyadic window are dyadic: the shifted times are exact too.
      const timesH = Array.from({ length: 17 }, (_, index) => window.fromH + ((window.toH - window.fromH) * index) / 16);
      const base = concentrationsAt(system, doses, timesH);
      const shifted = concentrationsAt(system, shiftedDoses, timesH.map((timeH) => timeH + shiftH));
      base.forEach((value, index) => expect(Math.abs((shifted[index] as number) - value)).toBeLessThanOrEqual(1e-13 * value + 1e-300));
      const metrics = exposureBetween(system, doses, window);
      const moved = exposureBetween(system, shiftedDoses, { fromH: window.fromH + shiftH, toH: window.toH + shiftH });
      expect(Math.abs(moved.aucMgHPerL - metrics.aucMgHPerL)).toBeLessThanOrEqual(1e-13 * metrics.aucMgHPerL + 1e-300);
      expect(Math.abs(moved.cmaxMgPerL - metrics.cmaxMgPerL)).toBeLessThanOrEqual(1e-12 * metrics.cmaxMgPerL + 1e-300);
    },
  );
});

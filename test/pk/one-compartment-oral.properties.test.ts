import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { concentrationsAt, summariseExposure } from "../../src/pk/index.js";
import type { DoseEvent, ExposureMetrics, OneCompartmentOralParameters } from "../../src/pk/index.js";

// A failure prints fast-check's seed; replay with fc.configureGlobal({ seed }).

/** 10^u for u uniform in [minExponent, maxExponent]: spreads draws over orders of magnitude. */
const logUniform = (minExponent: number, maxExponent: number) =>
  fc.double({ min: minExponent, max: maxExponent, noNaN: true }).map((exponent) => 10 ** exponent);

/** k from 0.003 to 10 /h, ka = k times 1/100..100 (exactly k one time in two), V 1..1000 L. */
const parametersArbitrary: fc.Arbitrary<OneCompartmentOralParameters> = fc
  .record({
    eliminationRatePerH: logUniform(-2.5, 1),
    rateRatio: fc.oneof(fc.constant(1), logUniform(-2, 2)),
    volumeL: logUniform(0, 3),
    bioavailability: fc.double({ min: 0.01, max: 1, noNaN: true }),
  })
  .map(({ eliminationRatePerH, rateRatio, volumeL, bioavailability }) => ({
    absorptionRatePerH: eliminationRatePerH * rateRatio,
    clearanceLPerH: eliminationRatePerH * volumeL,
    volumeL,
    bioavailability,
  }));

/**
 * 1 to 30 doses of 0 or 0.001..2000 mg, gaps of 0..48 h (0 gives doses at the same time). Amounts
 * stay clear of subnormal numbers (below 2.2e-308), where relative precision is lost by design.
 */
const dosesArbitrary: fc.Arbitrary<readonly DoseEvent[]> = fc
  .array(
    fc.record({
      gapH: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 48, noNaN: true })),
      amountMg: fc.oneof(fc.constant(0), logUniform(-3, Math.log10(2000))),
    }),
    { minLength: 1, maxLength: 30 },
  )
  .map((steps) => {
    let timeH = 0;
    return steps.map(({ gapH, amountMg }) => ({ timeH: (timeH += gapH), amountMg }));
  });

const intervalArbitrary = fc.double({ min: 0.5, max: 48, noNaN: true });

const lastDoseTimeH = (doses: readonly DoseEvent[]): number => (doses[doses.length - 1] as DoseEvent).timeH;

describe("one-compartment oral: properties", () => {
  propTest.prop([parametersArbitrary, dosesArbitrary, fc.array(fc.double({ min: -24, max: 1500, noNaN: true }), { maxLength: 50 })])(
    "concentrations are finite and ≥ 0, and 0 before the first dose",
    (parameters, doses, timesH) => {
      const concentrations = concentrationsAt(parameters, doses, timesH);
      concentrations.forEach((concentration, index) => {
        expect(Number.isFinite(concentration) && concentration >= 0, `C(${timesH[index]} h) = ${concentration}`).toBe(true);
        if ((timesH[index] as number) < (doses[0] as DoseEvent).timeH) expect(concentration).toBe(0);
      });
    },
  );

  // The model is linear in the doses, so each metric scales by the factor up to rounding. The
  // bounds are absolute: concentrations to 1e-12 of Cmax; AUCs to 1e-13 of F·ΣD/CL (the AUC to
  // infinity), because mass balance subtracts amounts of that size and so carries an absolute
  // rounding error of a few ulps of them, which is large relative to an AUC over an interval in
  // which little is eliminated (e.g. the first half hour after a single dose with k = 0.003 /h).
  propTest.prop([parametersArbitrary, dosesArbitrary, intervalArbitrary, logUniform(-3, 3)])(
    "AUCs and concentrations scale linearly with the dose",
    (parameters, doses, intervalH, factor) => {
      const base = summariseExposure(parameters, doses, intervalH);
      const scaledDoses = doses.map((dose) => ({ timeH: dose.timeH, amountMg: dose.amountMg * factor }));
      const scaled = summariseExposure(parameters, scaledDoses, intervalH);
      const givenMg = parameters.bioavailability * doses.reduce((sum, dose) => sum + dose.amountMg, 0);
      const aucBoundMgHPerL = 1e-13 * factor * (givenMg / parameters.clearanceLPerH);
      const concentrationBoundMgPerL = 1e-12 * factor * base.cmaxMgPerL;
      const checks = [
        ["aucTauMgHPerL", aucBoundMgHPerL],
        ["aucCumulativeMgHPerL", aucBoundMgHPerL],
        ["cmaxMgPerL", concentrationBoundMgPerL],
        ["cminMgPerL", concentrationBoundMgPerL],
        ["ctroughMgPerL", concentrationBoundMgPerL],
      ] as const;
      for (const [key, bound] of checks) {
        const difference = Math.abs(scaled[key] - factor * base[key]);
        const message = `${key} × ${factor}: got ${scaled[key]}, expected ${factor * base[key]}, diff ${difference}, tolerance ${bound}`;
        expect(difference <= bound, message).toBe(true);
      }
    },
  );

  propTest.prop([parametersArbitrary, dosesArbitrary, intervalArbitrary])(
    "cmin ≤ ctrough, cmin ≤ cavg ≤ cmax, and tmax lies in the last interval",
    (parameters, doses, intervalH) => {
      const metrics: ExposureMetrics = summariseExposure(parameters, doses, intervalH);
      const slackMgPerL = 1e-12 * metrics.cmaxMgPerL;
      expect(metrics.cminMgPerL).toBeLessThanOrEqual(metrics.ctroughMgPerL);
      expect(metrics.cminMgPerL).toBeLessThanOrEqual(metrics.cmaxMgPerL);
      expect(metrics.cavgMgPerL).toBeGreaterThanOrEqual(metrics.cminMgPerL - slackMgPerL - 1e-300);
      expect(metrics.cavgMgPerL).toBeLessThanOrEqual(metrics.cmaxMgPerL + slackMgPerL + 1e-300);
      expect(metrics.tmaxH).toBeGreaterThanOrEqual(lastDoseTimeH(doses));
      expect(metrics.tmaxH).toBeLessThanOrEqual(lastDoseTimeH(doses) + intervalH);
    },
  );

  // The only stationary point between doses is a maximum, so no point of the true profile inside
  // the last interval is below the lower end or above Cmax (up to rounding, 1e-12 · Cmax).
  propTest.prop([parametersArbitrary, dosesArbitrary, intervalArbitrary])(
    "the profile on a fine grid stays within [cmin, cmax], and C(tmax) = cmax",
    (parameters, doses, intervalH) => {
      const metrics = summariseExposure(parameters, doses, intervalH);
      const startH = lastDoseTimeH(doses);
      const timesH = Array.from({ length: 401 }, (_, index) => startH + (intervalH * index) / 400);
      const slackMgPerL = 1e-12 * metrics.cmaxMgPerL;
      const profile = concentrationsAt(parameters, doses, timesH);
      expect(Math.min(...profile)).toBeGreaterThanOrEqual(metrics.cminMgPerL - slackMgPerL);
      expect(Math.max(...profile)).toBeLessThanOrEqual(metrics.cmaxMgPerL + slackMgPerL);
      const atTmax = concentrationsAt(parameters, doses, [metrics.tmaxH])[0] as number;
      expect(Math.abs(atTmax - metrics.cmaxMgPerL)).toBeLessThanOrEqual(slackMgPerL);
    },
  );
});

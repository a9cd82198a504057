import { test as propTest, fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { aucBetween, concentrationsAt, exposureBetween, measureRegimenArea, measureRegimenExposure, measureWindowArea, preparePkSystem } from "../../src/pk/index.js";
import type { Dose, ExposureWindow, LinearPkParameters, PkSystem } from "../../src/pk/index.js";
import { ONE_CMT_ORAL, ORAL_MODELS, regularDoses, THREE_CMT, TWO_CMT } from "./model-fixtures.js";

// measureRegimenExposure and measureRegimenArea walk the doses once instead of three times:
// every number must be the very double of the separate calls (toBe is Object.is: bit for bit).

/** What the three separate calls give. */
function separately(system: PkSystem, doses: readonly Dose[], window: ExposureWindow) {
  const interval = exposureBetween(system, doses, window);
  return { ...interval, aucFromZeroMgHPerL: aucBetween(system, doses, { fromH: 0, toH: window.toH }), concentrationAtEndMgPerL: concentrationsAt(system, doses, [window.toH])[0] };
}

function expectSameDoubles(system: PkSystem, doses: readonly Dose[], window: ExposureWindow): void {
  const expected = separately(system, doses, window);
  const actual = measureRegimenExposure(system, doses, window);
  for (const key of Object.keys(expected) as (keyof typeof expected)[]) expect(actual[key], key).toBe(expected[key]);
  const area = measureRegimenArea(system, doses, { fromH: window.fromH, toH: window.toH });
  for (const key of ["aucMgHPerL", "cavgMgPerL", "aucFromZeroMgHPerL", "concentrationAtEndMgPerL"] as const) expect(area[key], `area ${key}`).toBe(expected[key]);
  const windowArea = measureWindowArea(system, doses, { fromH: window.fromH, toH: window.toH });
  for (const key of ["aucMgHPerL", "cavgMgPerL", "concentrationAtEndMgPerL"] as const) expect(windowArea[key], `window ${key}`).toBe(expected[key]);
}

const daily = regularDoses("oral", { amountMg: 100, intervalH: 24, doseCount: 28 });
const W3_LIKE = preparePkSystem({ compartments: 1, clearanceLPerH: 3.1, centralVolumeL: 41, absorptionRatePerH: 1, bioavailability: 1, lagTimeH: 0 });

describe("measureRegimenExposure, measureRegimenArea and measureWindowArea", () => {
  it("give the doubles of exposureBetween, aucBetween and concentrationsAt over the last of 28 daily doses", () => {
    expectSameDoubles(W3_LIKE, daily, { fromH: 648, toH: 672 });
  });

  it("do so when the last dose is missed (the window starts between events)", () => {
    expectSameDoubles(W3_LIKE, daily.slice(0, 27), { fromH: 648, toH: 672 });
    expectSameDoubles(W3_LIKE, daily.filter((_, index) => index !== 20 && index !== 27), { fromH: 648, toH: 672, thresholdMgPerL: 0.5 });
  });

  it("do so for an empty schedule and for doses that all come after the window", () => {
    expectSameDoubles(W3_LIKE, [], { fromH: 648, toH: 672 });
    expectSameDoubles(W3_LIKE, daily.map((dose) => ({ ...dose, timeH: dose.timeH + 700 })), { fromH: 648, toH: 672 });
  });

  it("do so with a lag, infusions stopping at the window's end and a bolus at its end", () => {
    for (const [, parameters] of ORAL_MODELS) {
      const system = preparePkSystem(parameters);
      const lagged = regularDoses("oral", { amountMg: 50, intervalH: 12, doseCount: 6 });
      expectSameDoubles(system, lagged, { fromH: 60, toH: 72 });
      expectSameDoubles(system, lagged, { fromH: 60 + parameters.lagTimeH, toH: 72 + parameters.lagTimeH });
    }
    const system = preparePkSystem(TWO_CMT);
    const infusions = regularDoses("infusion", { amountMg: 500, intervalH: 8, doseCount: 4, durationH: 8 });
    expectSameDoubles(system, infusions, { fromH: 24, toH: 32, thresholdMgPerL: 5 });
    expectSameDoubles(system, [...infusions, { route: "iv-bolus", timeH: 32, amountMg: 100 }], { fromH: 24, toH: 32 });
  });

  it("do so for doses before time 0 (walked separately)", () => {
    const system = preparePkSystem(THREE_CMT);
    expectSameDoubles(system, regularDoses("iv-bolus", { amountMg: 100, intervalH: 6, doseCount: 8, firstH: -12 }), { fromH: 18, toH: 24 });
  });

  it("refuse a window that ends at or before 0, as aucBetween from 0 would", () => {
    expect(() => measureRegimenArea(W3_LIKE, daily, { fromH: -24, toH: 0 })).toThrow("measureRegimenArea requires a toH after 0, got 0");
    expect(() => measureRegimenExposure(W3_LIKE, daily, { fromH: 24, toH: 12 })).toThrow("measureRegimenExposure requires fromH < toH, got fromH 24 and toH 12");
  });
});

/** A multiple of 1/8 h: windows land on dose times often. */
const eighthsH = (minH: number, maxH: number) => fc.integer({ min: Math.ceil(minH * 8), max: Math.floor(maxH * 8) }).map((ticks) => ticks / 8);

const parametersArbitrary: fc.Arbitrary<LinearPkParameters> = fc
  .record({ model: fc.constantFrom(ONE_CMT_ORAL, { ...TWO_CMT, absorptionRatePerH: 0.8 }, { ...THREE_CMT, absorptionRatePerH: 1.2 }), lagTimeH: fc.oneof(fc.constant(0), eighthsH(0, 4)), scale: fc.double({ min: 0.3, max: 3, noNaN: true }) })
  .map(({ model, lagTimeH, scale }) => ({ ...model, clearanceLPerH: model.clearanceLPerH * scale, lagTimeH }));

/** Up to 12 doses by any route, from 0 h (one time in five from −24..24 h), gaps of 0..24 h. */
const dosesArbitrary: fc.Arbitrary<readonly Dose[]> = fc
  .tuple(
    fc.oneof({ weight: 4, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: eighthsH(-24, 24) }),
    fc.array(fc.record({ gapH: fc.oneof(fc.constant(0), eighthsH(0, 24)), route: fc.constantFrom("oral" as const, "iv-bolus" as const, "infusion" as const), amountMg: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 500, noNaN: true })), durationH: eighthsH(1 / 8, 12) }), { maxLength: 12 }),
  )
  .map(([firstH, steps]) => {
    let timeH = firstH;
    return steps.map(({ gapH, route, amountMg, durationH }) => {
      timeH += gapH;
      return route === "infusion" ? { route, timeH, amountMg, durationH } : { route, timeH, amountMg };
    });
  });

describe("measureRegimenExposure: properties", () => {
  propTest.prop([parametersArbitrary, dosesArbitrary, eighthsH(0, 150), eighthsH(1 / 8, 48), fc.option(fc.double({ min: 0, max: 20, noNaN: true }), { nil: undefined })], { numRuns: 300 })(
    "every number is the double of the separate calls",
    (parameters, doses, fromH, lengthH, thresholdMgPerL) => {
      const window = { fromH, toH: fromH + lengthH, ...(thresholdMgPerL === undefined ? {} : { thresholdMgPerL }) };
      expectSameDoubles(preparePkSystem(parameters), doses, window);
    },
  );
});

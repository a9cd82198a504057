import { describe, expect, it } from "vitest";
import { simulateEffectCompartmentResponse, simulateEffectSiteConcentrations } from "../../src/pd/index.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

describe("simulateEffectSiteConcentrations", () => {
  it("approaches a constant C as C · (1 − e^(−ke0·t)) (the doc example)", () => {
    const got = simulateEffectSiteConcentrations({ concentrationAt: () => 2, ke0PerH: 0.5, outputTimesH: [0, 2, 10] });
    expect(got[0]).toBe(0);
    expectRelativeClose(got[1]!, 2 * (1 - Math.exp(-1)), 1e-7, "Ce(2 h)");
    expect(got[1]).toBeCloseTo(1.2642, 4);
    expectRelativeClose(got[2]!, 2 * (1 - Math.exp(-5)), 1e-7, "Ce(10 h)");
  });

  // IV bolus C = C0·e^(−k t): Ce = C0·ke0/(ke0 − k)·(e^(−k t) − e^(−ke0 t)).
  it("follows the closed form for a monoexponential C, from startH", () => {
    const [c0, k, ke0] = [10, 0.3, 1.2];
    const outputTimesH = [5, 6, 8, 29];
    const got = simulateEffectSiteConcentrations({ concentrationAt: (timeH) => c0 * Math.exp(-k * (timeH - 5)), ke0PerH: ke0, outputTimesH, startH: 5, tolerances: { relative: 1e-10, absolute: 1e-14 } });
    outputTimesH.forEach((timeH, index) => {
      const s = timeH - 5;
      expectRelativeClose(got[index]!, ((c0 * ke0) / (ke0 - k)) * (Math.exp(-k * s) - Math.exp(-ke0 * s)), 1e-8, `Ce(${timeH} h)`);
    });
  });

  // IV boluses make C jump at each dose: the solver restarts there and sees C's left limit at the
  // end of each segment, so the superposed closed form holds to the tolerance.
  it("follows the closed form under repeated IV boluses (C jumps at the break points)", () => {
    const [c0, k, ke0] = [10, 0.3, 1.2];
    const doseTimesH = [0, 6, 12, 18];
    const sum = (timeH: number, term: (elapsedH: number) => number) => doseTimesH.filter((doseH) => doseH <= timeH).reduce((total, doseH) => total + term(timeH - doseH), 0);
    const outputTimesH = [3, 6, 9, 12, 24];
    const got = simulateEffectSiteConcentrations({
      concentrationAt: (timeH) => sum(timeH, (s) => c0 * Math.exp(-k * s)),
      ke0PerH: ke0,
      outputTimesH,
      breakpointsH: doseTimesH,
      tolerances: { relative: 1e-10, absolute: 1e-14 },
    });
    outputTimesH.forEach((timeH, index) => {
      const expected = sum(timeH, (s) => ((c0 * ke0) / (ke0 - k)) * (Math.exp(-k * s) - Math.exp(-ke0 * s)));
      expectRelativeClose(got[index]!, expected, 1e-8, `Ce(${timeH} h)`);
    });
  });

  it("refuses ke0 ≤ 0 and a non-finite concentration", () => {
    expect(() => simulateEffectSiteConcentrations({ concentrationAt: () => 1, ke0PerH: 0, outputTimesH: [1] })).toThrow(
      new RangeError("simulateEffectSiteConcentrations requires a finite ke0PerH > 0, got 0"),
    );
    expect(() => simulateEffectSiteConcentrations({ concentrationAt: () => Number.NaN, ke0PerH: 1, outputTimesH: [1] })).toThrow(
      new RangeError("simulateEffectSiteConcentrations requires a finite time course, got NaN at t = 0 h"),
    );
  });
});

describe("simulateEffectCompartmentResponse", () => {
  it("applies a direct model to Ce (the doc example: Ce = EC50 gives Emax / 2)", () => {
    const ec50 = 2 * (1 - Math.exp(-1));
    const { effectSiteMgPerL, effects } = simulateEffectCompartmentResponse({ concentrationAt: () => 2, ke0PerH: 0.5, outputTimesH: [2] }, { kind: "emax", emax: 10, ec50 });
    expectRelativeClose(effectSiteMgPerL[0]!, ec50, 1e-7, "Ce");
    expect(effects[0]).toBeCloseTo(5, 5);
  });
});

import { describe, expect, it } from "vitest";
import {
  buildIndirectResponseRate,
  computeIndirectResponseSteadyState,
  describeIndirectResponse,
  isInhibitoryIndirectResponse,
  simulateIndirectResponse,
  type IndirectResponseModel,
} from "../../src/pd/index.js";
import { assertIndirectResponseModel } from "../../src/pd/indirect-response.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

// The parameters of pk-extra.json pd_on_case_a: kout 0.2 /h, Imax 0.8, IC50 5, Emax 1.5, EC50 6 mg/L.
const MODELS = {
  I: { kind: "inhibition-of-production", kOutPerH: 0.2, imax: 0.8, ic50MgPerL: 5 },
  II: { kind: "inhibition-of-loss", kOutPerH: 0.2, imax: 0.8, ic50MgPerL: 5 },
  III: { kind: "stimulation-of-production", kOutPerH: 0.2, emax: 1.5, ec50MgPerL: 6 },
  IV: { kind: "stimulation-of-loss", kOutPerH: 0.2, emax: 1.5, ec50MgPerL: 6 },
} as const satisfies Readonly<Record<string, IndirectResponseModel>>;
const R0 = 10;
const C = 4; // mg/L: I(C) = 0.8·4/9, S(C) = 1.5·4/10 = 0.6
const inhibited = (0.8 * 4) / 9;
const stimulated = 0.6;

describe("steady state at a constant concentration, closed forms (Dayneka et al. 1993, Table I)", () => {
  const expected: Readonly<Record<keyof typeof MODELS, number>> = {
    I: R0 * (1 - inhibited),
    II: R0 / (1 - inhibited),
    III: R0 * (1 + stimulated),
    IV: R0 / (1 + stimulated),
  };
  for (const type of ["I", "II", "III", "IV"] as const) {
    it(`type ${type}: computeIndirectResponseSteadyState and a long simulation agree with the closed form`, () => {
      const model = MODELS[type];
      expectRelativeClose(computeIndirectResponseSteadyState(model, R0, C), expected[type], 1e-15, "closed form");
      // 400 h is 80 time constants of the slowest (type II: kout·(1 − I) = 0.129 /h): e^-51 is nil.
      const [atEnd] = simulateIndirectResponse({ model, baseline: R0, concentrationAt: () => C, outputTimesH: [400], tolerances: { relative: 1e-12, absolute: 1e-14 } });
      expectRelativeClose(atEnd!, expected[type], 1e-10, "simulated steady state");
    });
  }

  it("gives the doc examples: type I at IC50 is 6, type IV at EC50 is 10 / 1.75", () => {
    expect(computeIndirectResponseSteadyState(MODELS.IV, 10, 6)).toBeCloseTo(5.7142857, 7);
    const [response] = simulateIndirectResponse({ model: MODELS.I, baseline: 10, concentrationAt: () => 5, outputTimesH: [100] });
    expect(response).toBeCloseTo(6, 4);
  });
});

describe("simulateIndirectResponse", () => {
  // At constant C, R(t) = Rss + (R0 − Rss)·e^(−kout·loss·t), loss = 1 − I (II), 1 + S (IV), else 1.
  it("follows the exponential approach to steady state at constant C, for all four types", () => {
    const outputTimesH = [0, 1, 5, 12, 30];
    for (const [type, loss] of [["I", 1], ["II", 1 - inhibited], ["III", 1], ["IV", 1 + stimulated]] as const) {
      const model = MODELS[type];
      const steady = computeIndirectResponseSteadyState(model, R0, C);
      const got = simulateIndirectResponse({ model, baseline: R0, concentrationAt: () => C, outputTimesH, tolerances: { relative: 1e-11, absolute: 1e-13 } });
      outputTimesH.forEach((timeH, index) => {
        expectRelativeClose(got[index]!, steady + (R0 - steady) * Math.exp(-0.2 * loss * timeH), 1e-9, `type ${type} at ${timeH} h`);
      });
    }
  });

  it("stays at baseline without drug, and starts at startH", () => {
    const got = simulateIndirectResponse({ model: MODELS.III, baseline: 7, concentrationAt: () => 0, outputTimesH: [24, 48], startH: 24 });
    expect([...got]).toEqual([7, 7]);
  });

  it("checks its inputs (RangeErrors, verbatim)", () => {
    const run = (model: IndirectResponseModel, baseline = 10) => () => simulateIndirectResponse({ model, baseline, concentrationAt: () => 1, outputTimesH: [1] });
    expect(run(MODELS.I, -1)).toThrow(new RangeError("simulateIndirectResponse requires a finite baseline ≥ 0, got -1"));
    expect(run({ ...MODELS.I, kOutPerH: 0 })).toThrow(new RangeError("simulateIndirectResponse requires a finite kOutPerH > 0, got 0"));
    expect(run({ ...MODELS.II, imax: 1.5 })).toThrow(new RangeError("simulateIndirectResponse requires imax within [0, 1], got 1.5"));
    expect(run({ ...MODELS.I, ic50MgPerL: 0 })).toThrow(new RangeError("simulateIndirectResponse requires a finite ic50MgPerL > 0, got 0"));
    expect(run({ ...MODELS.III, emax: -1 })).toThrow(new RangeError("simulateIndirectResponse requires a finite emax ≥ 0, got -1"));
    expect(run({ ...MODELS.IV, ec50MgPerL: Number.NaN })).toThrow(new RangeError("simulateIndirectResponse requires a finite ec50MgPerL > 0, got NaN"));
    expect(run({ ...MODELS.IV, hill: 0 })).toThrow(new RangeError("simulateIndirectResponse requires a finite hill > 0, got 0"));
    expect(() => assertIndirectResponseModel({ ...MODELS.II, imax: 1.5 }, "f")).toThrow(new RangeError("f requires imax within [0, 1], got 1.5"));
  });
});

describe("buildIndirectResponseRate", () => {
  it("gives dR/dt for each type (the doc example: type I at IC50 and R0 gives −0.8)", () => {
    expect(buildIndirectResponseRate(MODELS.I, 10)(5, 10)).toBeCloseTo(-0.8, 15);
    // kin = 2: II 2 − 0.2·0.6·10, III 2·1.75 − 0.2·10, IV 2 − 0.2·1.75·10.
    expect(buildIndirectResponseRate(MODELS.II, 10)(5, 10)).toBeCloseTo(0.8, 15);
    expect(buildIndirectResponseRate(MODELS.III, 10)(6, 10)).toBeCloseTo(1.5, 15);
    expect(buildIndirectResponseRate(MODELS.IV, 10)(6, 10)).toBeCloseTo(-1.5, 15);
    for (const model of Object.values(MODELS)) expect(buildIndirectResponseRate(model, 10)(0, 10)).toBe(0);
  });
});

describe("describeIndirectResponse and isInhibitoryIndirectResponse", () => {
  it("gives the production and loss factors (the doc examples)", () => {
    expect(describeIndirectResponse(MODELS.I, 5)).toEqual({ production: 0.6, loss: 1 });
    expect(describeIndirectResponse(MODELS.II, 5)).toEqual({ production: 1, loss: 0.6 });
    expect(describeIndirectResponse(MODELS.III, 6)).toEqual({ production: 1.75, loss: 1 });
    expect(describeIndirectResponse(MODELS.IV, 6)).toEqual({ production: 1, loss: 1.75 });
    expect(describeIndirectResponse({ ...MODELS.I, hill: 2 }, 5)).toEqual({ production: 0.6, loss: 1 });
    expect(isInhibitoryIndirectResponse(MODELS.II)).toBe(true);
    expect(isInhibitoryIndirectResponse(MODELS.III)).toBe(false);
  });
});

import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { specTextWith, SpecEditError, parseSpec } from "../../src/spec/index.js";
import { gridSize, parseSweepPath, parseSweepValues, powerCurves, powersBelow, sweepGrid, targetReached, type PointPowers, type SweepField } from "../../src/sweep/index.js";
import { exampleSpecText } from "../helpers/cli.js";

describe("parseSweepValues", () => {
  it.each([
    ["40,80,120,160", [40, 80, 120, 160]],
    ["50..200 step 50", [50, 100, 150, 200]],
    ["1..4", [1, 2, 3, 4]],
    ["0.1..0.3 step 0.1", [0.1, 0.2, 0.3]],
    ["welch, ancova", ["welch", "ancova"]],
    ["true,false", [true, false]],
    ["-0.5,0,1e-3", [-0.5, 0, 0.001]],
  ])("%s", (text, values) => {
    expect(parseSweepValues(text)).toEqual({ ok: true, value: values });
  });

  it.each([
    ["40,,80", "has an empty value"],
    ["200..50 step 50", "ends before it starts"],
    ["1..10 step 0", "must be a positive number"],
    ["1..1e6 step 1", "more than 1000"],
    ["40,40", "the value 40 is given twice"],
  ])("refuses %s", (text, problem) => {
    const parsed = parseSweepValues(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? "" : parsed.problem).toContain(problem);
  });

  test.prop([fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 50 })])("a range has ⌊(to − from)/step⌋ + 1 values, from + k·step", (from, span, step) => {
    const parsed = parseSweepValues(`${from}..${from + span} step ${step}`);
    expect(parsed.ok).toBe(true);
    const values = parsed.ok ? parsed.value : [];
    expect(values).toHaveLength(Math.floor(span / step) + 1);
    values.forEach((value, k) => expect(value).toBe(from + k * step));
  });
});

describe("parseSweepPath", () => {
  it("splits at dots and refuses anything else", () => {
    expect(parseSweepPath("arms.active.regimen.dose_mg")).toEqual({ ok: true, value: ["arms", "active", "regimen", "dose_mg"] });
    expect(parseSweepPath("arms[1].dose").ok).toBe(false);
    expect(parseSweepPath("population..n").ok).toBe(false);
  });
});

describe("sweepGrid", () => {
  it("runs the first field slowest, numbering points from 1", () => {
    const fields: SweepField[] = [
      { label: "a", path: ["a"], values: [1, 2] },
      { label: "b", path: ["b"], values: ["x", "y", "z"] },
    ];
    expect(gridSize(fields)).toBe(6);
    expect(sweepGrid(fields).map((point) => [point.index, ...point.values])).toEqual([
      [1, 1, "x"], [2, 1, "y"], [3, 1, "z"], [4, 2, "x"], [5, 2, "y"], [6, 2, "z"],
    ]);
  });
});

describe("specTextWith", () => {
  const text = exampleSpecText();

  it("sets a field addressed by list ids, keeping the rest of the spec", () => {
    const edited = parseSpec(specTextWith(text, [{ path: ["arms", "high", "regimen", "dose_mg"], value: 300 }, { path: ["population", "n_per_arm"], value: 90 }]), "spec.yaml");
    const original = parseSpec(text, "spec.yaml");
    expect(edited.arms.find((arm) => arm.id === "high")?.regimen?.dose_mg).toBe(300);
    expect(edited.population.n_per_arm).toBe(90);
    expect({ ...edited, arms: original.arms, population: original.population }).toEqual(original);
  });

  it("addresses a list item by position too, and adds a missing key", () => {
    const edited = parseSpec(specTextWith(text, [{ path: ["arms", "0", "id"], value: "pbo" }, { path: ["trial", "title"], value: "edited" }]), "spec.yaml");
    expect(edited.arms[0]?.id).toBe("pbo");
    expect(edited.trial.title).toBe("edited");
  });

  it("design=<id> keeps that candidate; design=rct removes the designs (and the drift only they read); an unknown design names the choices", () => {
    const synthetic = exampleSpecText("pbc-synthetic-control.yaml");
    const procova = parseSpec(specTextWith(synthetic, [{ path: ["design"], value: "procova" }]), "spec.yaml");
    expect(procova.designs?.candidates.map((candidate) => candidate.id)).toEqual(["procova"]);
    const rct = parseSpec(specTextWith(synthetic, [{ path: ["design"], value: "rct" }]), "spec.yaml");
    expect(rct.designs).toBeUndefined();
    expect(rct.endpoints.every((endpoint) => endpoint.drift === undefined)).toBe(true);
    expect(() => specTextWith(synthetic, [{ path: ["design"], value: "procovaa" }])).toThrow(new SpecEditError('design "procovaa" is neither rct nor a design of designs.candidates', "use one of rct, concurrent, procova, synthetic, external, external-model"));
  });

  it("names the ids when a list item does not exist, and refuses a path through a value", () => {
    expect(() => specTextWith(text, [{ path: ["arms", "hihg", "regimen", "dose_mg"], value: 1 }])).toThrow(new SpecEditError('arms has no item "hihg"', "name an item by its id (placebo, low, high) or its position from 0"));
    expect(() => specTextWith(text, [{ path: ["trial", "seed", "x"], value: 1 }])).toThrow('trial.seed is a single value, so it has no field "x"');
  });
});

describe("power curves and the target", () => {
  const field: SweepField = { label: "n", path: ["n"], values: [40, 60, 80] };
  const powers = (rates: number[]): PointPowers[] =>
    rates.map((rate, at) => ({ point: { index: at + 1, values: [field.values[at] as number] }, powers: [{ design: "rct", endpoint: "y", comparison: "a vs b", method: "welch", quantity: "power", rate, mcse: Math.sqrt((rate * (1 - rate)) / 400) }] }));

  it("finds the smallest value reaching the target and the interpolated crossing with its ±2 MCSE band", () => {
    const [curve] = powerCurves([field], powers([0.5, 0.7, 0.9]));
    expect(curve?.points.map((point) => point.value)).toEqual([40, 60, 80]);
    const reached = targetReached(curve as NonNullable<typeof curve>, 0.8);
    expect(reached.smallest).toEqual({ value: 80, rate: 0.9, mcse: Math.sqrt((0.9 * (1 - 0.9)) / 400) });
    // 60 + (0.8 − 0.7)/(0.9 − 0.7) × 20 = 70
    expect(reached.crossing.estimate).toBeCloseTo(70, 12);
    // power + 2 MCSE at 60 is 0.7 + 2·0.0229129 = 0.745826 < 0.8: crossing at 60 + (0.8 − 0.745826)/(0.93 − 0.745826) × 20
    const upper = (r: number) => r + 2 * Math.sqrt((r * (1 - r)) / 400);
    expect(reached.crossing.lower).toBeCloseTo(60 + ((0.8 - upper(0.7)) / (upper(0.9) - upper(0.7))) * 20, 12);
    const lower = (r: number) => r - 2 * Math.sqrt((r * (1 - r)) / 400);
    expect(reached.crossing.upper).toBeCloseTo(60 + ((0.8 - lower(0.7)) / (lower(0.9) - lower(0.7))) * 20, 12);
  });

  it("says not reached, and lists the powers under a required minimum", () => {
    const [curve] = powerCurves([field], powers([0.2, 0.3, 0.4]));
    const reached = targetReached(curve as NonNullable<typeof curve>, 0.8);
    expect(reached.smallest).toBeUndefined();
    expect(reached.crossing.estimate).toBeNaN();
    expect(powersBelow(powers([0.5, 0.85, 0.9]), 0.8).map(({ point }) => point.index)).toEqual([1]);
  });

  it("draws no curve over a field of words", () => {
    expect(powerCurves([{ label: "m", path: ["m"], values: ["welch", "ancova"] }], [])).toEqual([]);
  });
});

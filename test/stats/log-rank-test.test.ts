import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { logRankTest, type LogRankTest } from "../../src/stats/log-rank-test.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";
import { loadSurvivalExtraReference, loadSurvivalExtrasReference, loadSurvivalReference, strataOf } from "../helpers/survival-reference.js";

/** Closed form (asked: 1e-8 relative); observed ≤ 3e-14 (the stratified p values; O − E summed in another order than survdiff2.c). */
const TOLERANCE = 1e-12;

interface ExpectedLogRank {
  readonly chisq: number;
  readonly df: number;
  readonly p: number;
  readonly observed: readonly number[];
  readonly expected: readonly number[];
}

function expectLogRank(got: LogRankTest, want: ExpectedLogRank, label: string): void {
  expectRelativeClose(got.chiSquare, want.chisq, TOLERANCE, `${label} χ²`);
  expect(got.degreesOfFreedom, `${label} df`).toBe(want.df);
  expectRelativeClose(got.pValue, want.p, TOLERANCE, `${label} p`);
  expect(got.observed, `${label} observed`).toEqual(want.observed);
  for (const [group, value] of want.expected.entries()) {
    expectRelativeClose(got.expected[group] ?? Number.NaN, value, TOLERANCE, `${label} expected[${group}]`);
  }
}

/** Patients with integer times (ties common), events, a group 0..2 and a stratum 0..1. */
const patients = fc.array(
  fc.record({ time: fc.integer({ min: 0, max: 12 }), event: fc.boolean(), group: fc.integer({ min: 0, max: 2 }), stratum: fc.integer({ min: 0, max: 1 }) }),
  { minLength: 1, maxLength: 60 },
);

describe("logRankTest preconditions", () => {
  it("checks the data, groups and strata", () => {
    expect(() => logRankTest({ times: [], events: [], groups: [] })).toThrow(new RangeError("logRankTest requires at least one patient"));
    expect(() => logRankTest({ times: [1, 2], events: [1, 1], groups: [0] })).toThrow(
      new RangeError("logRankTest requires one group per patient, got 1 groups and 2 patients"),
    );
    expect(() => logRankTest({ times: [1, 2], events: [1, 1], groups: [0, 0.5] })).toThrow(
      new RangeError("logRankTest requires group codes that are non-negative integers, got 0.5 at index 1"),
    );
    expect(() => logRankTest({ times: [1, 2], events: [1, 1], groups: [0, 1], strata: [0, -1] })).toThrow(
      new RangeError("logRankTest requires stratum codes that are non-negative integers, got -1 at index 1"),
    );
  });
});

describe("logRankTest", () => {
  it("doc example: χ² = 8/13 (R 4.2.2 survdiff: 0.615384615384615)", () => {
    const test = logRankTest({ times: [1, 2, 3, 4], events: [1, 1, 1, 1], groups: [0, 1, 0, 1] });
    expectRelativeClose(test.chiSquare, 8 / 13, 1e-15, "χ²");
    expect(test.observed).toEqual([2, 2]);
    expectRelativeClose(test.expected[0] ?? Number.NaN, 4 / 3, 1e-15, "E0");
  });

  it("with one group: χ² = 0 on 0 degrees of freedom and no p value (nothing to compare)", () => {
    const test = logRankTest({ times: [3, 1, 2], events: [1, 0, 1], groups: [0, 0, 0] });
    expect([test.chiSquare, test.degreesOfFreedom]).toEqual([0, 0]);
    expect(test.pValue).toBeNaN();
    expect(test.observed).toEqual([2]);
  });

  it("without events: nothing expected, χ² = 0, no p value", () => {
    const test = logRankTest({ times: [3, 1, 2, 4], events: [0, 0, 0, 0], groups: [0, 1, 0, 1] });
    expect([test.chiSquare, test.degreesOfFreedom, test.observed, test.expected]).toEqual([0, 0, [0, 0], [0, 0]]);
    expect(test.pValue).toBeNaN();
  });

  it("leaves out a group with no patients (an unused code) or nobody at risk at any event", () => {
    const base = { times: [1, 2, 3, 4, 5, 6], events: [1, 1, 1, 0, 1, 1] };
    const twoGroups = logRankTest({ ...base, groups: [0, 1, 0, 1, 0, 1] });
    const unusedCode = logRankTest({ ...base, groups: [0, 2, 0, 2, 0, 2] });
    expect(unusedCode.degreesOfFreedom).toBe(1);
    expect(unusedCode.chiSquare).toBe(twoGroups.chiSquare);
    expect(unusedCode.expected[1]).toBe(0);
  });

  it("is NaN when the variance vanishes: all at risk die at the only event time", () => {
    const test = logRankTest({ times: [5, 5, 5, 5], events: [1, 1, 1, 1], groups: [0, 1, 0, 1] });
    expect(test.degreesOfFreedom).toBe(1);
    expect(test.chiSquare).toBeNaN();
    expect(test.pValue).toBeNaN();
  });

  it("reproduces R's survdiff on pbc (stats.json → survival.logrank; models.json → cox_score_vs_logrank)", () => {
    // R 4.2.2: χ² = 0.101705474004902, p = 0.749792518855271, O = (60, 65), E = (61.78, 63.22).
    const reference = loadSurvivalReference();
    const { time, event, treat } = reference.inputs;
    const want = reference.logrank;
    const got = logRankTest({ times: time, events: event, groups: treat });
    expectLogRank(got, { ...want, observed: [want.observed.control, want.observed.treatment], expected: [want.expected.control, want.expected.treatment] }, "pbc");
    expectRelativeClose(got.chiSquare, loadSurvivalExtrasReference().cox_score_vs_logrank.logrank_survdiff.chisq, TOLERANCE, "models.json χ²");
  });

  it("reproduces R's stratified survdiff on pbc by stage and by sex (models.json → logrank_stratified)", () => {
    const extras = loadSurvivalExtrasReference();
    const { time, status, treat } = extras.inputs;
    const cases = {
      death_by_stage: { event: (s: number) => s === 2, strata: extras.inputs.stage },
      death_by_sex: { event: (s: number) => s === 2, strata: extras.inputs.sex_male },
      death_or_transplant_by_stage: { event: (s: number) => s >= 1, strata: extras.inputs.stage },
    };
    for (const [name, { event, strata }] of Object.entries(cases)) {
      const events = status.map((s) => (event(s) ? 1 : 0));
      const want = extras.logrank_stratified[name as keyof typeof cases];
      const got = logRankTest({ times: time, events, groups: treat, strata });
      const expected = { ...want, observed: [want.observed.control, want.observed.treatment], expected: [want.expected.control, want.expected.treatment] };
      expectLogRank(got, expected, name);
      expectRelativeClose(logRankTest({ times: time, events, groups: treat }).chiSquare, want.unstratified_chisq, TOLERANCE, `${name} unstratified`);
    }
  });

  it("reproduces R on ties everywhere and three groups, one nobody in is at risk at an event (survival-extra.json)", () => {
    for (const [name, block] of Object.entries(loadSurvivalExtraReference().logrank)) {
      const strata = strataOf(block);
      const got = logRankTest({ times: block.time, events: block.event, groups: block.group, ...(strata === undefined ? {} : { strata }) });
      expectLogRank(got, block, name);
    }
  });

  propTest.prop([patients])("with one group the statistic is 0", (data) => {
    const test = logRankTest({ times: data.map((p) => p.time), events: data.map((p) => p.event), groups: data.map(() => 0) });
    expect(test.chiSquare).toBe(0);
    expect(test.degreesOfFreedom).toBe(0);
  });

  propTest.prop([patients])("observed and expected totals agree: Σ O = Σ E = the number of events", (data) => {
    const test = logRankTest({ times: data.map((p) => p.time), events: data.map((p) => p.event), groups: data.map((p) => p.group) });
    const events = data.filter((p) => p.event).length;
    expect(test.observed.reduce((a, b) => a + b, 0)).toBe(events);
    expect(Math.abs(test.expected.reduce((a, b) => a + b, 0) - events)).toBeLessThan(1e-9);
    expect(test.chiSquare >= 0 || Number.isNaN(test.chiSquare)).toBe(true);
  });

  const permuted = patients.chain((data) =>
    fc.tuple(fc.constant(data), fc.shuffledSubarray(data, { minLength: data.length, maxLength: data.length })),
  );
  propTest.prop([permuted])("a permutation of the patients changes nothing (stratified)", ([data, shuffled]) => {
    const run = (rows: typeof data): LogRankTest =>
      logRankTest({ times: rows.map((p) => p.time), events: rows.map((p) => p.event), groups: rows.map((p) => p.group), strata: rows.map((p) => p.stratum) });
    expect(run(shuffled)).toEqual(run(data));
  });
});

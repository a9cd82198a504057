import { fc, test as propTest } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { mean } from "../../src/stats/mean.js";
import {
  OperatingCharacteristicsAccumulator,
  type OperatingCharacteristics,
  type ReplicateOutcome,
} from "../../src/stats/operating-characteristics-accumulator.js";
import { sampleStandardDeviation } from "../../src/stats/sample-standard-deviation.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

function accumulate(outcomes: readonly ReplicateOutcome[]): OperatingCharacteristics {
  const accumulator = new OperatingCharacteristicsAccumulator();
  for (const outcome of outcomes) accumulator.add(outcome);
  return accumulator.result();
}

const outcome = (estimate: number, standardError: number, ci: readonly [number, number], trueEffect: number, rejected: boolean): ReplicateOutcome => ({
  estimate,
  standardError,
  ciLower: ci[0],
  ciUpper: ci[1],
  trueEffect,
  rejected,
});

describe("OperatingCharacteristicsAccumulator.add", () => {
  it("keeps a replicate with an undefined true effect out of bias, RMSE and coverage only", () => {
    const result = accumulate([outcome(1, 1, [0, 2], 1.5, true), outcome(3, 1, [2, 4], Number.NaN, true)]);
    expect(result.replicates).toBe(2);
    expect(result.failedAnalyses).toBe(0);
    expect(result.rejectionRate).toBe(1);
    expect(result.meanEstimate).toBe(2);
    expect(result.meanTrueEffect).toBe(1.5);
    expect(result.bias).toBe(-0.5);
    expect(result.coverage).toBe(1);
  });

  it("averages the model SE over the analyses that have one (an exact interval has none)", () => {
    const result = accumulate([outcome(1, Number.NaN, [0, 2], 1, false), outcome(2, 0.5, [1, 3], 1, true)]);
    expect(result.failedAnalyses).toBe(0);
    expect(result.meanModelSe).toBe(0.5);
    expect(result.meanEstimate).toBe(1.5);
  });
});

describe("OperatingCharacteristicsAccumulator.result, closed form", () => {
  it("doc example: estimates 1 and 3 of a true effect 1", () => {
    const result = accumulate([outcome(1, 0.5, [0, 2], 1, true), outcome(3, 0.5, [2, 4], 1, true)]);
    // Errors 0 and 2: bias 1, RMSE √((0 + 4)/2) = √2; only the first CI contains 1.
    expect(result.bias).toBe(1);
    expect(result.rmse).toBe(Math.SQRT2);
    expect(result.coverage).toBe(0.5);
  });

  it("summarises five replicates, one failed, with varying true effects", () => {
    const result = accumulate([
      outcome(1.0, 0.5, [0.0, 2.0], 0.5, true), // covers 0.5; error 0.5
      outcome(0.0, 0.4, [-0.8, 0.8], 0.5, false), // covers 0.5; error −0.5
      outcome(2.0, 0.6, [0.8, 3.2], 0.5, true), // misses 0.5 (0.5 < 0.8); error 1.5
      outcome(Number.NaN, Number.NaN, [Number.NaN, Number.NaN], 0.5, true), // failed: a non-rejection
      outcome(1.0, 0.5, [0.1, 1.9], 1.0, true), // covers 1.0; error 0
    ]);
    expect(result.replicates).toBe(5);
    expect(result.failedAnalyses).toBe(1);
    // Rejections among all 5 replicates: #1, #3, #5 → 3/5; MCSE √(0.6·0.4/5) = √0.048.
    expect(result.rejectionRate).toBe(0.6);
    expectRelativeClose(result.rejectionRateMcse, Math.sqrt(0.048), 1e-15, "rejectionRateMcse");
    // The 4 successful estimates 1, 0, 2, 1: mean 1; deviations 0, −1, 1, 0 → SS 2, SD √(2/3).
    expect(result.meanEstimate).toBe(1);
    expectRelativeClose(result.empiricalSe, Math.sqrt(2 / 3), 1e-15, "empiricalSe");
    // Morris et al. Table 6: empSE/√(2(R − 1)) = √(2/3)/√6 = 1/3.
    expectRelativeClose(result.empiricalSeMcse, 1 / 3, 1e-15, "empiricalSeMcse");
    // True effects 0.5, 0.5, 0.5, 1: mean 0.625.
    expect(result.meanTrueEffect).toBe(0.625);
    // Errors 0.5, −0.5, 1.5, 0: bias 1.5/4 = 0.375 (= 1 − 0.625); deviations 0.125, −0.875, 1.125,
    // −0.375 → squares 0.015625 + 0.765625 + 1.265625 + 0.140625 = 2.1875, SD √(2.1875/3);
    // bias MCSE = SD/√4.
    expect(result.bias).toBe(0.375);
    expectRelativeClose(result.biasMcse, Math.sqrt(2.1875 / 3) / 2, 1e-15, "biasMcse");
    // Squared errors 0.25, 0.25, 2.25, 0: mean 0.6875, RMSE √0.6875.
    expectRelativeClose(result.rmse, Math.sqrt(0.6875), 1e-15, "rmse");
    // Model SEs 0.5, 0.4, 0.6, 0.5: mean 0.5.
    expectRelativeClose(result.meanModelSe, 0.5, 1e-15, "meanModelSe");
    // Coverage 3/4 over the successful analyses; MCSE √(0.75·0.25/4) = √0.046875.
    expect(result.coverage).toBe(0.75);
    expectRelativeClose(result.coverageMcse, Math.sqrt(0.046875), 1e-15, "coverageMcse");
  });

  it("counts a CI bound equal to the true effect as covering", () => {
    expect(accumulate([outcome(1, 1, [0.5, 1.5], 1.5, false)]).coverage).toBe(1);
  });

  it("treats an infinite estimate or a NaN CI bound as a failed analysis", () => {
    const result = accumulate([
      outcome(Infinity, 1, [0, 1], 0, true),
      outcome(Number.NaN, 1, [0, 2], 0, true),
      outcome(1, 0, [Number.NaN, Number.NaN], 0, true), // e.g. a t test on constant groups
      outcome(1, 0.5, [0, 2], 0, true),
    ]);
    expect(result.failedAnalyses).toBe(3);
    expect(result.rejectionRate).toBe(0.25);
    expect(result.meanEstimate).toBe(1);
  });

  it("is NaN where undefined: no replicates, or one success for an SD", () => {
    const empty = accumulate([]);
    expect(empty.replicates).toBe(0);
    expect(empty.rejectionRate).toBeNaN();
    expect(empty.bias).toBeNaN();
    expect(empty.coverage).toBeNaN();
    const one = accumulate([outcome(2, 1, [0, 4], 1, true)]);
    expect(one.bias).toBe(1);
    expect(one.empiricalSe).toBeNaN();
    expect(one.biasMcse).toBeNaN();
    expect(one.rejectionRateMcse).toBe(0);
  });
});

/** The textbook two-pass formulas of Morris et al. (2019) Table 6, on the successful analyses. */
function computeTwoPass(outcomes: readonly ReplicateOutcome[]): OperatingCharacteristics {
  const ok = outcomes.filter((o) => Number.isFinite(o.estimate) && Number.isFinite(o.standardError) && !Number.isNaN(o.ciLower) && !Number.isNaN(o.ciUpper));
  const count = ok.length;
  const errors = ok.map((o) => o.estimate - o.trueEffect);
  const rejectionRate = ok.filter((o) => o.rejected).length / outcomes.length;
  const coverage = ok.filter((o) => o.ciLower <= o.trueEffect && o.trueEffect <= o.ciUpper).length / count;
  const empiricalSe = sampleStandardDeviation(ok.map((o) => o.estimate));
  return {
    replicates: outcomes.length,
    failedAnalyses: outcomes.length - count,
    rejectionRate,
    rejectionRateMcse: Math.sqrt((rejectionRate * (1 - rejectionRate)) / outcomes.length),
    meanEstimate: mean(ok.map((o) => o.estimate)),
    meanTrueEffect: mean(ok.map((o) => o.trueEffect)),
    bias: mean(errors),
    biasMcse: sampleStandardDeviation(errors) / Math.sqrt(count),
    empiricalSe,
    empiricalSeMcse: empiricalSe / Math.sqrt(2 * (count - 1)),
    meanModelSe: mean(ok.map((o) => o.standardError)),
    rmse: Math.sqrt(mean(errors.map((error) => error * error))),
    coverage,
    coverageMcse: Math.sqrt((coverage * (1 - coverage)) / count),
  };
}

const finite = (min: number, max: number): fc.Arbitrary<number> => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const replicateOutcome: fc.Arbitrary<ReplicateOutcome> = fc
  .record({
    estimate: fc.oneof({ weight: 9, arbitrary: finite(-100, 100) }, { weight: 1, arbitrary: fc.constant(Number.NaN) }),
    standardError: finite(0, 10),
    halfWidth: finite(0, 50),
    trueEffect: finite(-100, 100),
    rejected: fc.boolean(),
  })
  .map(({ estimate, standardError, halfWidth, trueEffect, rejected }) => ({
    estimate,
    standardError,
    ciLower: estimate - halfWidth,
    ciUpper: estimate + halfWidth,
    trueEffect,
    rejected,
  }));

describe("OperatingCharacteristicsAccumulator, streaming vs two-pass", () => {
  propTest.prop([fc.array(replicateOutcome, { minLength: 3, maxLength: 300 })])(
    "agrees with the two-pass formulas to 1e-12 of the data's magnitude",
    (outcomes) => {
      fc.pre(outcomes.filter((o) => !Number.isNaN(o.estimate)).length >= 2);
      const streamed = accumulate(outcomes);
      const twoPass = computeTwoPass(outcomes);
      // Relative to max(|expected|, data scale): a mean that cancels to about 0 (a bias, say) has no
      // relative accuracy in either algorithm, only an absolute one of a few ulps of the data.
      const scale = Math.max(1, ...outcomes.flatMap((o) => [Math.abs(o.estimate), Math.abs(o.trueEffect), o.standardError]).filter(Number.isFinite));
      for (const key of Object.keys(twoPass) as (keyof OperatingCharacteristics)[]) {
        const got = streamed[key];
        const expected = twoPass[key];
        const difference = Math.abs(got - expected) / Math.max(Math.abs(expected), scale);
        expect(Number.isNaN(got) ? Number.isNaN(expected) : difference <= 1e-12, `${key}: got ${got}, expected ${expected}, scaled difference ${difference}, tolerance 1e-12`).toBe(true);
      }
    },
  );
});

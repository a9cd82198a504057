import { describe, expect, it } from "vitest";
import { computeConditionalProbabilities, describeConditionalDistribution } from "../../src/stats/conditional-distribution.js";
import { expectRelativeClose } from "../helpers/expect-relative.js";

/** C(n, k) for small n, exactly. */
function choose(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i += 1) result = (result * (n - k + i)) / i;
  return result;
}

describe("describeConditionalDistribution", () => {
  it("doc example: 1/2 vs 1/2 has weights C(2, x)·C(2, 2 − x) = 1, 4, 1", () => {
    const distribution = describeConditionalDistribution({ eventsTreatment: 1, totalTreatment: 2, eventsControl: 1, totalControl: 2 });
    expect(distribution.lowest).toBe(0);
    expect(distribution.observed).toBe(1);
    expect(distribution.logWeights).toHaveLength(3);
    expectRelativeClose(distribution.logWeights[1] ?? Number.NaN, Math.log(4), 1e-15, "log 4");
    expectRelativeClose(distribution.logWeights[2] ?? Number.NaN, 0, 1e-15, "log 1");
  });

  it("starts the support at max(0, totalTreatment − nonEvents) and ends it at min(totalTreatment, events)", () => {
    // 12 events and 3 non-events among 15; the treatment arm has 10 patients: 7..10 events.
    const distribution = describeConditionalDistribution({ eventsTreatment: 9, totalTreatment: 10, eventsControl: 3, totalControl: 5 });
    expect(distribution.lowest).toBe(7);
    expect(distribution.logWeights).toHaveLength(4);
  });

  it("has one point when no patient has the event", () => {
    expect(describeConditionalDistribution({ eventsTreatment: 0, totalTreatment: 5, eventsControl: 0, totalControl: 7 }).logWeights).toEqual([0]);
  });
});

describe("computeConditionalProbabilities", () => {
  it("doc example: weights 1, 4, 1 give 1/6, 2/3, 1/6", () => {
    const probabilities = computeConditionalProbabilities({ lowest: 0, observed: 1, logWeights: [0, Math.log(4), 0] }, 0);
    [1 / 6, 2 / 3, 1 / 6].forEach((expected, x) => expectRelativeClose(probabilities[x] ?? Number.NaN, expected, 1e-15, `x = ${x}`));
  });

  it("at odds ratio 1 is the hypergeometric law: 20 events among 30 + 25 patients", () => {
    const table = { eventsTreatment: 12, totalTreatment: 30, eventsControl: 8, totalControl: 25 };
    const distribution = describeConditionalDistribution(table);
    const probabilities = computeConditionalProbabilities(distribution, 0);
    const total = choose(55, 30);
    for (const [index, probability] of probabilities.entries()) {
      const x = distribution.lowest + index;
      expectRelativeClose(probability, (choose(20, x) * choose(35, 30 - x)) / total, 1e-13, `P(X = ${x})`);
    }
  });

  it("weights each point by ψ^x and survives extreme odds ratios without overflow", () => {
    const distribution = { lowest: 0, observed: 1, logWeights: [0, Math.log(4), 0] };
    const probabilities = computeConditionalProbabilities(distribution, Math.log(2));
    [1 / 13, 8 / 13, 4 / 13].forEach((expected, x) => expectRelativeClose(probabilities[x] ?? Number.NaN, expected, 1e-15, `x = ${x}`));
    expect(computeConditionalProbabilities(distribution, 1000)).toEqual([0, 0, 1]);
  });
});

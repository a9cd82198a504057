import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { computeExtremeValueLikelihood, type ExtremeValueData } from "../../src/stats/compute-extreme-value-likelihood.js";

const DATA: ExtremeValueData = {
  logTimes: [5, 8, 12, 3, 9, 15, 20, 7].map(Math.log),
  events: [1, 0, 1, 1, 1, 0, 1, 1],
  design: [[1, 0], [1, 0], [1, 0], [1, 0], [1, 1], [1, 1], [1, 1], [1, 1]],
};

describe("computeExtremeValueLikelihood", () => {
  it("doc example: one event at log t = 0 with β = 0, σ = 1 has w − e^w = −1", () => {
    expect(computeExtremeValueLikelihood({ logTimes: [0], events: [1], design: [[1]] }, [0]).logLikelihood).toBe(-1);
  });

  it("gives the exponential log-likelihood with σ fixed: Σδ(log t − β) − t·e^−β", () => {
    const result = computeExtremeValueLikelihood({ logTimes: [Math.log(2), Math.log(3)], events: [1, 0], design: [[1], [1]] }, [1]);
    expect(Math.abs(result.logLikelihood - (Math.log(2) - 1 - 5 * Math.exp(-1)))).toBeLessThan(1e-15);
    expect(result.score).toHaveLength(1);
    expect(Math.abs((result.score[0] ?? Number.NaN) - (5 * Math.exp(-1) - 1))).toBeLessThan(1e-15);
  });

  test.prop([fc.double({ min: 1, max: 3, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 0.5, noNaN: true })])(
    "score and information are the first and (minus) second derivatives (central differences)",
    (intercept, slope, logScale) => {
      const parameters = [intercept, slope, logScale];
      const step = 1e-5;
      const at = (k: number, delta: number): ReturnType<typeof computeExtremeValueLikelihood> =>
        computeExtremeValueLikelihood(DATA, parameters.map((value, j) => (j === k ? value + delta : value)));
      const result = computeExtremeValueLikelihood(DATA, parameters);
      for (let k = 0; k < 3; k += 1) {
        const numericScore = (at(k, step).logLikelihood - at(k, -step).logLikelihood) / (2 * step);
        expect(Math.abs((result.score[k] ?? Number.NaN) - numericScore)).toBeLessThan(1e-5 * (1 + Math.abs(numericScore)));
        for (let j = 0; j < 3; j += 1) {
          const numeric = -((at(k, step).score[j] ?? Number.NaN) - (at(k, -step).score[j] ?? Number.NaN)) / (2 * step);
          expect(Math.abs((result.information[j]?.[k] ?? Number.NaN) - numeric)).toBeLessThan(1e-5 * (1 + Math.abs(numeric)));
        }
      }
      // The information is symmetric and the outer product is positive semi-definite on the diagonal.
      expect(result.information[0]?.[2]).toBe(result.information[2]?.[0]);
      expect(result.outerProduct.every((row, k) => (row[k] ?? -1) >= 0)).toBe(true);
    },
  );
});

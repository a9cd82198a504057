import { describe, expect, it } from "vitest";
import { normalQuantile, streamFor } from "../../src/rng/index.js";
import { choleskyFactor, drawTypicalValues, logCovarianceFromRses } from "../../src/variability/index.js";
import { countUniforms } from "../helpers/counting-rng.js";
import { expectSampleCovariance } from "../helpers/expect-sample-covariance.js";

describe("drawTypicalValues", () => {
  it("doc example: θ·exp(0.1·z₀) and an estimate without uncertainty unchanged; two uniforms read", () => {
    const rng = countUniforms(streamFor(42, [1, "uncertainty"]));
    const drawn = drawTypicalValues(rng, { typical: [2.8, 32], logCovarianceLower: [[0.1, 0], [0, 0]] });
    expect(drawn).toEqual([3.083696453943827, 32]);
    expect(drawn[0]).toBe(2.8 * Math.exp(0.1 * normalQuantile(rng.drawn[0] as number)));
    expect(rng.drawn.length).toBe(2);
  });

  it("draws nothing for no typical values", () => {
    const rng = countUniforms(streamFor(1, [1, "uncertainty"]));
    expect(drawTypicalValues(rng, { typical: [], logCovarianceLower: [] })).toEqual([]);
    expect(rng.drawn.length).toBe(0);
  });

  it("keeps the sign of each estimate", () => {
    const lower = choleskyFactor(logCovarianceFromRses({ rses: [2, 2] }));
    const rng = streamFor(5, [1, "uncertainty"]);
    for (let replicate = 0; replicate < 1000; replicate++) {
      const [positive, negative] = drawTypicalValues(rng, { typical: [1, -0.5], logCovarianceLower: lower });
      expect(positive).toBeGreaterThan(0);
      expect(negative).toBeLessThan(0);
    }
  });

  it("refuses a factor of the wrong size and non-finite estimates", () => {
    const rng = streamFor(1, [1, "uncertainty"]);
    expect(() => drawTypicalValues(rng, { typical: [1, 2], logCovarianceLower: [[1, 0, 0], [0, 1, 0], [0, 0, 1]] })).toThrow(
      new RangeError("drawTypicalValues requires one row of logCovarianceLower per typical value, got 3 rows and 2 values"),
    );
    expect(() => drawTypicalValues(rng, { typical: [1, Number.NaN], logCovarianceLower: [[1, 0], [0, 1]] })).toThrow(
      new RangeError("drawTypicalValues requires finite typical values, got typical[1] = NaN"),
    );
  });

  it("is log-normal around the estimates: over 200,000 replicates ln(θ*/θ) has mean 0 and the asked covariance within 5 SE", () => {
    const typical = [2.8, 32, 1.5];
    const logCovariance = logCovarianceFromRses({ rses: [0.1, 0.25, 0.4], correlations: [[1, 0.5, 0], [0.5, 1, -0.3], [0, -0.3, 1]] });
    const logCovarianceLower = choleskyFactor(logCovariance);
    const count = 200_000;
    const rng = streamFor(11, [1, "uncertainty"]);
    const logs = typical.map(() => new Float64Array(count));
    for (let replicate = 0; replicate < count; replicate++) {
      const drawn = drawTypicalValues(rng, { typical, logCovarianceLower });
      drawn.forEach((value, index) => ((logs[index] as Float64Array)[replicate] = Math.log(value / (typical[index] as number))));
    }
    expectSampleCovariance(logs, logCovariance, "ln(θ*/θ)");
  });
});

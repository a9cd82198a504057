import { describe, expect, it } from "vitest";
import { normalQuantile, streamFor } from "../../src/rng/index.js";
import { choleskyFactor, drawMultivariateNormal, omegaFromCvs } from "../../src/variability/index.js";
import { countUniforms } from "../helpers/counting-rng.js";
import { expectSampleCovariance } from "../helpers/expect-sample-covariance.js";

describe("drawMultivariateNormal", () => {
  it("doc example: η = L·z with z = Φ⁻¹ of the stream's uniforms, in index order", () => {
    const out = [0, 0];
    drawMultivariateNormal(streamFor(42, [1, "random-effects"]), [[2, 0], [1, 1]], out);
    expect(out).toEqual([0.996850082755671, 0.672201117200085]);
    const replay = streamFor(42, [1, "random-effects"]);
    const z = [normalQuantile(replay.next()), normalQuantile(replay.next())];
    expect(out).toEqual([2 * (z[0] as number), (z[0] as number) + (z[1] as number)]);
  });

  it("reads nothing for the empty matrix", () => {
    const rng = countUniforms(streamFor(1, [1, "random-effects"]));
    drawMultivariateNormal(rng, [], []);
    expect(rng.drawn).toEqual([]);
  });

  it("reads exactly n uniforms per draw, also for a component without variability, which is 0", () => {
    const lower = choleskyFactor(omegaFromCvs({ cvs: [0.3, 0, 0.2], correlations: [[1, 0, 0.5], [0, 1, 0], [0.5, 0, 1]] }));
    const rng = countUniforms(streamFor(1, [1, "random-effects"]));
    const out = new Float64Array(3);
    for (let patient = 0; patient < 5; patient++) {
      drawMultivariateNormal(rng, lower, out);
      expect(rng.drawn.length).toBe(3 * (patient + 1));
      const z = rng.drawn.slice(3 * patient).map(normalQuantile);
      expect(out[1]).toBe(0);
      expect(out[0]).toBe((lower[0]?.[0] ?? Number.NaN) * (z[0] as number));
      expect(out[2]).toBe((lower[2]?.[0] ?? Number.NaN) * (z[0] as number) + (lower[2]?.[2] ?? Number.NaN) * (z[2] as number));
    }
  });

  it("keeps the other components' draws when a CV is set to 0 (streams stay aligned)", () => {
    const draw = (cvs: number[]): number[][] => {
      const lower = choleskyFactor(omegaFromCvs({ cvs }));
      const rng = streamFor(3, [1, "random-effects"]);
      return Array.from({ length: 4 }, () => {
        const out = [0, 0, 0];
        drawMultivariateNormal(rng, lower, out);
        return out;
      });
    };
    const withVariability = draw([0.3, 0.4, 0.2]);
    const without = draw([0.3, 0, 0.2]);
    without.forEach((eta, patient) => {
      expect(eta[0]).toBe(withVariability[patient]?.[0]);
      expect(eta[1]).toBe(0);
      expect(eta[2]).toBe(withVariability[patient]?.[2]);
    });
  });

  it("refuses an out of the wrong length", () => {
    expect(() => drawMultivariateNormal(streamFor(1, [1, "x"]), [[1, 0], [0, 1]], [0, 0, 0])).toThrow(
      new RangeError("drawMultivariateNormal requires out of length 2 (one per row of choleskyLower), got 3"),
    );
  });

  it("has mean 0 and covariance Ω: 200,000 draws agree within 5 standard errors (SE formulas in expectSampleCovariance)", () => {
    const cvs = [0.3, 0.5, 0, 0.2];
    const correlations = [[1, 0.6, 0, -0.4], [0.6, 1, 0, 0.3], [0, 0, 1, 0], [-0.4, 0.3, 0, 1]];
    const omega = omegaFromCvs({ cvs, correlations });
    const lower = choleskyFactor(omega);
    const drawCount = 200_000;
    const columns = cvs.map(() => new Float64Array(drawCount));
    const rng = streamFor(2024, [1, "random-effects"]);
    const out = new Float64Array(cvs.length);
    for (let draw = 0; draw < drawCount; draw++) {
      drawMultivariateNormal(rng, lower, out);
      columns.forEach((column, index) => (column[draw] = out[index] as number));
    }
    expectSampleCovariance(columns, omega, "η = L·z");
    // The check has power: a correlation of 0.6 taken for 0.55 moves Ω[1][0] by 0.0069, about 19 SE (SE ≈ 0.00036).
    const wrong = omegaFromCvs({ cvs, correlations: correlations.map((row) => row.map((value) => (value === 0.6 ? 0.55 : value))) });
    expect(() => expectSampleCovariance(columns, wrong, "wrong Ω")).toThrow("wrong Ω: Cov(1, 0)");
  });
});
